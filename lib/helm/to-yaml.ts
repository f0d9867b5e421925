// Helm's YAML template functions: toYaml, mustToYaml, toYamlPretty, fromYaml,
// fromYamlArray.
//
// toYaml is sigs.k8s.io/yaml.Marshal: the value goes through encoding/json first, the JSON
// text is read back by go-yaml v2 (so a float64 1000000 becomes the int 1000000, and a
// raw U+0085 in a string folds into a space) and go-yaml v2 prints it: keys in its
// "natural" order, sequences flush with their key, long lines folded at 80 columns.
// toYamlPretty is go-yaml v3's Encoder with indent 2 on the value itself: floats print
// as %g (1e+06), sequences are indented under their key, nothing is folded. Both trim
// the final newline; on error toYaml and toYamlPretty return "", mustToYaml fails.
import {
  type FuncMap,
  type GoMap,
  type GoValue,
  FuncError,
  GoFuncValue,
  GoStruct,
  Int64,
  isMap,
  isNilComposite,
  newMap,
} from '../gotemplate/value';
import { hasStrayBytes, toBytes } from '../gotemplate/utf8';
import { JsonError, base64, exportedFields, formatJSONFloat, marshalJSON, quoteJSON } from './json';
import { type ENode, emitYaml } from './yaml-emit';
import { YamlError, type YV, decodeYaml, unmarshalYaml } from './yaml-read';
import { formatGoFloat, isBase60Float, resolvePlain } from './yaml-resolve';

/** A Go error from a YAML marshal, with Go's text. */
export class YamlMarshalError extends Error {}

// ---------------------------------------------------------------------------------
// toYaml: JSON, then go-yaml v2.

/** sigs.k8s.io/yaml.Marshal(v) as text, final newline included. */
export function marshalYamlV2(v: GoValue): string {
  let json: string;
  try {
    json = marshalJSON(v);
  } catch (e) {
    if (e instanceof JsonError) throw new YamlMarshalError('error marshaling into JSON: ' + e.message);
    throw e;
  }
  let y: YV | null = jsonAsYaml(v);
  if (y === null) {
    try {
      y = decodeYaml(json);
    } catch (e) {
      if (e instanceof YamlError) throw new YamlMarshalError(e.message);
      throw e;
    }
  }
  return emitYaml(v2Node(y), { v3: false, indent: 2 });
}

