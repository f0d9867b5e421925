// go-yaml's implicit typing of plain scalars (resolve.go) and the Go strconv/time parsing
// it relies on. YAML 1.1 as go-yaml v2 reads it: y/yes/on/off… are booleans, 0755 is
// octal, 1_000 an int, 2024-01-01 a timestamp (that decodes back to its string), and
// anything ParseInt, ParseUint or ParseFloat rejects stays a string.
//
// The emitters use the same function to decide whether a string needs quotes: a string
// that would read back as something else is quoted.

export type Resolved =
  | { tag: 'null' }
  | { tag: 'bool'; value: boolean }
  | { tag: 'int'; value: bigint } // fits int64
  | { tag: 'uint'; value: bigint } // fits uint64 only
  | { tag: 'bigint'; value: bigint } // go-yaml v3 only: beyond 64 bits
  | { tag: 'float'; value: number }
  | { tag: 'timestamp'; value: string }
  | { tag: 'merge' }
  | { tag: 'str'; value: string };

const BOOL_TRUE = ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'];
const BOOL_FALSE = ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'];
const V3_TRUE = ['true', 'True', 'TRUE'];
const V3_FALSE = ['false', 'False', 'FALSE'];
const NULLS = ['', '~', 'null', 'Null', 'NULL'];

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** The hint table: which first characters can start a non-string. */
function hint(c: string | undefined): 'S' | 'D' | 'M' | '.' | 'N' | null {
  if (c === undefined) return 'N';
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return null;
}

/**
 * resolve("", s) for a plain scalar. `v3` selects go-yaml v3's table (only true/false are
 * booleans; integers beyond 64 bits become big ints), used by toYamlPretty.
 */
export function resolvePlain(s: string, v3 = false): Resolved {
  const h = hint(s[0]);
  if (h === null) return { tag: 'str', value: s };
  if ((v3 ? V3_TRUE : BOOL_TRUE).includes(s)) return { tag: 'bool', value: true };
  if ((v3 ? V3_FALSE : BOOL_FALSE).includes(s)) return { tag: 'bool', value: false };
  if (NULLS.includes(s)) return { tag: 'null' };
  switch (s) {
    case '.nan':
    case '.NaN':
    case '.NAN':
      return { tag: 'float', value: NaN };
    case '.inf':
    case '.Inf':
    case '.INF':
    case '+.inf':
    case '+.Inf':
    case '+.INF':
      return { tag: 'float', value: Infinity };
    case '-.inf':
    case '-.Inf':
    case '-.INF':
      return { tag: 'float', value: -Infinity };
    case '<<':
      return { tag: 'merge' };
  }
  if (h === '.') {
    const f = parseGoFloat(s);
    if (typeof f === 'number') return { tag: 'float', value: f };
    return { tag: 'str', value: s };
  }
  if (h === 'D' || h === 'S') {
    if (isTimestamp(s)) return { tag: 'timestamp', value: s };
    const plain = s.replace(/_/g, '');
    const i = parseGoInt(plain, 0, true);
    if (typeof i === 'bigint') return { tag: 'int', value: i };
    const u = parseGoInt(plain, 0, false);
    if (typeof u === 'bigint') return { tag: 'uint', value: u };
    if (yamlStyleFloat.test(plain)) {
      const f = parseGoFloat(plain);
      if (typeof f === 'number') return { tag: 'float', value: f };
    }
    if (plain.startsWith('0b')) {
      const b = parseGoInt(plain.slice(2), 2, true);
      if (typeof b === 'bigint') return { tag: 'int', value: b };
      const ub = parseGoInt(plain.slice(2), 2, false);
      if (typeof ub === 'bigint') return { tag: 'uint', value: ub };
    } else if (plain.startsWith('-0b')) {
      const b = parseGoInt('-' + plain.slice(3), 2, true);
      if (typeof b === 'bigint') return { tag: 'int', value: b };
    }
    if (v3) {
      if (plain.startsWith('0o')) {
        const o = parseGoInt(plain.slice(2), 8, true);
        if (typeof o === 'bigint') return { tag: 'int', value: o };
      } else if (plain.startsWith('-0o')) {
        const o = parseGoInt('-' + plain.slice(3), 8, true);
        if (typeof o === 'bigint') return { tag: 'int', value: o };
      }
      // A syntactically good integer that only overflows becomes a big.Int.
      if (u === 'range') {
        const big = parseBigInt(plain);
        if (big !== null) return { tag: 'bigint', value: big };
      }
    }
  }
  return { tag: 'str', value: s };
}

