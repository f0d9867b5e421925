// values.schema.json validation as Helm 4 does it with santhosh-tekuri/jsonschema v6:
// the same keyword evaluation order and the same error tree and texts
// ("- at '/a': got number, want string"), drafts 2020-12 (the default), 2019-09, 07, 06, 04.
// Not implemented: format assertions (off by default in 2020-12), remote $refs,
// unevaluatedProperties/Items, and validating the schema against its metaschema.
// Where Go ranges over a map (properties of the value, additional property names) the
// order is random in Helm; here it is sorted, so multi-error texts may differ in order.
import { type GoMap, type GoValue, Int64, isMap, compareGoStrings } from '../gotemplate/value';
import { quote as goQuote } from '../gotemplate/strconv';
import { fromBytes } from '../gotemplate/utf8';
import type { Chart } from './chart';
import { unmarshalJSON } from './json';

type Schema = boolean | Record<string, unknown>;

interface VError {
  loc: string[];
  msg: string;
  causes: VError[];
  /** a $ref failure: shown as its cause when it has exactly one */
  ref?: boolean;
  group?: boolean;
}


// jsonschema's quote: Go %q with the double quotes swapped for single ones.
function quote(s: string): string {
  const q = goQuote(s);
  const inner = q.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${inner}'`;
}

function group3(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// golang.org/x/text/message prints numbers with English digit grouping.
function num(n: number | bigint): string {
  const s = typeof n === 'bigint' ? n.toString() : String(n);
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  if (/e/i.test(body)) return s;
  const [i, f] = body.split('.');
  return (neg ? '-' : '') + group3(i) + (f !== undefined ? '.' + f : '');
}

function display(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v) || isMap(v)) return 'value';
  if (v === null || v === undefined) return '<nil>';
  if (v instanceof Int64) return String(v.v);
  return String(v);
}

type JType = 'null' | 'boolean' | 'number' | 'integer' | 'string' | 'array' | 'object';
const TYPE_ORDER: JType[] = ['null', 'boolean', 'number', 'integer', 'string', 'array', 'object'];

function typeOf(v: unknown): JType {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof Int64) return 'number';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

function isInteger(v: unknown): boolean {
  return typeof v === 'bigint' || v instanceof Int64 || (typeof v === 'number' && Number.isInteger(v));
}

function toNum(v: unknown): number {
  if (v instanceof Int64) return Number(v.v);
  return typeof v === 'bigint' ? Number(v) : (v as number);
}

function equals(a: unknown, b: unknown): boolean {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta !== tb) return false;
  switch (ta) {
    case 'null':
      return true;
    case 'number':
      return toNum(a) === toNum(b);
    case 'array': {
      const x = a as unknown[];
      const y = b as unknown[];
      return x.length === y.length && x.every((e, i) => equals(e, y[i]));
    }
    case 'object': {
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      const kx = Object.keys(x);
      return kx.length === Object.keys(y).length && kx.every((k) => Object.prototype.hasOwnProperty.call(y, k) && equals(x[k], y[k]));
    }
    default:
      return a === b;
  }
}