/** Characters go-yaml's reader rejects or folds, and unpaired surrogates. */
const RISKY = /[\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What go-yaml v2 reads back from json.Marshal(v), computed directly — exact whenever no
 * string holds a character the YAML reader would reject or fold (U+0085 folds into a
 * space, DEL and C1 controls fail) and no key is longer than a simple key may be. In
 * those cases it returns null and the JSON text itself is parsed.
 */
function jsonAsYaml(v: GoValue): YV | null {
  if (v === null || v === undefined || isNilComposite(v)) return { k: 'null' };
  if (v instanceof Int64) v = v.v; // an int64 marshals as an int does
  switch (typeof v) {
    case 'boolean':
      return { k: 'bool', v };
    case 'string':
      return RISKY.test(v) ? null : { k: 'str', v };
    case 'bigint':
      return numberAsYaml(v.toString());
    case 'number':
      return numberAsYaml(formatJSONFloat(v));
  }
  if (v instanceof Uint8Array) return { k: 'str', v: base64(v) };
  if (Array.isArray(v)) {
    const a: YV[] = [];
    for (const x of v) {
      const y = jsonAsYaml(x);
      if (y === null) return null;
      a.push(y);
    }
    return { k: 'seq', a };
  }
  if (!isMap(v)) return null;
  const m = new Map<string, [YV, YV]>();
  for (const k of Object.keys(v)) {
    // A flow mapping key may span at most 1024 characters, quotes included.
    if (RISKY.test(k) || quoteJSON(k).length > 1024) return null;
    const y = jsonAsYaml(v[k]);
    if (y === null) return null;
    m.set('s' + k, [{ k: 'str', v: k }, y]);
  }
  return { k: 'map', m };
}

/** A JSON number as go-yaml types the plain scalar. */
function numberAsYaml(text: string): YV {
  const r = resolvePlain(text);
  switch (r.tag) {
    case 'int':
      return { k: 'int', v: r.value };
    case 'uint':
      return { k: 'uint', v: r.value };
    case 'float':
      return { k: 'float', v: r.value };
  }
  return { k: 'str', v: text };
}

/** go-yaml v2's encoder for a value decoded into interface{}. */
function v2Node(y: YV): ENode {
  switch (y.k) {
    case 'null':
      return plain('null');
    case 'bool':
      return plain(y.v ? 'true' : 'false');
    case 'int':
    case 'uint':
      return plain(y.v.toString());
    case 'float':
      return plain(yamlFloat(y.v));
    case 'str':
      return stringNode(y.v, false);
    case 'seq':
      return { t: 'seq', items: y.a.map(v2Node) };
    case 'map': {
      const entries = [...y.m.values()];
      sortKeys(entries, (a, b) => keyLessV2(a[0], b[0]));
      return { t: 'map', entries: entries.map(([k, v]) => [v2Node(k), v2Node(v)]) };
    }
  }
}

function plain(value: string): ENode {
  return { t: 'scalar', value, style: 'plain' };
}

/** encoder.floatv: %g with YAML's names for the special values. */
function yamlFloat(f: number): string {
  const s = formatGoFloat(f);
  return s === '+Inf' ? '.inf' : s === '-Inf' ? '-.inf' : s === 'NaN' ? '.nan' : s;
}

const OLD_BOOLS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/** encoder.stringv: literal for multi-line, plain if it reads back as itself, else "…". */
function stringNode(s: string, v3: boolean): ENode {
  const canUsePlain = resolvePlain(s, v3).tag === 'str' && !isBase60Float(s) && !(v3 && OLD_BOOLS.has(s));
  if (s.includes('\n')) return { t: 'scalar', value: s, style: 'literal' };
  return { t: 'scalar', value: s, style: canUsePlain ? 'plain' : 'double' };
}

// ---------------------------------------------------------------------------------
// toYamlPretty: go-yaml v3 on the Go value.

/**
 * go-yaml v3 cannot write a string that is not UTF-8 as text: it writes the base64 of
 * its bytes tagged !!binary, in lines of 70 characters (each ending in a newline, so a
 * literal block) once there are 70 or more.
 */
function binaryNode(s: string): ENode {
  const enc = base64(toBytes(s));
  if (enc.length < 70) return { t: 'scalar', value: enc, style: 'plain', tag: '!!binary' };
  let lines = '';
  for (let i = 0; i < enc.length; i += 70) lines += enc.slice(i, i + 70) + '\n';
  return { t: 'scalar', value: lines, style: 'literal', tag: '!!binary' };
}

/** go-yaml v3 Encoder with SetIndent(2): the document text, final newline included. */
export function marshalYamlV3(v: GoValue): string {
  return emitYaml(v3Node(v, new Set()), { v3: true, indent: 2 });
}

function v3Node(v: GoValue, seen: Set<object>): ENode {
  if (v === null || v === undefined) return plain('null');
  if (v instanceof Int64) v = v.v; // an int64 marshals as an int does
  switch (typeof v) {
    case 'boolean':
      return plain(v ? 'true' : 'false');
    case 'string':
      return hasStrayBytes(v) ? binaryNode(v) : stringNode(v, true);
    case 'bigint':
      return plain(v.toString());
    case 'number':
      return plain(yamlFloat(v));
  }
  if (v instanceof GoFuncValue) throw new YamlMarshalError('cannot marshal type: func()');
  if (seen.has(v as object)) throw new YamlMarshalError('encountered a cycle');
  seen.add(v as object);
  try {
    if (v instanceof Uint8Array) return { t: 'seq', items: Array.from(v, (b) => plain(String(b))) };
    if (Array.isArray(v)) return { t: 'seq', items: v.map((x) => v3Node(x, seen)) };
    if (v instanceof GoStruct) {
      // Without yaml tags go-yaml keys a struct field by its lowercased name.
      return {
        t: 'map',
        entries: exportedFields(v).map((k) => [stringNode(k.toLowerCase(), true), v3Node(v.fields[k], seen)]),
      };
    }
    const m = v as GoMap;
    const keys = Object.keys(m);
    sortKeys(keys, keyLessV3);
    return { t: 'map', entries: keys.map((k) => [stringNode(k, true), v3Node(m[k], seen)]) };
  } finally {
    seen.delete(v as object);
  }
}

// ---------------------------------------------------------------------------------
// Map key order: go-yaml's keyList.Less, a "natural" order in which digit runs compare
// as numbers and non-letters sort before letters.

function keyLessV2(a: YV, b: YV): boolean {
  if (a.k === 'str' && b.k === 'str') return stringKeyLess(a.v, b.v, false);
  // JSON object keys are always strings; other kinds only order by kind.
  return kindRank(a) < kindRank(b);
}

function kindRank(y: YV): number {
  switch (y.k) {
    case 'bool':
      return 1;
    case 'int':
      return 2;
    case 'uint':
      return 11;
    case 'float':
      return 14;
    case 'str':
      return 24;
  }
  return 0;
}

function keyLessV3(a: string, b: string): boolean {
  return stringKeyLess(a, b, true);
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** unicode.IsLetter */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(String.fromCodePoint(c));
}

/** unicode.IsDigit */
function isDigit(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return DIGIT.test(String.fromCodePoint(c));
}

/** The runes of a string (UTF-16 units when there is no surrogate pair). */
function runes(s: string): ArrayLike<number> {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return Array.from(s, (ch) => ch.codePointAt(0)!);
  }
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function stringKeyLess(a: string, b: string, v3: boolean): boolean {
  const ar = runes(a);
  const br = runes(b);
  let digits = false;
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) {
      digits = isDigit(ar[i]);
      continue;
    }
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return v3 && digits ? al : bl;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === 0x30 || br[i] === 0x30) {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== 0x30) {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai] - 0x30));
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi] - 0x30));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}