/** isBase60Float: sexagesimal numbers are quoted on output for YAML 1.1 readers. */
export function isBase60Float(s: string): boolean {
  if (s === '') return false;
  const c = s[0];
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return false;
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}

// ---------------------------------------------------------------------------------
// strconv

/**
 * strconv.ParseInt/ParseUint(s, base, 64): the value, 'range' when it only overflows, or
 * null for a syntax error. Base 0 reads Go's prefixes (0x, 0o, 0b, and 0 for octal).
 */
export function parseGoInt(s: string, base: number, signed: boolean): bigint | 'range' | null {
  if (s === '') return null;
  let neg = false;
  let i = 0;
  if (signed && (s[0] === '+' || s[0] === '-')) {
    neg = s[0] === '-';
    i = 1;
  }
  let b = base;
  if (b === 0) {
    b = 10;
    if (s[i] === '0') {
      const p = s[i + 1];
      if (p === 'x' || p === 'X') {
        b = 16;
        i += 2;
      } else if (p === 'o' || p === 'O') {
        b = 8;
        i += 2;
      } else if (p === 'b' || p === 'B') {
        b = 2;
        i += 2;
      } else {
        b = 8;
        i += 1;
        if (i === s.length) return 0n; // "0" itself
      }
    }
  }
  if (i === s.length) return null;
  let n = 0n;
  const bb = BigInt(b);
  for (; i < s.length; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d < 0 || d >= b) return null;
    n = n * bb + BigInt(d);
  }
  if (neg) n = -n;
  if (signed ? n < INT64_MIN || n > INT64_MAX : n > UINT64_MAX) return 'range';
  return n;
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  return -1;
}

/** big.Int.SetString(s, 0) for decimal/prefixed integers. */
function parseBigInt(s: string): bigint | null {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)$/.exec(s);
  if (!m) return null;
  let body = m[2];
  if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
  else if (/^0[oO]/.test(body)) body = '0o' + body.slice(2);
  const v = BigInt(body);
  return m[1] === '-' ? -v : v;
}

/**
 * strconv.ParseFloat(s, 64) for decimal input: the number, 'range' on overflow, or null.
 * Underscores are allowed only between digits, as Go's underscoreOK checks.
 */
export function parseGoFloat(s: string): number | 'range' | null {
  const m = /^([-+]?)(.*)$/.exec(s)!;
  const body = m[2].toLowerCase();
  if (body === 'inf' || body === 'infinity') return m[1] === '-' ? -Infinity : Infinity;
  if (body === 'nan') return NaN;
  if (!/^(?:[0-9_]+\.?[0-9_]*|\.[0-9_]+)(?:[eE][-+]?[0-9_]+)?$/.test(m[2])) return null;
  let text = s;
  if (s.includes('_')) {
    if (!underscoreOK(s)) return null;
    text = s.replace(/_/g, '');
  }
  if (!/[0-9]/.test(text.split(/[eE]/)[0])) return null;
  const f = Number(text);
  if (Number.isNaN(f)) return null;
  if (!Number.isFinite(f)) return 'range';
  return f;
}

function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s[0] === '-' || s[0] === '+') s = s.slice(1);
  for (; i < s.length; i++) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** strconv.FormatFloat(f, 'g', -1, bits): shortest digits, %e below 1e-4 and from 1e6 on. */
