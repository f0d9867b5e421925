// Go's encoding/json for the value model of value.ts, and the template functions built on
// it: Helm's toJson, mustToJson, fromJson, fromJsonArray and Sprig's toPrettyJson,
// mustToPrettyJson, toRawJson, mustToRawJson.
//
// Marshal follows encoding/json byte for byte: map keys sorted by bytes, `<`, `>`, `&`
// escaped as \u003c… unless HTML escaping is off, U+2028/U+2029 always escaped, floats in
// the shortest form that reads back ('f' style, or 'e' style below 1e-6 and from 1e21 on),
// []byte as base64. A GoStruct marshals as its exported (capitalised) fields in declaration
// order, unless it has a `MarshalJSON` method (no parameters, returns the raw JSON text),
// which is used instead — that is how callers give a struct Go's json tags or
// time.Time's RFC 3339 form.
//
// Unmarshal reads into interface{} as Go does (every number a float64) and fails with Go's
// exact texts: the syntax scanner's "invalid character 'x' after object key" family first,
// then type errors such as "json: cannot unmarshal array into Go value of type
// map[string]interface {}".
import { quote } from '../gotemplate/strconv';
import { fromBytes, toBytes, validRunes } from '../gotemplate/utf8';
import {
  type FuncMap,
  type GoMap,
  type GoValue,
  FuncError,
  GoFuncValue,
  GoStruct,
  Int64,
  compareGoStrings,
  isMap,
  isNilComposite,
  nilMap,
  nilSlice,
  newMap,
} from '../gotemplate/value';

/** A Go error from encoding/json; `message` is Go's err.Error(). */
export class JsonError extends Error {}

// ---------------------------------------------------------------------------------
// Marshal

export interface MarshalOptions {
  /** json.Marshal escapes <, >, & (true); an Encoder with SetEscapeHTML(false) does not. */
  escapeHTML?: boolean;
  /** MarshalIndent's indent string ("" = compact). */
  indent?: string;
}

/** json.Marshal (or MarshalIndent with opts.indent); throws JsonError as Go returns it. */
export function marshalJSON(v: GoValue, opts: MarshalOptions = {}): string {
  const out: string[] = [];
  encodeValue(out, v, opts.escapeHTML ?? true, new Set());
  const compact = out.join('');
  return opts.indent ? indentJSON(compact, opts.indent) : compact;
}

/** encoding/json's float64 text: strconv 'f' form, or 'e' form outside [1e-6, 1e21). */
export function formatJSONFloat(f: number): string {
  // Number#toString picks the same shortest digits and switches to exponent form at the
  // same thresholds; Go also writes e-7 (not e-07) after its clean-up step.
  if (Object.is(f, -0)) return '-0';
  return String(f);
}

/** Go's FormatFloat(f, 'g', -1, 64) for the "unsupported value" message. */
function floatName(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  return f > 0 ? '+Inf' : '-Inf';
}

