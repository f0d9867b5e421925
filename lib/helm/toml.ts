// Helm's toToml and fromToml, built on BurntSushi/toml.
//
// toToml is toml.NewEncoder(buf).Encode(v): keys sorted by bytes, plain values before
// tables, a blank line before every top-level table and array of tables, two-space
// indentation per level, every float64 with a decimal point (8080 → 8080.0, 1e6 → 1e+06),
// nil map values skipped, and any nil inside an array an error. On error toToml returns
// the error text itself ("toml: cannot encode array with nil element").
//
// fromToml decodes into map[string]interface{}: integers are int64 (bigint), floats
// float64, arrays of tables lists of maps; a parse error goes into the "Error" key.
import {
  type FuncMap,
  type GoMap,
  type GoValue,
  FuncError,
  int64,
  GoFuncValue,
  GoStruct,
  Int64,
  compareGoStrings,
  isMap,
  newMap,
} from '../gotemplate/value';
import { exportedFields } from './json';
import { formatGoFloat } from './yaml-resolve';

/** An encPanic: returned by toToml as its text. */
class TomlEncodeError extends Error {}

const errArrayNilElement = 'toml: cannot encode array with nil element';
const errNoKey = 'toml: top-level values must be Go maps or structs';

type TomlType = 'bool' | 'int' | 'float' | 'string' | 'array' | 'hash' | 'arrayHash' | 'datetime' | null;

function isTable(t: TomlType): boolean {
  return t === 'hash' || t === 'arrayHash';
}

function isTimeStruct(v: GoValue): boolean {
  return v instanceof GoStruct && v.typeName === 'time.Time';
}

/** tomlTypeOfGo: the TOML type a value encodes as (null for nil). */
function tomlTypeOf(v: GoValue): TomlType {
  if (v === null || v === undefined) return null;
  if (v instanceof Int64) return 'int';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'string';
  }
  if (Array.isArray(v) || v instanceof Uint8Array) return isTableArray(v) ? 'arrayHash' : 'array';
  if (isTimeStruct(v)) return 'datetime';
  if (v instanceof GoFuncValue) throw new TomlEncodeError('unsupported type: func');
  return 'hash';
}

/** isTableArray: a non-empty array of tables only; a nil element anywhere is an error. */
function isTableArray(a: GoValue[] | Uint8Array): boolean {
  if (a.length === 0) return false;
  let ret = true;
  for (const x of Array.from(a as ArrayLike<GoValue>)) {
    const t = tomlTypeOf(x);
    if (t === null) throw new TomlEncodeError(errArrayNilElement);
    if (ret && t !== 'hash') ret = false;
  }
  return ret;
}

const BARE = /^[A-Za-z0-9_-]+$/;

/** dblQuotedReplacer: TOML basic-string escapes. */
function tomlEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\r':
        out += '\\r';
        continue;
    }
    if (c < 0x20 || c === 0x7f) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out;
}

function maybeQuoted(k: string): string {
  if (k === '') return '""';
  return BARE.test(k) ? k : '"' + tomlEscape(k) + '"';
}

class Encoder {
  private out = '';
  private hasWritten = false;

  text(): string {
    return this.out;
  }

  private wf(s: string): void {
    this.out += s;
    this.hasWritten = true;
  }

  private newline(): void {
    if (this.hasWritten) this.wf('\n');
  }

  private indentStr(key: string[]): string {
    return '  '.repeat(Math.max(key.length - 1, 0));
  }

  encode(key: string[], v: GoValue): void {
    if (v === null || v === undefined) {
      // A nil at the top has no reflect type at all.
      if (key.length === 0) throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
      return;
    }
    if (isTimeStruct(v) || v instanceof Int64) return this.writeKeyValue(key, v, false);
    switch (typeof v) {
      case 'boolean':
      case 'bigint':
      case 'number':
      case 'string':
        return this.writeKeyValue(key, v, false);
    }
    if (Array.isArray(v) || v instanceof Uint8Array) {
      if (tomlTypeOf(v) === 'arrayHash') return this.eArrayOfTables(key, v as GoValue[]);
      return this.writeKeyValue(key, v, false);
    }
    if (v instanceof GoFuncValue) throw new TomlEncodeError(`unsupported type for key '${key.join('.')}': func`);
    this.eTable(key, v);
  }