export function formatGoFloat(f: number, bits: 32 | 64 = 64): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  let digits: string;
  let exp: number; // decimal exponent of the first digit
  if (bits === 32) {
    const x = Math.fround(f);
    let p = 1;
    for (; p < 17; p++) {
      if (Math.fround(Number(x.toPrecision(p))) === x) break;
    }
    [digits, exp] = splitExp(Math.abs(x).toExponential(p - 1));
  } else {
    [digits, exp] = splitExp(Math.abs(f).toExponential());
  }
  const neg = f < 0 ? '-' : '';
  // With the shortest precision Go uses %e when exp < -4 || exp >= 6.
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const a = Math.abs(exp);
    return `${neg}${mant}e${exp < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
  }
  if (exp < 0) return neg + '0.' + '0'.repeat(-exp - 1) + digits;
  if (exp + 1 >= digits.length) return neg + digits + '0'.repeat(exp + 1 - digits.length);
  return neg + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}

function splitExp(e: string): [string, number] {
  const [m, x] = e.split('e');
  return [m.replace('.', ''), Number(x)];
}

// ---------------------------------------------------------------------------------
// Timestamps: go-yaml tries four time.Parse layouts on values that start with YYYY-.

/** Whether go-yaml's parseTimestamp accepts s. */
export function isTimestamp(s: string): boolean {
  let i = 0;
  while (i < s.length && s[i] >= '0' && s[i] <= '9') i++;
  if (i !== 4 || i === s.length || s[i] !== '-') return false;
  return (
    parseLayout(s, 'T', true) || parseLayout(s, 't', true) || parseLayout(s, ' ', false) || parseLayout(s, null, false)
  );
}

/** getnum(s, false): one or two digits. */
function getnum(s: string, at: number): [number, number] | null {
  const d0 = s.charCodeAt(at) - 48;
  if (!(d0 >= 0 && d0 <= 9)) return null;
  const d1 = s.charCodeAt(at + 1) - 48;
  if (!(d1 >= 0 && d1 <= 9)) return [d0, at + 1];
  return [d0 * 10 + d1, at + 2];
}

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * "2006-1-2" + (sep "15:4:5.999999999" + ("Z07:00" if zone))? as time.Parse reads it.
 * sep null means the date-only layout.
 */
function parseLayout(s: string, sep: string | null, zone: boolean): boolean {
  const year = Number(s.slice(0, 4));
  let p = 5;
  const mo = getnum(s, p);
  if (!mo) return false;
  const month = mo[0];
  p = mo[1];
  if (month <= 0 || month > 12) return false;
  if (s[p] !== '-') return false;
  const dd = getnum(s, p + 1);
  if (!dd) return false;
  const day = dd[0];
  p = dd[1];
  if (sep !== null) {
    if (s[p] !== sep) return false;
    const h = getnum(s, p + 1);
    if (!h || h[0] >= 24) return false;
    p = h[1];
    if (s[p] !== ':') return false;
    const mi = getnum(s, p + 1);
    if (!mi || mi[0] >= 60) return false;
    p = mi[1];
    if (s[p] !== ':') return false;
    const se = getnum(s, p + 1);
    if (!se || se[0] >= 60) return false;
    p = se[1];
    // Optional fraction: a period or comma and any number of digits.
    if ((s[p] === '.' || s[p] === ',') && s[p + 1] >= '0' && s[p + 1] <= '9') {
      p += 1;
      while (s[p] >= '0' && s[p] <= '9') p++;
    }
    if (zone) {
      if (s[p] === 'Z') {
        p++;
      } else {
        if (s.length - p < 6 || s[p + 3] !== ':') return false;
        const sign = s[p];
        if (!/^[0-9]{2}$/.test(s.slice(p + 1, p + 3)) || !/^[0-9]{2}$/.test(s.slice(p + 4, p + 6))) return false;
        if (Number(s.slice(p + 1, p + 3)) > 24 || Number(s.slice(p + 4, p + 6)) > 60) return false;
        if (sign !== '+' && sign !== '-') return false;
        p += 6;
      }
    }
  }
  if (p !== s.length) return false;
  return day >= 1 && day <= daysIn(month, year);
}