function escapeToken(t: string): string {
  return t.replace(/~/g, '~0').replace(/\//g, '~1');
}

function draftOf(root: Schema): number {
  if (typeof root !== 'object') return 2020;
  const s = root.$schema;
  if (typeof s !== 'string') return 2020;
  if (s.includes('draft-04')) return 4;
  if (s.includes('draft-06')) return 6;
  if (s.includes('draft-07')) return 7;
  if (s.includes('2019-09')) return 2019;
  return 2020;
}

class Validator {
  constructor(
    private readonly root: Schema,
    private readonly draft: number,
  ) {}

  private resolveRef(ref: string): Schema {
    if (!ref.startsWith('#')) throw new Error(`unsupported $ref ${JSON.stringify(ref)}: only references within values.schema.json are supported`);
    let cur: unknown = this.root;
    const ptr = decodeURIComponent(ref.slice(1));
    if (ptr === '') return this.root;
    for (const raw of ptr.split('/').slice(1)) {
      const tok = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (cur && typeof cur === 'object' && tok in (cur as Record<string, unknown>)) cur = (cur as Record<string, unknown>)[tok];
      else throw new Error(`$ref ${JSON.stringify(ref)} not found`);
    }
    return cur as Schema;
  }

  validate(s: Schema, v: unknown, loc: string[]): VError | null {
    const err = (msg: string, causes: VError[] = []): VError => ({ loc, msg, causes });
    if (s === true) return null;
    if (s === false) return err('false schema');
    const errors: VError[] = [];
    const types = s.type === undefined ? null : Array.isArray(s.type) ? (s.type as JType[]) : [s.type as JType];
    if (types && types.length > 0) {
      const t = typeOf(v);
      const ok = types.includes(t) || (types.includes('integer') && t === 'number' && isInteger(v));
      if (!ok) {
        const want = TYPE_ORDER.filter((x) => types.includes(x));
        return err(`got ${t}, want ${want.join(' or ')}`);
      }
    }
    if ('const' in s) {
      if (!equals(v, s.const)) {
        const w = s.const;
        return err(Array.isArray(w) || isMap(w) ? "'const' failed" : `value must be ${display(w)}`);
      }
    }
    if (Array.isArray(s.enum)) {
      const want = s.enum as unknown[];
      if (!want.some((w) => equals(v, w))) {
        const prim = want.every((w) => !Array.isArray(w) && !isMap(w));
        if (!prim) return err("'enum' failed");
        if (want.length === 1) return err(`value must be ${display(want[0])}`);
        return err(`value must be one of ${want.map(display).join(', ')}`);
      }
    }
    if (typeof s.$ref === 'string') {
      const e = this.validateRef(s.$ref, v, loc);
      if (this.draft < 2019) return e;
      if (e) errors.push(e);
    }
    if (isMap(v)) this.objValidate(s, v as GoMap, loc, errors);
    else if (Array.isArray(v)) this.arrValidate(s, v, loc, errors);
    else if (typeof v === 'string') this.strValidate(s, v, loc, errors);
    else if (typeof v === 'number' || typeof v === 'bigint') this.numValidate(s, v, loc, errors);
    else if (v instanceof Int64) this.numValidate(s, v.v, loc, errors);
    this.condValidate(s, v, loc, errors);
    if (errors.length === 0) return null;
    if (errors.length === 1) return errors[0];
    return { loc, msg: 'validation failed', causes: errors, group: true };
  }

  private validateRef(ref: string, v: unknown, loc: string[]): VError | null {
    const e = this.validate(this.resolveRef(ref), v, loc);
    if (!e) return null;
    return { loc, msg: 'validation failed', causes: e.group ? e.causes : [e], ref: true };
  }

  private objValidate(s: Record<string, unknown>, obj: GoMap, loc: string[], errors: VError[]): void {
    const keys = Object.keys(obj).sort(compareGoStrings);
    const n = keys.length;
    if (typeof s.minProperties === 'number' && n < s.minProperties) errors.push({ loc, msg: `minProperties: got ${num(n)}, want ${num(s.minProperties)}`, causes: [] });
    if (typeof s.maxProperties === 'number' && n > s.maxProperties) errors.push({ loc, msg: `maxProperties: got ${num(n)}, want ${num(s.maxProperties)}`, causes: [] });
    if (Array.isArray(s.required)) {
      const missing = (s.required as string[]).filter((r) => !(r in obj));
      if (missing.length === 1) errors.push({ loc, msg: `missing property ${quote(missing[0])}`, causes: [] });
      else if (missing.length > 1) errors.push({ loc, msg: `missing properties ${missing.map(quote).join(', ')}`, causes: [] });
    }
    if (this.draft < 2019 && isMap(s.dependencies)) {
      const deps = s.dependencies as Record<string, unknown>;
      for (const p of Object.keys(deps).sort(compareGoStrings)) {
        if (!(p in obj)) continue;
        const d = deps[p];
        if (Array.isArray(d)) {
          const missing = (d as string[]).filter((r) => !(r in obj));
          if (missing.length > 0) errors.push({ loc, msg: `properties ${missing.map(quote).join(', ')} required, if ${quote(p)} exists`, causes: [] });
        } else {
          const e = this.validate(d as Schema, obj, loc);
          if (e) errors.push(e);
        }
      }
    }
    const props = isMap(s.properties) ? (s.properties as Record<string, Schema>) : null;
    const patterns = isMap(s.patternProperties) ? Object.entries(s.patternProperties as Record<string, Schema>) : [];
    const additional = s.additionalProperties as Schema | undefined;
    const additionalPros: string[] = [];
    for (const pname of keys) {
      let evaluated = false;
      if (props && Object.prototype.hasOwnProperty.call(props, pname)) {
        evaluated = true;
        const e = this.validate(props[pname], obj[pname], [...loc, pname]);
        if (e) errors.push(e);
      }
      for (const [re, sch] of patterns) {
        if (new RegExp(re, 'u').test(pname)) {
          evaluated = true;
          const e = this.validate(sch, obj[pname], [...loc, pname]);
          if (e) errors.push(e);
        }
      }
      if (!evaluated && additional !== undefined) {
        if (additional === false) additionalPros.push(pname);
        else if (additional !== true) {
          const e = this.validate(additional, obj[pname], [...loc, pname]);
          if (e) errors.push(e);
        }
      }
    }
    if (additionalPros.length > 0) errors.push({ loc, msg: `additional properties ${additionalPros.map(quote).join(', ')} not allowed`, causes: [] });
    if (this.draft === 4) return;
    if (s.propertyNames !== undefined) {
      for (const pname of keys) {
        const e = this.validate(s.propertyNames as Schema, pname, []);
        if (e) errors.push({ loc: [], msg: `invalid propertyName ${quote(pname)}`, causes: e.group ? e.causes : [e] });
      }
    }
    if (this.draft === 6) return;
    if (this.draft >= 2019 && isMap(s.dependentSchemas)) {
      const ds = s.dependentSchemas as Record<string, Schema>;
      for (const p of Object.keys(ds).sort(compareGoStrings)) {
        if (!(p in obj)) continue;
        const e = this.validate(ds[p], obj, loc);
        if (e) errors.push(e);
      }
    }
    if (this.draft >= 2019 && isMap(s.dependentRequired)) {
      const dr = s.dependentRequired as Record<string, string[]>;
      for (const p of Object.keys(dr).sort(compareGoStrings)) {
        if (!(p in obj)) continue;
        const missing = dr[p].filter((r) => !(r in obj));
        if (missing.length > 0) errors.push({ loc, msg: `properties ${missing.map(quote).join(', ')} required, if ${quote(p)} exists`, causes: [] });
      }
    }
  }

  private arrValidate(s: Record<string, unknown>, arr: unknown[], loc: string[], errors: VError[]): void {
    if (typeof s.minItems === 'number' && arr.length < s.minItems) errors.push({ loc, msg: `minItems: got ${num(arr.length)}, want ${num(s.minItems)}`, causes: [] });
    if (typeof s.maxItems === 'number' && arr.length > s.maxItems) errors.push({ loc, msg: `maxItems: got ${num(arr.length)}, want ${num(s.maxItems)}`, causes: [] });
    if (s.uniqueItems === true && arr.length > 1) {
      outer: for (let i = 0; i < arr.length; i++) {
        for (let j = i + 1; j < arr.length; j++) {
          if (equals(arr[i], arr[j])) {
            errors.push({ loc, msg: `items at ${i} and ${j} are equal`, causes: [] });
            break outer;
          }
        }
      }
    }
    const at = (i: number) => [...loc, String(i)];
    if (this.draft < 2020) {
      let evaluated = 0;
      if (Array.isArray(s.items)) {
        const items = s.items as Schema[];
        const min = Math.min(arr.length, items.length);
        for (let i = 0; i < min; i++) {
          const e = this.validate(items[i], arr[i], at(i));
          if (e) errors.push(e);
        }
        evaluated = min;
      } else if (s.items !== undefined) {
        arr.forEach((item, i) => {
          const e = this.validate(s.items as Schema, item, at(i));
          if (e) errors.push(e);
        });
        evaluated = arr.length;
      }
      if (s.additionalItems !== undefined && Array.isArray(s.items)) {
        if (s.additionalItems === false) {
          if (evaluated !== arr.length) errors.push({ loc, msg: `last ${arr.length - evaluated} additionalItem(s) not allowed`, causes: [] });
        } else if (s.additionalItems !== true) {
          // Go names these by their index in the rest of the list.
          arr.slice(evaluated).forEach((item, i) => {
            const e = this.validate(s.additionalItems as Schema, item, at(i));
            if (e) errors.push(e);
          });
        }
      }
    } else {
      const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as Schema[]) : [];
      const evaluated = Math.min(prefix.length, arr.length);
      for (let i = 0; i < evaluated; i++) {
        const e = this.validate(prefix[i], arr[i], at(i));
        if (e) errors.push(e);
      }
      if (s.items !== undefined && !Array.isArray(s.items)) {
        // Go names these by their index in the rest of the list.
        arr.slice(evaluated).forEach((item, i) => {
          const e = this.validate(s.items as Schema, item, at(i));
          if (e) errors.push(e);
        });
      }
    }
    if (s.contains !== undefined) {
      const errs: VError[] = [];
      const matched: number[] = [];
      arr.forEach((item, i) => {
        const e = this.validate(s.contains as Schema, item, at(i));
        if (e) errs.push(e);
        else matched.push(i);
      });
      if (typeof s.minContains === 'number') {
        if (matched.length < s.minContains) {
          const msg =
            matched.length === 0
              ? `min ${s.minContains} items required to match contains schema, but none matched`
              : `min ${s.minContains} items required to match contains schema, but matched ${matched.length} items at ${matched.join(' ')}`;
          errors.push({ loc, msg, causes: errs });
        }
      } else if (matched.length === 0) {
        errors.push({ loc, msg: 'no items match contains schema', causes: errs });
      }
      if (typeof s.maxContains === 'number' && matched.length > s.maxContains) {
        errors.push({ loc, msg: `max ${s.maxContains} items required to match contains schema, but matched ${matched.length} items at ${matched.join(' ')}`, causes: [] });
      }
    }
  }

  private strValidate(s: Record<string, unknown>, str: string, loc: string[], errors: VError[]): void {
    const len = [...str].length;
    if (typeof s.minLength === 'number' && len < s.minLength) errors.push({ loc, msg: `minLength: got ${num(len)}, want ${num(s.minLength)}`, causes: [] });
    if (typeof s.maxLength === 'number' && len > s.maxLength) errors.push({ loc, msg: `maxLength: got ${num(len)}, want ${num(s.maxLength)}`, causes: [] });
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(str)) {
      errors.push({ loc, msg: `${quote(str)} does not match pattern ${quote(s.pattern)}`, causes: [] });
    }
  }

  private numValidate(s: Record<string, unknown>, v: number | bigint, loc: string[], errors: VError[]): void {
    const n = toNum(v);
    const chk = (kw: string, bad: (w: number) => boolean) => {
      const w = s[kw];
      if (typeof w === 'number' && bad(w)) errors.push({ loc, msg: `${kw}: got ${num(n)}, want ${num(w)}`, causes: [] });
    };
    chk('minimum', (w) => n < w);
    chk('maximum', (w) => n > w);
    chk('exclusiveMinimum', (w) => n <= w);
    chk('exclusiveMaximum', (w) => n >= w);
    chk('multipleOf', (w) => !Number.isInteger(n / w));
  }

  private condValidate(s: Record<string, unknown>, v: unknown, loc: string[], errors: VError[]): void {
    if (s.not !== undefined && this.validate(s.not as Schema, v, loc) === null) errors.push({ loc, msg: "'not' failed", causes: [] });
    if (Array.isArray(s.allOf) && s.allOf.length > 0) {
      const errs = (s.allOf as Schema[]).map((x) => this.validate(x, v, loc)).filter((e): e is VError => e !== null);
      if (errs.length > 0) errors.push({ loc, msg: "'allOf' failed", causes: errs });
    }
    if (Array.isArray(s.anyOf) && s.anyOf.length > 0) {
      const errs: VError[] = [];
      let matched = false;
      for (const x of s.anyOf as Schema[]) {
        const e = this.validate(x, v, loc);
        if (e) errs.push(e);
        else {
          matched = true;
          break;
        }
      }
      if (!matched) errors.push({ loc, msg: "'anyOf' failed", causes: errs });
    }
    if (Array.isArray(s.oneOf) && s.oneOf.length > 0) {
      let matched = -1;
      const errs: VError[] = [];
      const list = s.oneOf as Schema[];
      for (let i = 0; i < list.length; i++) {
        const e = this.validate(list[i], v, loc);
        if (e) {
          if (matched === -1) errs.push(e);
        } else if (matched === -1) matched = i;
        else {
          errors.push({ loc, msg: `'oneOf' failed, subschemas ${matched}, ${i} matched`, causes: [] });
          break;
        }
      }
      if (matched === -1) errors.push({ loc, msg: "'oneOf' failed, none matched", causes: errs });
    }
    if (s.if !== undefined && this.draft >= 7) {
      if (this.validate(s.if as Schema, v, loc) === null) {
        if (s.then !== undefined) {
          const e = this.validate(s.then as Schema, v, loc);
          if (e) errors.push(e);
        }
      } else if (s.else !== undefined) {
        const e = this.validate(s.else as Schema, v, loc);
        if (e) errors.push(e);
      }
    }
  }
}

