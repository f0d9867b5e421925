// Helm's pkg/strvals: the `--set name=value` language, ported function by function.
//
//   a.b=c            nested maps          a[2].b=c   lists, padded with nulls
//   a={x,y}          a list               a\.b=c     escaped '.', ',', '=' and '['
//   a=b=c            only the first '=' splits a key from its value
//
// --set types its values: true/false in any case are bools, null deletes (it is a nil
// that coalescing removes), base-10 integers without a leading 0 are int64 (Int64), and
// everything else (007, 1_000, 0x10, 1.5, 1e3) stays a string. --set-string keeps strings,
// --set-json reads each value as JSON, --set-file reads the named file, --set-literal
// takes the rest of the argument verbatim.
import { type GoMap, type GoValue, GoStruct, Int64, hasKey, int64, isMap, newMap } from '../gotemplate/value';
import { JsonError, unmarshalJSON } from './json';

/** What a parse error says; `eof` marks errors that are io.EOF underneath. */
export class SetError extends Error {
  constructor(
    message: string,
    readonly eof = false,
  ) {
    super(message);
  }
}

const MAX_INDEX = 65536;
const MAX_NESTED_NAME_LEVEL = 30;

type Err = SetError | null;

const EOF = () => new SetError('EOF', true);
const wrap = (prefix: string, e: SetError) => new SetError(prefix + e.message, e.eof);

/** A Go type assertion that failed, as the runtime's panic message reads. */
class TypeAssertion extends Error {}

function assertMap(v: GoValue): GoMap {
  if (isMap(v)) return v;
  throw new TypeAssertion(`interface conversion: interface {} is ${typeName(v)}, not map[string]interface {}`);
}

function assertList(v: GoValue): GoValue[] {
  if (Array.isArray(v)) return v;
  throw new TypeAssertion(`interface conversion: interface {} is ${typeName(v)}, not []interface {}`);
}

/** Dynamic Go types of values that reach the parser (--set ints are int64). */
function typeName(v: GoValue): string {
  if (v === null || v === undefined) return 'nil';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'string':
      return 'string';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float64';
  }
  if (v instanceof Int64) return 'int64';
  if (Array.isArray(v)) return '[]interface {}';
  if (v instanceof GoStruct) return v.typeName;
  return 'map[string]interface {}';
}

/** A bytes.Buffer read rune by rune. */
class Runes {
  readonly r: string[];
  pos = 0;
  constructor(s: string) {
    this.r = Array.from(s);
  }
  read(): string | null {
    return this.pos < this.r.length ? this.r[this.pos++] : null;
  }
  unread(): void {
    this.pos--;
  }
  rest(): string {
    return this.r.slice(this.pos).join('');
  }
}

type Reader = (rs: string) => GoValue;

/**
 * runesUntil: reads up to a stop rune, unescaping "\x" to "x". Returns the text, the
 * stop rune (null at the end) and whether the input ended.
 */
function runesUntil(sc: Runes, stop: string, escapes = true): [string, string | null, boolean] {
  let v = '';
  for (;;) {
    const r = sc.read();
    if (r === null) return [v, null, true];
    if (stop.includes(r)) return [v, r, false];
    if (escapes && r === '\\') {
      const next = sc.read();
      if (next === null) return [v, null, true];
      v += next;
      continue;
    }
    v += r;
  }
}

function set(data: GoMap, key: string, val: GoValue): void {
  if (key.length === 0) return;
  data[key] = val;
}

function setIndex(list: GoValue[], index: number, val: GoValue): [GoValue[], Err] {
  if (index < 0) return [list, new SetError(`negative ${index} index not allowed`)];
  if (index > MAX_INDEX) return [list, new SetError(`index of ${index} is greater than maximum supported index of ${MAX_INDEX}`)];
  if (list.length <= index) {
    const grown: GoValue[] = new Array(index + 1).fill(null);
    list.forEach((x, i) => (grown[i] = x));
    list = grown;
  }
  list[index] = val;
  return [list, null];
}

/** strconv.Atoi, with its error text. */
function atoi(s: string): [number, Err] {
  if (!/^[+-]?[0-9]+$/.test(s)) return [0, new SetError(`strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`)];
  const n = BigInt(s);
  if (n < -(1n << 63n) || n >= 1n << 63n) return [0, new SetError(`strconv.Atoi: parsing ${goQuote(s)}: value out of range`)];
  return [Number(n), null];
}

class Parser {
  constructor(
    private readonly sc: Runes,
    private readonly data: GoMap,
    private readonly reader: Reader | null,
    private readonly isJson: boolean,
  ) {}

  parse(): void {
    for (;;) {
      const err = this.key(this.data, 0);
      if (err === null) continue;
      if (err.eof) return;
      throw err;
    }
  }