  private writeKeyValue(key: string[], v: GoValue, inline: boolean): void {
    // A value on its own at the top is written bare.
    if (key.length === 0) return this.eElement(v);
    this.wf(this.indentStr(key) + maybeQuoted(key[key.length - 1]) + ' = ');
    this.eElement(v);
    if (!inline) this.newline();
  }

  private eArrayOfTables(key: string[], a: GoValue[]): void {
    if (key.length === 0) throw new TomlEncodeError(errNoKey);
    for (const t of a) {
      if (t === null || t === undefined) continue;
      this.newline();
      this.wf(`${this.indentStr(key)}[[${key.map(maybeQuoted).join('.')}]]`);
      this.newline();
      this.eMapOrStruct(key, t, false);
    }
  }

  private eTable(key: string[], v: GoValue): void {
    if (key.length === 1) this.newline();
    if (key.length > 0) {
      this.wf(`${this.indentStr(key)}[${key.map(maybeQuoted).join('.')}]`);
      this.newline();
    }
    this.eMapOrStruct(key, v, false);
  }

  private eMapOrStruct(key: string[], v: GoValue, inline: boolean): void {
    const entries: [string, GoValue][] =
      v instanceof GoStruct ? exportedFields(v).map((k) => [k, v.fields[k]]) : Object.keys(v as GoMap).sort(compareGoStrings).map((k) => [k, (v as GoMap)[k]]);
    // Plain values first, then tables: keys written after a table header belong to it.
    const direct: [string, GoValue][] = [];
    const sub: [string, GoValue][] = [];
    for (const e of entries) (isTable(tomlTypeOf(e[1])) ? sub : direct).push(e);
    const write = (list: [string, GoValue][], trailComma: boolean) => {
      list.forEach(([k, x], i) => {
        if (x === null || x === undefined) return;
        if (inline) {
          this.writeKeyValue([k], x, true);
          if (trailComma || i !== list.length - 1) this.wf(', ');
        } else {
          this.encode([...key, k], x);
        }
      });
    };
    if (inline) this.wf('{');
    write(direct, sub.length > 0);
    write(sub, false);
    if (inline) this.wf('}');
  }

  private eElement(v: GoValue): void {
    if (isTimeStruct(v)) {
      this.wf((v as GoStruct).str?.() ?? '');
      return;
    }
    if (v === null || v === undefined) throw new TomlEncodeError(errArrayNilElement);
    if (v instanceof Int64) return this.wf(v.v.toString());
    switch (typeof v) {
      case 'boolean':
        return this.wf(v ? 'true' : 'false');
      case 'string':
        return this.wf('"' + tomlEscape(v) + '"');
      case 'bigint':
        return this.wf(v.toString());
      case 'number':
        return this.wf(tomlFloat(v));
    }
    if (Array.isArray(v) || v instanceof Uint8Array) {
      this.wf('[');
      const xs = Array.from(v as ArrayLike<GoValue>, (x) => (v instanceof Uint8Array ? BigInt(x as number) : x));
      xs.forEach((x, i) => {
        this.eElement(x);
        if (i !== xs.length - 1) this.wf(', ');
      });
      this.wf(']');
      return;
    }
    if (v instanceof GoFuncValue) throw new TomlEncodeError('unexpected primitive type: func()');
    this.eMapOrStruct([], v, true);
  }
}

/** A float64 as TOML: %g, with ".0" added to whole numbers; nan and ±inf by name. */
function tomlFloat(f: number): string {
  if (Number.isNaN(f)) return 'nan';
  if (!Number.isFinite(f)) return f < 0 ? '-inf' : 'inf';
  const s = formatGoFloat(f);
  return s.includes('.') || s.includes('e') ? s : s + '.0';
}

/** Helm's toToml: the encoded document, or the error text. */
export function toToml(v: GoValue): string {
  const e = new Encoder();
  try {
    e.encode([], v);
  } catch (err) {
    if (err instanceof TomlEncodeError) return err.message;
    throw err;
  }
  return e.text();
}

// ---------------------------------------------------------------------------------
// fromToml: a TOML 1.0 reader producing what BurntSushi/toml decodes into interface{}.

class TomlParseError extends Error {}