function displayTree(e: VError, indent: number, out: string[]): void {
  if (e.ref && e.causes.length === 1) {
    displayTree(e.causes[0], indent, out);
    return;
  }
  const loc = e.loc.length === 0 ? '' : '/' + e.loc.map(escapeToken).join('/');
  out.push(`${'  '.repeat(indent)}- at ${quote(loc)}: ${e.msg}`);
  for (const c of e.causes) displayTree(c, indent + 1, out);
}

/** ValidateAgainstSingleSchema: '' when valid, else the error text Helm shows (ends in "\n"). */
export function validateAgainstSingleSchema(values: GoMap, schemaJSON: Uint8Array): string {
  let schema: Schema;
  try {
    schema = unmarshalJSON(fromBytes(schemaJSON)) as unknown as Schema;
  } catch (e) {
    // jsonschema reads the schema with a json.Decoder, which reports truncation so.
    const m = (e as Error).message;
    return m === 'unexpected end of JSON input' ? 'unexpected EOF' : m;
  }
  if (typeof schema !== 'boolean' && !isMap(schema)) return '';
  const v = new Validator(schema, draftOf(schema));
  let err: VError | null;
  try {
    err = v.validate(schema, values, []);
  } catch (e) {
    return `unable to validate schema: ${(e as Error).message}`;
  }
  if (!err) return '';
  const causes = err.group ? err.causes : [err];
  const out: string[] = [];
  for (const c of causes) displayTree(c, 0, out);
  return out.join('\n') + '\n';
}

/** util.ValidateAgainstSchema: the chart's schema and, recursively, its subcharts'. */
export function validateAgainstSchema(c: Chart, values: GoMap): string {
  let sb = '';
  if (c.schema) {
    const e = validateAgainstSingleSchema(values, c.schema);
    if (e !== '') sb += `${c.metadata.name}:\n${e}`;
  }
  for (const sub of c.dependencies) {
    const raw = values[sub.metadata.name] as GoValue;
    if (raw === undefined || raw === null) continue;
    if (!isMap(raw)) {
      sb += `${sub.metadata.name}:\ninvalid type for values: expected object (map), got ${goTypeOfRaw(raw)}\n`;
      continue;
    }
    sb += validateAgainstSchema(sub, raw as GoMap);
  }
  return sb;
}

function goTypeOfRaw(v: GoValue): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'bigint' || v instanceof Int64) return 'int64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'interface {}';
}