  key(data: GoMap, nestedNameLevel: number): Err {
    try {
      return this.keyInner(data, nestedNameLevel);
    } catch (e) {
      if (e instanceof TypeAssertion) return new SetError(`unable to parse key: ${e.message}`);
      throw e;
    }
  }

  private keyInner(data: GoMap, nestedNameLevel: number): Err {
    const [k, last, eof] = runesUntil(this.sc, '=[,.');
    if (eof) {
      if (k.length === 0) return EOF();
      return new SetError(`key ${goQuote(k)} has no value`);
    }
    switch (last) {
      case '[': {
        const [i, err] = this.keyIndex();
        if (err) return wrap('error parsing index: ', err);
        let list: GoValue[] = [];
        if (hasKey(data, k)) list = assertList(data[k]);
        const [l2, err2] = this.listItem(list, i, nestedNameLevel);
        set(data, k, l2);
        return err2;
      }
      case '=': {
        if (this.isJson) return this.jsonValue((v) => set(data, k, v));
        const [vl, e] = this.valList();
        if (e === null) {
          set(data, k, vl);
          return null;
        }
        if (e.eof) {
          set(data, k, '');
          return e;
        }
        if (e === NOT_LIST) {
          const [rs] = runesUntil(this.sc, ',');
          let v: GoValue;
          try {
            v = this.reader!(rs);
          } catch (err) {
            if (err instanceof SetError) return err;
            throw err;
          }
          set(data, k, v);
          return null;
        }
        return e;
      }
      case ',':
        set(data, k, '');
        return new SetError(`key ${goQuote(k)} has no value (cannot end with ,)`);
      case '.': {
        nestedNameLevel++;
        if (nestedNameLevel > MAX_NESTED_NAME_LEVEL) {
          return new SetError(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`);
        }
        let inner = newMap();
        if (hasKey(data, k)) inner = assertMap(data[k]);
        const e = this.key(inner, nestedNameLevel);
        if (e === null && Object.keys(inner).length === 0) return new SetError(`key map ${goQuote(k)} has no value`);
        if (Object.keys(inner).length !== 0) set(data, k, inner);
        return e;
      }
    }
    return null;
  }

  private keyIndex(): [number, Err] {
    const [v, , eof] = runesUntil(this.sc, ']');
    if (eof) return [0, EOF()];
    return atoi(v);
  }

  private listItem(list: GoValue[], i: number, nestedNameLevel: number): [GoValue[], Err] {
    if (i < 0) return [list, new SetError(`negative ${i} index not allowed`)];
    const [k, last, eof] = runesUntil(this.sc, '[.=');
    if (k.length > 0) return [list, new SetError(`unexpected data at end of array index: ${quoteRunes(k)}`)];
    if (eof) return [list, EOF()];
    switch (last) {
      case '=': {
        if (this.isJson) {
          let out: [GoValue[], Err] = [list, null];
          const err = this.jsonValue((v) => (out = setIndex(list, i, v)));
          if (out[1]) return out;
          return [out[0], err];
        }
        const [vl, e] = this.valList();
        if (e === null) return setIndex(list, i, vl);
        if (e.eof) return setIndex(list, i, '');
        if (e === NOT_LIST) {
          const [rs] = runesUntil(this.sc, ',');
          let v: GoValue;
          try {
            v = this.reader!(rs);
          } catch (err) {
            if (err instanceof SetError) return [list, err];
            throw err;
          }
          return setIndex(list, i, v);
        }
        return [list, e];
      }
      case '[': {
        const [nextI, err] = this.keyIndex();
        if (err) return [list, wrap('error parsing index: ', err)];
        let crtList: GoValue[] = [];
        if (list.length > i && list[i] !== null && list[i] !== undefined) crtList = assertList(list[i]);
        const [list2, err2] = this.listItem(crtList, nextI, nestedNameLevel);
        if (err2) return [list, err2];
        return setIndex(list, i, list2);
      }
      case '.': {
        let inner = newMap();
        if (list.length > i) {
          if (isMap(list[i])) {
            inner = list[i] as GoMap;
          } else {
            // Indices out of order: start an empty map there.
            list[i] = newMap();
            inner = list[i] as GoMap;
          }
        }
        const e = this.key(inner, nestedNameLevel);
        if (e) return [list, e];
        return setIndex(list, i, inner);
      }
    }
    return [list, null];
  }

  /** valList: "{a,b}" as a list, or NOT_LIST when the value does not start with '{'. */
  private valList(): [GoValue[], Err] {
    const r = this.sc.read();
    if (r === null) return [[], EOF()];
    if (r !== '{') {
      this.sc.unread();
      return [[], NOT_LIST];
    }
    const list: GoValue[] = [];
    for (;;) {
      const [rs, last, eof] = runesUntil(this.sc, ',}');
      if (eof) return [list, new SetError("list must terminate with '}'")];
      if (last === '}') {
        // A ',' right after the list is consumed with it.
        const n = this.sc.read();
        if (n !== null && n !== ',') this.sc.unread();
        list.push(this.reader!(rs));
        return [list, null];
      }
      list.push(this.reader!(rs));
    }
  }

  /** emptyVal: skips blanks and one ','; true when no value follows. */
  private emptyVal(): boolean {
    for (;;) {
      const r = this.sc.read();
      if (r === null || r === ',') return true;
      if (!/\s/u.test(r)) {
        this.sc.unread();
        return false;
      }
    }
  }

  /** --set-json: one JSON value read with a json.Decoder, then the separator. */
  private jsonValue(store: (v: GoValue) => void): Err {
    if (this.emptyVal()) {
      store(null);
      return null;
    }
    const rest = this.sc.rest();
    const [value, length, err] = decodeFirstJSON(rest);
    if (err) return err;
    store(value);
    this.sc.pos += Array.from(rest.slice(0, length)).length;
    this.emptyVal();
    return null;
  }
}

const NOT_LIST = new SetError('not a list');

/** json.NewDecoder(s).Decode: the first JSON value and how many UTF-16 units it took. */
function decodeFirstJSON(s: string): [GoValue, number, Err] {
  let i = 0;
  while (i < s.length && /[ \t\r\n]/.test(s[i])) i++;
  let end = i;
  if (s[i] === '{' || s[i] === '[') {
    let depth = 0;
    for (; end < s.length; end++) {
      const c = s[end];
      if (c === '"') {
        end++;
        while (end < s.length && s[end] !== '"') end += s[end] === '\\' ? 2 : 1;
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) {
          end++;
          break;
        }
      }
    }
  } else if (s[i] === '"') {
    end = i + 1;
    while (end < s.length && s[end] !== '"') end += s[end] === '\\' ? 2 : 1;
    end++;
  } else {
    // A number or literal ends where Go's scanner ends it; what follows is left for
    // the --set parser (so "1x" reads as 1 and then a key "x").
    const m = /^(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null)/.exec(s.slice(i));
    if (!m || /^[.eE0-9]/.test(s.slice(i + m[0].length)) && /^-?[0-9]/.test(m[0])) {
      return [null, 0, new SetError('invalid JSON value')];
    }
    end = i + m[0].length;
  }
  try {
    const v = unmarshalJSON(s.slice(i, end));
    return [v, end, null];
  } catch (e) {
    if (e instanceof JsonError) return [null, 0, new SetError(e.message)];
    throw e;
  }
}

/** typedVal: how --set types a value. */
function typedVal(val: string, forceString: boolean): GoValue {
  if (forceString) return val;
  const folded = val.replace(/\u017f/g, 's').replace(/[A-Z]/g, (c) => c.toLowerCase());
  if (folded === 'true') return true;
  if (folded === 'false') return false;
  if (folded === 'null') return null;
  if (val === '0') return int64(0n);
  if (val.length !== 0 && val[0] !== '0' && /^[+-]?[0-9]+$/.test(val)) {
    const n = BigInt(val);
    if (n >= -(1n << 63n) && n < 1n << 63n) return int64(n);
  }
  return val;
}

// ---------------------------------------------------------------------------------
// --set-literal has its own, simpler parser: no escapes, no lists, the value is the rest.

class LiteralParser {
  constructor(
    private readonly sc: Runes,
    private readonly data: GoMap,
  ) {}

  parse(): void {
    for (;;) {
      const err = this.key(this.data, 0);
      if (err === null) continue;
      if (err.eof) return;
      throw err;
    }
  }

  key(data: GoMap, nestedNameLevel: number): Err {
    try {
      return this.keyInner(data, nestedNameLevel);
    } catch (e) {
      if (e instanceof TypeAssertion) return new SetError(`unable to parse key: ${e.message}`);
      throw e;
    }
  }

  private keyInner(data: GoMap, nestedNameLevel: number): Err {
    const [key, last, eof] = runesUntil(this.sc, '=[.', false);
    if (eof) {
      if (key.length === 0) return EOF();
      return new SetError(`key ${goQuote(key)} has no value`);
    }
    switch (last) {
      case '=': {
        const [value] = runesUntil(this.sc, '', false);
        set(data, key, value);
        return null;
      }
      case '.': {
        nestedNameLevel++;
        if (nestedNameLevel > MAX_NESTED_NAME_LEVEL) {
          return new SetError(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`);
        }
        let inner = newMap();
        if (hasKey(data, key)) inner = assertMap(data[key]);
        const err = this.key(inner, nestedNameLevel);
        if (err === null && Object.keys(inner).length === 0) return new SetError(`key map ${goQuote(key)} has no value`);
        if (Object.keys(inner).length !== 0) set(data, key, inner);
        return err;
      }
      case '[': {
        const [v, , eofI] = runesUntil(this.sc, ']', false);
        if (eofI) return wrap('error parsing index: ', EOF());
        const [i, errI] = atoi(v);
        if (errI) return wrap('error parsing index: ', errI);
        let list: GoValue[] = [];
        if (hasKey(data, key)) list = assertList(data[key]);
        const [l2, err] = this.listItem(list, i, nestedNameLevel);
        set(data, key, l2);
        return err;
      }
    }
    return null;
  }