/** sort.Sort: insertion sort for short lists as Go does, so odd comparisons agree. */
function sortKeys<T>(xs: T[], less: (a: T, b: T) => boolean): void {
  if (xs.length <= 12) {
    for (let i = 1; i < xs.length; i++) {
      for (let j = i; j > 0 && less(xs[j], xs[j - 1]); j--) [xs[j], xs[j - 1]] = [xs[j - 1], xs[j]];
    }
    return;
  }
  xs.sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));
}

// ---------------------------------------------------------------------------------
// Template functions.

const trimNL = (s: string) => (s.endsWith('\n') ? s.slice(0, -1) : s);

/** Helm's toYaml: "" when the value cannot be marshalled. */
export function toYaml(v: GoValue): string {
  try {
    return trimNL(marshalYamlV2(v));
  } catch (e) {
    if (e instanceof YamlMarshalError) return '';
    throw e;
  }
}

/** Helm's mustToYaml: the marshal error fails the template. */
export function mustToYaml(v: GoValue): string {
  try {
    return trimNL(marshalYamlV2(v));
  } catch (e) {
    if (e instanceof YamlMarshalError) throw new FuncError(e.message);
    throw e;
  }
}

/** Helm's toYamlPretty. */
export function toYamlPretty(v: GoValue): string {
  try {
    return trimNL(marshalYamlV3(v));
  } catch (e) {
    if (e instanceof YamlMarshalError) return '';
    throw e;
  }
}

/** Helm's fromYaml: on error the map holds just "Error". */
export function fromYaml(s: string): GoMap {
  try {
    const v = unmarshalYaml(s, 'map');
    return isMap(v) ? v : newMap();
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    const m = newMap();
    m.Error = e.message;
    return m;
  }
}

/** Helm's fromYamlArray: on error the list holds just the error text. */
export function fromYamlArray(s: string): GoValue[] {
  try {
    const v = unmarshalYaml(s, 'list');
    return Array.isArray(v) ? v : [];
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    return [e.message];
  }
}

export const funcs: FuncMap = {
  toYaml: { params: ['any'], fn: toYaml },
  mustToYaml: { params: ['any'], fn: mustToYaml },
  toYamlPretty: { params: ['any'], fn: toYamlPretty },
  fromYaml: { params: ['string'], fn: fromYaml },
  fromYamlArray: { params: ['string'], fn: fromYamlArray },
};