/** Helm's fromToml: a parse error goes into the map's "Error" key. */
export function fromToml(s: string): GoMap {
  try {
    return new TomlParser(s).parse();
  } catch (e) {
    if (!(e instanceof TomlParseError)) throw e;
    const m = newMap();
    m.Error = e.message;
    return m;
  }
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

class TomlParser {
  private pos = 0;
  private line = 1;
  private lastKey = '';
  private readonly root = newMap();
  private current: GoMap = this.root;
  /** tables and keys already defined, by dotted path, to report redefinitions */
  private defined = new Set<string>();
  private implicitTables = new Set<string>();

  constructor(private readonly s: string) {}

  private fail(msg: string): never {
    const where = this.lastKey ? `line ${this.line} (last key ${JSON.stringify(this.lastKey)})` : `line ${this.line}`;
    throw new TomlParseError(`toml: ${where}: ${msg}`);
  }

  private peek(k = 0): string {
    return this.s[this.pos + k] ?? '';
  }

  private eof(): boolean {
    return this.pos >= this.s.length;
  }

  private skipWs(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  private skipComment(): void {
    if (this.peek() === '#') while (!this.eof() && this.peek() !== '\n') this.pos++;
  }

  private newline(): void {
    if (this.peek() === '\r' && this.peek(1) === '\n') this.pos++;
    if (this.peek() === '\n') {
      this.pos++;
      this.line++;
    }
  }

  private skipBlank(): void {
    for (;;) {
      this.skipWs();
      this.skipComment();
      if (this.peek() === '\n' || (this.peek() === '\r' && this.peek(1) === '\n')) this.newline();
      else return;
    }
  }

  parse(): GoMap {
    for (;;) {
      this.skipBlank();
      if (this.eof()) return this.root;
      if (this.peek() === '[') {
        if (this.peek(1) === '[') this.arrayTable();
        else this.table();
      } else {
        this.keyValue(this.current, '');
      }
      this.skipWs();
      this.skipComment();
      if (!this.eof() && this.peek() !== '\n' && !(this.peek() === '\r' && this.peek(1) === '\n')) {
        this.fail(`expected a top-level item to end with a newline, comment, or EOF, but got ${goRune(this.peek())} instead`);
      }
    }
  }

  private key(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipWs();
      const c = this.peek();
      if (c === '"') parts.push(this.basicString());
      else if (c === "'") parts.push(this.literalString());
      else {
        const start = this.pos;
        while (/[A-Za-z0-9_-]/.test(this.peek())) this.pos++;
        if (start === this.pos) {
          if (this.eof()) this.fail("unexpected EOF; expected key separator '='");
          this.fail(`bare keys cannot contain ${goRune(this.peek())}`);
        }
        parts.push(this.s.slice(start, this.pos));
      }
      this.skipWs();
      if (this.peek() !== '.') return parts;
      this.pos++;
    }
  }

  private table(): void {
    this.pos++;
    const key = this.key();
    if (this.peek() !== ']') {
      // The lexer has consumed the offending rune, so a newline counts as the next line.
      if (this.peek() === '\n') this.line++;
      this.fail(`expected '.' or ']' to end table name, but got ${goRune(this.peek())} instead`);
    }
    this.pos++;
    const path = key.join('.');
    if (this.defined.has(path) && !this.implicitTables.has(path)) this.fail(`Key '${path}' has already been defined.`);
    this.defined.add(path);
    this.implicitTables.delete(path);
    this.current = this.descend(this.root, key, true);
    this.lastKey = path;
  }

  private arrayTable(): void {
    this.pos += 2;
    const key = this.key();
    if (this.peek() !== ']' || this.peek(1) !== ']') {
      this.fail(`expected '.' or ']]' to end table array name, but got ${goRune(this.peek())} instead`);
    }
    this.pos += 2;
    const parent = this.descend(this.root, key.slice(0, -1), true);
    const last = key[key.length - 1];
    let arr = parent[last];
    if (arr === undefined) {
      arr = [];
      parent[last] = arr;
    } else if (!Array.isArray(arr)) {
      this.fail(`Key '${key.join('.')}' was already created and cannot be used as an array.`);
    }
    const t = newMap();
    (arr as GoValue[]).push(t);
    this.current = t;
    this.lastKey = key.join('.');
  }

  /** Walks (creating) the tables of a dotted key; the last element of a table array counts. */
  private descend(from: GoMap, key: string[], implicit: boolean): GoMap {
    let m = from;
    let path = '';
    for (const k of key) {
      path = path ? path + '.' + k : k;
      let next = m[k];
      if (next === undefined) {
        next = newMap();
        m[k] = next;
        if (implicit) this.implicitTables.add(path);
      }
      if (Array.isArray(next)) next = next[next.length - 1];
      if (!isMap(next)) this.fail(`Key '${path}' was already created as a hash.`);
      m = next;
    }
    return m;
  }

  private keyValue(into: GoMap, prefix: string): void {
    const key = this.key();
    if (this.peek() !== '=') {
      if (this.eof()) this.fail("unexpected EOF; expected key separator '='");
      this.fail(`expected key separator '=', but got ${goRune(this.peek())} instead`);
    }
    // The parser learns the key once its '=' has been read.
    this.lastKey = (prefix ? prefix + '.' : '') + key.join('.');
    this.pos++;
    this.skipWs();
    const value = this.value();
    const table = this.descend(into, key.slice(0, -1), false);
    const last = key[key.length - 1];
    if (last in table) this.fail(`Key '${this.lastKey}' has already been defined.`);
    table[last] = value;
  }

  private value(): GoValue {
    const c = this.peek();
    if (c === '"') {
      if (this.s.startsWith('"""', this.pos)) return this.multilineBasic();
      return this.basicString();
    }
    if (c === "'") {
      if (this.s.startsWith("'''", this.pos)) return this.multilineLiteral();
      return this.literalString();
    }
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    if (this.s.startsWith('true', this.pos) && !/[A-Za-z0-9_]/.test(this.peek(4))) {
      this.pos += 4;
      return true;
    }
    if (this.s.startsWith('false', this.pos) && !/[A-Za-z0-9_]/.test(this.peek(5))) {
      this.pos += 5;
      return false;
    }
    const m = /^[-+0-9A-Za-z_.:]+(?: [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:[0-9]{2})?)?/.exec(this.s.slice(this.pos));
    if (!m || m[0] === '') {
      if (this.eof()) this.fail('unexpected EOF; expected value');
      this.fail(`expected value but found ${goRune(c)} instead`);
    }
    this.pos += m[0].length;
    return this.scalar(m[0]);
  }

  private scalar(t: string): GoValue {
    if (/^[+-]?(inf|nan)$/.test(t)) return t.endsWith('nan') ? NaN : t.startsWith('-') ? -Infinity : Infinity;
    if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ]|$)|^[0-9]{2}:[0-9]{2}/.test(t)) return tomlDatetime(t);
    const int = /^[+-]?(0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[0-9_]+)$/.exec(t);
    if (int) {
      const body = t.replace(/^[+-]/, '');
      if (/^0[0-9_]/.test(body)) this.fail(`Invalid integer ${JSON.stringify(t)}: cannot have leading zeroes`);
      if (/__|^_|_$|^[+-]?0[xob]_/.test(body)) this.fail(`Invalid integer ${JSON.stringify(t)}: underscores must be surrounded by digits`);
      let n = BigInt(body.replace(/_/g, ''));
      if (t.startsWith('-')) n = -n;
      if (n < INT64_MIN || n > INT64_MAX) this.fail(`${t} is out of range for int64`);
      return int64(n);
    }
    if (/^[+-]?[0-9_]+(\.[0-9_]+)?([eE][+-]?[0-9_]+)?$/.test(t) && /[.eE]/.test(t)) {
      const f = Number(t.replace(/_/g, ''));
      if (!Number.isFinite(f)) this.fail(`${t} is out of range for float64`);
      return f;
    }
    this.fail(`expected value but found ${goRune(t[0])} instead`);
  }

  private basicString(): string {
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.peek();
      if (this.eof()) this.fail('unexpected EOF; expected \'"\'');
      if (c === '\n' || c === '\r') this.fail('strings cannot contain newlines');
      this.pos++;
      if (c === '"') return out;
      if (c === '\\') out += this.escape();
      else out += c;
    }
  }

  private escape(): string {
    const e = this.peek();
    this.pos++;
    switch (e) {
      case 'b':
        return '\b';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        const n = e === 'u' ? 4 : 8;
        const hex = this.s.slice(this.pos, this.pos + n);
        if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(hex)) this.fail(`invalid escape sequence: \\${e}${hex}`);
        this.pos += n;
        return String.fromCodePoint(parseInt(hex, 16));
      }
    }
    this.fail(`invalid escape character ${goRune(e)}; only the following escape characters are allowed: \\b, \\t, \\n, \\f, \\r, \\", \\\\, \\uXXXX, and \\UXXXXXXXX`);
  }

  private literalString(): string {
    this.pos++;
    const start = this.pos;
    for (;;) {
      if (this.eof()) this.fail("unexpected EOF; expected \"'\"");
      const c = this.peek();
      if (c === '\n') this.fail('strings cannot contain newlines');
      if (c === "'") break;
      this.pos++;
    }
    const out = this.s.slice(start, this.pos);
    this.pos++;
    return out;
  }

  private multilineBasic(): string {
    this.pos += 3;
    if (this.peek() === '\n') this.newline();
    else if (this.peek() === '\r' && this.peek(1) === '\n') this.newline();
    let out = '';
    for (;;) {
      if (this.eof()) this.fail('unexpected EOF; expected \'"""\'');
      if (this.s.startsWith('"""', this.pos) && this.peek(3) !== '"') {
        this.pos += 3;
        return out;
      }
      const c = this.peek();
      if (c === '\\') {
        this.pos++;
        if (/[ \t\r\n]/.test(this.peek())) {
          // A line-ending backslash trims the following white space.
          while (/[ \t\r\n]/.test(this.peek())) {
            if (this.peek() === '\n') this.line++;
            this.pos++;
          }
          continue;
        }
        out += this.escape();
        continue;
      }
      if (c === '\n') this.line++;
      out += c;
      this.pos++;
    }
  }

  private multilineLiteral(): string {
    this.pos += 3;
    if (this.peek() === '\n') this.newline();
    const start = this.pos;
    for (;;) {
      if (this.eof()) this.fail("unexpected EOF; expected \"'''\"");
      if (this.s.startsWith("'''", this.pos) && this.peek(3) !== "'") break;
      if (this.peek() === '\n') this.line++;
      this.pos++;
    }
    const out = this.s.slice(start, this.pos);
    this.pos += 3;
    return out;
  }

  private array(): GoValue[] {
    this.pos++;
    const out: GoValue[] = [];
    for (;;) {
      this.skipBlank();
      if (this.peek() === ']') {
        this.pos++;
        return out;
      }
      out.push(this.value());
      this.skipBlank();
      if (this.peek() === ',') {
        this.pos++;
        continue;
      }
      if (this.peek() === ']') {
        this.pos++;
        return out;
      }
      if (this.eof()) this.fail('unexpected EOF; expected array separator');
      this.fail(`expected a comma (',') or array terminator (']'), but got ${goRune(this.peek())}`);
    }
  }

  private inlineTable(): GoMap {
    this.pos++;
    const m = newMap();
    this.skipWs();
    if (this.peek() === '}') {
      this.pos++;
      return m;
    }
    const outerKey = this.lastKey;
    for (;;) {
      this.skipWs();
      this.keyValue(m, outerKey);
      this.skipWs();
      if (this.peek() === ',') {
        this.pos++;
        continue;
      }
      if (this.peek() === '}') {
        this.pos++;
        this.lastKey = outerKey;
        return m;
      }
      this.fail(`expected a comma or an inline table terminator '}', but got ${goRune(this.peek())} instead`);
    }
  }
}