  private listItem(list: GoValue[], i: number, nestedNameLevel: number): [GoValue[], Err] {
    if (i < 0) return [list, new SetError(`negative ${i} index not allowed`)];
    const [key, last, eof] = runesUntil(this.sc, '[.=', false);
    if (key.length > 0) return [list, new SetError(`unexpected data at end of array index: ${quoteRunes(key)}`)];
    if (eof) return [list, EOF()];
    switch (last) {
      case '=': {
        const [value] = runesUntil(this.sc, '', false);
        return setIndex(list, i, value);
      }
      case '.': {
        let inner = newMap();
        if (list.length > i) {
          if (isMap(list[i])) inner = list[i] as GoMap;
          else {
            list[i] = newMap();
            inner = list[i] as GoMap;
          }
        }
        const err = this.key(inner, nestedNameLevel);
        if (err) return [list, err];
        return setIndex(list, i, inner);
      }
      case '[': {
        const [v, , eofI] = runesUntil(this.sc, ']', false);
        if (eofI) return [list, wrap('error parsing index: ', EOF())];
        const [nextI, errI] = atoi(v);
        if (errI) return [list, wrap('error parsing index: ', errI)];
        let crtList: GoValue[] = [];
        if (list.length > i && list[i] !== null && list[i] !== undefined) crtList = assertList(list[i]);
        const [list2, err] = this.listItem(crtList, nextI, nestedNameLevel);
        if (err) return [list, err];
        return setIndex(list, i, list2);
      }
    }
    return [list, null];
  }
}