function encodeValue(out: string[], v: GoValue, html: boolean, seen: Set<object>): void {
  if (v === null || v === undefined) {
    out.push('null');
    return;
  }
  if (v instanceof Int64) v = v.v; // an int64 encodes as an int does
  switch (typeof v) {
    case 'boolean':
      out.push(v ? 'true' : 'false');
      return;
    case 'string':
      out.push(quoteJSON(v, html));
      return;
    case 'bigint':
      out.push(v.toString());
      return;
    case 'number':
      if (!Number.isFinite(v)) throw new JsonError(`json: unsupported value: ${floatName(v)}`);
      out.push(formatJSONFloat(v));
      return;
  }
  if (v instanceof Uint8Array) {
    out.push('"' + base64(v) + '"');
    return;
  }
  if (v instanceof GoFuncValue) throw new JsonError('json: unsupported type: func()');
  if (isNilComposite(v)) {
    out.push('null');
    return;
  }
  if (seen.has(v as object)) {
    throw new JsonError(`json: unsupported value: encountered a cycle`);
  }
  seen.add(v as object);
  try {
    if (Array.isArray(v)) {
      out.push('[');
      v.forEach((x, i) => {
        if (i > 0) out.push(',');
        encodeValue(out, x, html, seen);
      });
      out.push(']');
    } else if (v instanceof GoStruct) {
      const m = v.methods.MarshalJSON;
      if (m) {
        out.push(String(m.fn()));
        return;
      }
      out.push('{');
      exportedFields(v).forEach((k, i) => {
        if (i > 0) out.push(',');
        out.push(quoteJSON(k, html), ':');
        encodeValue(out, v.fields[k], html, seen);
      });
      out.push('}');
    } else if (isMap(v)) {
      out.push('{');
      Object.keys(v)
        .sort(compareGoStrings)
        .forEach((k, i) => {
          if (i > 0) out.push(',');
          out.push(quoteJSON(k, html), ':');
          encodeValue(out, (v as GoMap)[k], html, seen);
        });
      out.push('}');
    } else {
      throw new JsonError(`json: unsupported type: ${typeof v}`);
    }
  } finally {
    seen.delete(v as object);
  }
}

/** A struct's exported fields (Go encoders skip the ones starting with a lower case). */
export function exportedFields(v: GoStruct): string[] {
  return Object.keys(v.fields).filter((k) => /^\p{Lu}/u.test(k));
}

const HEX = '0123456789abcdef';

/** encodeState.string: Go's JSON string quoting. */
export function quoteJSON(s: string, escapeHTML = true): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c && !(escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26))) continue;
      switch (c) {
        case 0x22:
          esc = '\\"';
          break;
        case 0x5c:
          esc = '\\\\';
          break;
        case 0x08:
          esc = '\\b';
          break;
        case 0x0c:
          esc = '\\f';
          break;
        case 0x0a:
          esc = '\\n';
          break;
        case 0x0d:
          esc = '\\r';
          break;
        case 0x09:
          esc = '\\t';
          break;
        default:
          esc = '\\u00' + HEX[c >> 4] + HEX[c & 0xf];
      }
    } else if (c === 0x2028 || c === 0x2029) {
      // Raw line/paragraph separators break JavaScript string literals.
      esc = c === 0x2028 ? '\\u2028' : '\\u2029';
    } else if (c >= 0xd800 && c <= 0xdfff) {
      // A lone surrogate is invalid UTF-8 on the Go side: Go writes U+FFFD for it.
      const pair = c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
      if (pair) {
        i++;
        continue;
      }
      esc = '\\ufffd';
    } else {
      continue;
    }
    out += s.slice(start, i) + esc;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64.StdEncoding, as encoding/json writes a []byte. */
export function base64(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < b.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < b.length ? B64[n & 63] : '=';
  }
  return out;
}