/** %q of one rune (BurntSushi's lexer messages). */
function goRune(c: string): string {
  if (c === '') return 'EOF';
  switch (c) {
    case '\n':
      return "'\\n'";
    case '\r':
      return "'\\r'";
    case '\t':
      return "'\\t'";
    case "'":
      return "'\\''";
    case '\\':
      return "'\\\\'";
  }
  return `'${c}'`;
}

/** A TOML date/time as the time.Time struct BurntSushi decodes it to. */
function tomlDatetime(t: string): GoValue {
  const iso = t.replace(' ', 'T');
  const str = () => {
    // time.Time's String(): "2006-01-02 15:04:05.999999999 -0700 MST".
    const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(iso);
    if (!m) return t;
    const [, date, time = '00:00:00', frac = '', zone] = m;
    const hms = time.length === 5 ? time + ':00' : time;
    const z = !zone || zone === 'Z' ? '+0000 UTC' : `${zone.replace(':', '')} ${zone.replace(':', '')}`;
    return `${date} ${hms}${frac.replace(/0+$/, '') === '.' ? '' : frac.replace(/0+$/, '')} ${z}`;
  };
  return new GoStruct('time.Time', {}, { MarshalJSON: { params: [], fn: () => JSON.stringify(iso) } }, str);
}

export const funcs: FuncMap = {
  toToml: { params: ['any'], fn: toToml },
  fromToml: { params: ['string'], fn: fromToml },
};