// ---------------------------------------------------------------------------------
// Public entry points.

export type SetKind = 'set' | 'string' | 'json' | 'file' | 'literal';

/**
 * Parses one --set style argument into `into` (mutating it). Throws SetError with
 * strvals' text, e.g. `key "a" has no value`; see setErrorText for what Helm prints.
 * For 'file', `readFile` returns the content of a path (or throws SetError with Go's
 * text, e.g. "open x: no such file or directory").
 */
export function parseSet(into: GoMap, expr: string, kind: SetKind, readFile?: (path: string) => string): void {
  const sc = new Runes(expr);
  switch (kind) {
    case 'set':
      return new Parser(sc, into, (rs) => typedVal(rs, false), false).parse();
    case 'string':
      return new Parser(sc, into, (rs) => typedVal(rs, true), false).parse();
    case 'json':
      return new Parser(sc, into, null, true).parse();
    case 'file': {
      if (!readFile) throw new SetError('--set-file needs a file reader');
      return new Parser(sc, into, (rs) => readFile(rs), false).parse();
    }
    case 'literal':
      return new LiteralParser(sc, into).parse();
  }
}

/** What `helm` prints (after "Error: ") when one --set argument fails to parse. */
export function setErrorText(kind: SetKind, expr: string, err: SetError): string {
  switch (kind) {
    case 'json':
      return `failed parsing --set-json data ${expr}`;
    case 'set':
      return `failed parsing --set data: ${err.message}`;
    case 'string':
      return `failed parsing --set-string data: ${err.message}`;
    case 'file':
      return `failed parsing --set-file data: ${err.message}`;
    case 'literal':
      return `failed parsing --set-literal data: ${err.message}`;
  }
}

// ---------------------------------------------------------------------------------
// Go's %q.

function isGoPrint(ch: string): boolean {
  return ch === ' ' || !/[\p{C}\p{Z}]/u.test(ch);
}

function escapeRune(ch: string, quote: string): string {
  switch (ch) {
    case '\x07':
      return '\\a';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\v':
      return '\\v';
    case '\\':
      return '\\\\';
  }
  if (ch === quote) return '\\' + ch;
  if (isGoPrint(ch)) return ch;
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return '\\x' + c.toString(16).padStart(2, '0');
  if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

/** strconv.Quote */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch, '"');
  return out + '"';
}

/** %q of a []rune: each rune quoted, space separated, in brackets. */
function quoteRunes(s: string): string {
  return '[' + Array.from(s, (ch) => "'" + escapeRune(ch, "'") + "'").join(' ') + ']';
}