/** json.Indent of compact JSON with prefix "": what MarshalIndent produces. */
function indentJSON(src: string, indent: string): string {
  let out = '';
  let depth = 0;
  let needIndent = false; // a '{' or '[' was just written
  let inString = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inString) {
      out += c;
      if (c === '\\') out += src[++i];
      else if (c === '"') inString = false;
      continue;
    }
    if (needIndent && c !== ']' && c !== '}') {
      needIndent = false;
      depth++;
      out += '\n' + indent.repeat(depth);
    }
    switch (c) {
      case '"':
        inString = true;
        out += c;
        break;
      case '{':
      case '[':
        // Go delays the newline so that empty collections stay "{}" and "[]".
        out += c;
        needIndent = true;
        break;
      case ',':
        out += c + '\n' + indent.repeat(depth);
        break;
      case ':':
        out += ': ';
        break;
      case '}':
      case ']':
        if (needIndent) {
          needIndent = false;
        } else {
          depth--;
          out += '\n' + indent.repeat(depth);
        }
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------
// Unmarshal

/** The Go type an Unmarshal target has, as its error messages name it. */
export type JsonTarget = 'any' | 'map' | 'list';

const TARGET_TYPE: Record<JsonTarget, string> = {
  any: 'interface {}',
  map: 'map[string]interface {}',
  list: '[]interface {}',
};

/**
 * json.Unmarshal(text, &target). Returns the decoded value (a typed nil map or slice is
 * returned as null) and throws JsonError with Go's text. Go keeps decoding after a type
 * error and returns the partial value with the first error: `partial` carries it.
 */
export function unmarshalJSON(text: string, target: JsonTarget = 'any'): GoValue {
  const bytes = utf8Encode(text);
  checkValid(bytes);
  const d = new Decoder(bytes);
  const v = d.value(target);
  if (d.err) {
    const e = new JsonError(d.err);
    (e as JsonError & { partial?: GoValue }).partial = v;
    throw e;
  }
  return v;
}

// The syntax check is a port of encoding/json's scanner: a state machine over bytes
// whose error messages name the offending byte and where it appeared.

const enum Parse {
  ObjectKey,
  ObjectValue,
  ArrayValue,
}

type Step = (c: number) => void;

class Scanner {
  step: Step = (c) => this.beginValue(c);
  parse: Parse[] = [];
  endTop = false;
  err: string | null = null;

  fail(c: number, context: string): void {
    this.err = `invalid character ${quoteChar(c)} ${context}`;
  }

  eof(): void {
    if (this.err || this.endTop) return;
    this.step(0x20);
    if (this.endTop || this.err) return;
    this.err = 'unexpected end of JSON input';
  }

  beginValueOrEmpty(c: number): void {
    if (isSpace(c)) return;
    if (c === 0x5d) return this.endValue(c);
    this.beginValue(c);
  }

  beginValue(c: number): void {
    if (isSpace(c)) return;
    switch (c) {
      case 0x7b: // {
        this.step = (c) => this.beginStringOrEmpty(c);
        this.parse.push(Parse.ObjectKey);
        return;
      case 0x5b: // [
        this.step = (c) => this.beginValueOrEmpty(c);
        this.parse.push(Parse.ArrayValue);
        return;
      case 0x22:
        this.step = (c) => this.inString(c);
        return;
      case 0x2d:
        this.step = (c) => this.neg(c);
        return;
      case 0x30:
        this.step = (c) => this.zero(c);
        return;
      case 0x74:
        this.step = this.literal('true', 1);
        return;
      case 0x66:
        this.step = this.literal('false', 1);
        return;
      case 0x6e:
        this.step = this.literal('null', 1);
        return;
    }
    if (c >= 0x31 && c <= 0x39) {
      this.step = (c) => this.one(c);
      return;
    }
    this.fail(c, 'looking for beginning of value');
  }

  beginStringOrEmpty(c: number): void {
    if (isSpace(c)) return;
    if (c === 0x7d) {
      this.parse[this.parse.length - 1] = Parse.ObjectValue;
      return this.endValue(c);
    }
    this.beginString(c);
  }

  beginString(c: number): void {
    if (isSpace(c)) return;
    if (c === 0x22) {
      this.step = (c) => this.inString(c);
      return;
    }
    this.fail(c, 'looking for beginning of object key string');
  }

  endValue(c: number): void {
    const n = this.parse.length;
    if (n === 0) {
      this.step = (c) => this.endTopStep(c);
      this.endTop = true;
      return this.endTopStep(c);
    }
    if (isSpace(c)) {
      this.step = (c) => this.endValue(c);
      return;
    }
    switch (this.parse[n - 1]) {
      case Parse.ObjectKey:
        if (c === 0x3a) {
          this.parse[n - 1] = Parse.ObjectValue;
          this.step = (c) => this.beginValue(c);
          return;
        }
        return this.fail(c, 'after object key');
      case Parse.ObjectValue:
        if (c === 0x2c) {
          this.parse[n - 1] = Parse.ObjectKey;
          this.step = (c) => this.beginString(c);
          return;
        }
        if (c === 0x7d) return this.popParse();
        return this.fail(c, 'after object key:value pair');
      case Parse.ArrayValue:
        if (c === 0x2c) {
          this.step = (c) => this.beginValue(c);
          return;
        }
        if (c === 0x5d) return this.popParse();
        return this.fail(c, 'after array element');
    }
  }

  popParse(): void {
    this.parse.pop();
    if (this.parse.length === 0) {
      this.step = (c) => this.endTopStep(c);
      this.endTop = true;
    } else {
      this.step = (c) => this.endValue(c);
    }
  }

  endTopStep(c: number): void {
    if (!isSpace(c)) this.fail(c, 'after top-level value');
  }

  inString(c: number): void {
    if (c === 0x22) {
      this.step = (c) => this.endValue(c);
      return;
    }
    if (c === 0x5c) {
      this.step = (c) => this.inStringEsc(c);
      return;
    }
    if (c < 0x20) this.fail(c, 'in string literal');
  }

  inStringEsc(c: number): void {
    switch (c) {
      case 0x62:
      case 0x66:
      case 0x6e:
      case 0x72:
      case 0x74:
      case 0x5c:
      case 0x2f:
      case 0x22:
        this.step = (c) => this.inString(c);
        return;
      case 0x75:
        this.step = this.hexEscape(4);
        return;
    }
    this.fail(c, 'in string escape code');
  }

  hexEscape(left: number): Step {
    return (c) => {
      if (isHex(c)) {
        this.step = left === 1 ? (c) => this.inString(c) : this.hexEscape(left - 1);
        return;
      }
      this.fail(c, 'in \\u hexadecimal character escape');
    };
  }

  neg(c: number): void {
    if (c === 0x30) {
      this.step = (c) => this.zero(c);
      return;
    }
    if (c >= 0x31 && c <= 0x39) {
      this.step = (c) => this.one(c);
      return;
    }
    this.fail(c, 'in numeric literal');
  }

  one(c: number): void {
    if (isDigit(c)) return;
    this.zero(c);
  }

  zero(c: number): void {
    if (c === 0x2e) {
      this.step = (c) => this.dot(c);
      return;
    }
    if (c === 0x65 || c === 0x45) {
      this.step = (c) => this.exp(c);
      return;
    }
    this.endValue(c);
  }

  dot(c: number): void {
    if (isDigit(c)) {
      this.step = (c) => this.dot0(c);
      return;
    }
    this.fail(c, 'after decimal point in numeric literal');
  }

  dot0(c: number): void {
    if (isDigit(c)) return;
    if (c === 0x65 || c === 0x45) {
      this.step = (c) => this.exp(c);
      return;
    }
    this.endValue(c);
  }

  exp(c: number): void {
    if (c === 0x2b || c === 0x2d) {
      this.step = (c) => this.expSign(c);
      return;
    }
    this.expSign(c);
  }

  expSign(c: number): void {
    if (isDigit(c)) {
      this.step = (c) => this.exp0(c);
      return;
    }
    this.fail(c, 'in exponent of numeric literal');
  }

  exp0(c: number): void {
    if (isDigit(c)) return;
    this.endValue(c);
  }

  literal(word: string, at: number): Step {
    return (c) => {
      if (c === word.charCodeAt(at)) {
        this.step = at + 1 === word.length ? (c) => this.endValue(c) : this.literal(word, at + 1);
        return;
      }
      this.fail(c, `in literal ${word} (expecting '${word[at]}')`);
    };
  }
}

function checkValid(b: Uint8Array): void {
  const s = new Scanner();
  for (let i = 0; i < b.length; i++) {
    s.step(b[i]);
    if (s.err) throw new JsonError(s.err);
  }
  s.eof();
  if (s.err) throw new JsonError(s.err);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** encoding/json's quoteChar: a byte shown as Go would quote string(rune(b)). */
function quoteChar(c: number): string {
  if (c === 0x27) return `'\\''`;
  if (c === 0x22) return `'"'`;
  // Go: "'" + strconv.Quote(string(rune(c)))[1:len-1] + "'"
  return "'" + quote(String.fromCharCode(c)).slice(1, -1) + "'";
}


// Decoding proper runs only on input the scanner accepted.
class Decoder {
  off = 0;
  err: string | null = null;
  constructor(readonly b: Uint8Array) {}

  skipSpace(): void {
    while (this.off < this.b.length && isSpace(this.b[this.off])) this.off++;
  }

  kind(): string {
    switch (this.b[this.off]) {
      case 0x7b:
        return 'object';
      case 0x5b:
        return 'array';
      case 0x22:
        return 'string';
      case 0x74:
      case 0x66:
        return 'bool';
      case 0x6e:
        return 'null';
    }
    return 'number';
  }

  value(target: JsonTarget): GoValue {
    this.skipSpace();
    const k = this.kind();
    if (k === 'null') {
      this.off += 4;
      return null;
    }
    const want = target === 'map' ? 'object' : target === 'list' ? 'array' : k;
    if (k !== want) {
      this.saveError(`json: cannot unmarshal ${k} into Go value of type ${TARGET_TYPE[target]}`);
      this.skipValue();
      return target === 'map' ? newMap() : [];
    }
    switch (k) {
      case 'object':
        return this.object();
      case 'array':
        return this.array();
      case 'string':
        return this.string();
      case 'bool':
        if (this.b[this.off] === 0x74) {
          this.off += 4;
          return true;
        }
        this.off += 5;
        return false;
    }
    return this.number();
  }

  saveError(msg: string): void {
    if (!this.err) this.err = msg;
  }

  object(): GoMap {
    const m = newMap();
    this.off++;
    this.skipSpace();
    if (this.b[this.off] === 0x7d) {
      this.off++;
      return m;
    }
    for (;;) {
      this.skipSpace();
      const k = this.string();
      this.skipSpace();
      this.off++; // ':'
      m[k] = this.value('any');
      this.skipSpace();
      if (this.b[this.off++] === 0x7d) return m;
    }
  }

  array(): GoValue[] {
    const a: GoValue[] = [];
    this.off++;
    this.skipSpace();
    if (this.b[this.off] === 0x5d) {
      this.off++;
      return a;
    }
    for (;;) {
      a.push(this.value('any'));
      this.skipSpace();
      if (this.b[this.off++] === 0x5d) return a;
    }
  }

  number(): GoValue {
    const start = this.off;
    while (this.off < this.b.length && !isDelim(this.b[this.off])) this.off++;
    const text = String.fromCharCode(...this.b.subarray(start, this.off));
    const f = Number(text);
    if (!Number.isFinite(f)) {
      // strconv.ParseFloat's range error becomes a type error; the value stays nil.
      this.saveError(`json: cannot unmarshal number ${text} into Go value of type float64`);
      return null;
    }
    return f;
  }

  string(): string {
    // this.b[this.off] is the opening quote.
    const start = ++this.off;
    let simple = true;
    while (this.b[this.off] !== 0x22) {
      if (this.b[this.off] === 0x5c) {
        simple = false;
        this.off++;
      }
      this.off++;
    }
    const raw = this.b.subarray(start, this.off);
    this.off++;
    if (simple) return utf8Decode(raw);
    return unquoteBytes(raw);
  }

  skipValue(): void {
    // The input is valid, so matching brackets outside strings is enough.
    let depth = 0;
    do {
      const c = this.b[this.off];
      if (c === 0x22) {
        this.string();
        continue;
      }
      if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) depth--;
      else if (depth === 0 && !isSpace(c)) {
        while (this.off < this.b.length && !isDelim(this.b[this.off])) this.off++;
        return;
      }
      this.off++;
    } while (depth > 0 && this.off < this.b.length);
  }
}

function isDelim(c: number): boolean {
  return isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d || c === 0x3a;
}

/** unquoteBytes: escapes, surrogate pairs, and U+FFFD for what Go cannot decode. */
function unquoteBytes(raw: Uint8Array): string {
  let out = '';
  let i = 0;
  let chunk = 0;
  const flush = (end: number) => {
    if (end > chunk) out += utf8Decode(raw.subarray(chunk, end));
  };
  while (i < raw.length) {
    if (raw[i] !== 0x5c) {
      i++;
      continue;
    }
    flush(i);
    const e = raw[i + 1];
    i += 2;
    switch (e) {
      case 0x62:
        out += '\b';
        break;
      case 0x66:
        out += '\f';
        break;
      case 0x6e:
        out += '\n';
        break;
      case 0x72:
        out += '\r';
        break;
      case 0x74:
        out += '\t';
        break;
      case 0x75: {
        let r = parseInt(String.fromCharCode(...raw.subarray(i, i + 4)), 16);
        i += 4;
        if (r >= 0xd800 && r <= 0xdbff) {
          // A high surrogate needs a \u low surrogate right after it.
          if (raw[i] === 0x5c && raw[i + 1] === 0x75) {
            const r2 = parseInt(String.fromCharCode(...raw.subarray(i + 2, i + 6)), 16);
            if (r2 >= 0xdc00 && r2 <= 0xdfff) {
              out += String.fromCharCode(r, r2);
              i += 6;
              break;
            }
          }
          r = 0xfffd;
        } else if (r >= 0xdc00 && r <= 0xdfff) {
          r = 0xfffd;
        }
        out += String.fromCharCode(r);
        break;
      }
      default:
        out += String.fromCharCode(e); // \\ \/ \"
    }
    chunk = i;
  }
  flush(raw.length);
  return out;
}

/** The bytes encoding/json reads: Go's []byte(s). */
export function utf8Encode(s: string): Uint8Array {
  return toBytes(s);
}

/** A decoded JSON string: Go replaces each byte that is not UTF-8 with U+FFFD. */
export function utf8Decode(b: Uint8Array): string {
  return validRunes(fromBytes(b));
}

// ---------------------------------------------------------------------------------
// Template functions

/** Helm's fromJson: a parse error goes into the map's "Error" key instead of failing. */
export function fromJson(s: string): GoValue {
  try {
    // "null" leaves Helm's map nil, and a nil map prints as null again
    return unmarshalJSON(s, 'map') ?? nilMap();
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    const partial = (e as JsonError & { partial?: GoValue }).partial;
    const m = isMap(partial) ? partial : newMap();
    m.Error = e.message;
    return m;
  }
}

/** Helm's fromJsonArray: a parse error becomes the one element of the list. */
export function fromJsonArray(s: string): GoValue {
  try {
    return unmarshalJSON(s, 'list') ?? nilSlice();
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    return [e.message];
  }
}

function swallow(f: () => string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof JsonError) return '';
    throw e;
  }
}

function must(f: () => string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof JsonError) throw new FuncError(e.message);
    throw e;
  }
}

const raw = (v: GoValue) => marshalJSON(v, { escapeHTML: false });
const pretty = (v: GoValue) => marshalJSON(v, { indent: '  ' });

export const funcs: FuncMap = {
  toJson: { params: ['any'], fn: (v: GoValue) => swallow(() => marshalJSON(v)) },
  mustToJson: { params: ['any'], fn: (v: GoValue) => must(() => marshalJSON(v)) },
  fromJson: { params: ['string'], fn: fromJson },
  fromJsonArray: { params: ['string'], fn: fromJsonArray },
  toPrettyJson: { params: ['any'], fn: (v: GoValue) => swallow(() => pretty(v)) },
  mustToPrettyJson: { params: ['any'], fn: (v: GoValue) => must(() => pretty(v)) },
  // Sprig's toRawJson panics where toJson would return "".
  toRawJson: { params: ['any'], fn: (v: GoValue) => must(() => raw(v)) },
  mustToRawJson: { params: ['any'], fn: (v: GoValue) => must(() => raw(v)) },
};
