// Go's strconv number parsing (ParseInt, Atoi, ParseFloat), which spf13/cast and Sprig's
// conversion functions sit on. Each returns the value Go returns *and* whether Go
// reported an error, because callers differ: cast turns any error into 0, Atoi's
// caller keeps the clamped value of a range error.

export type NumErr = null | 'syntax' | 'range';

export interface IntResult {
  value: bigint;
  err: NumErr;
}

/** Go's lower(c) = c | ('x' - 'X'): ASCII letters only. */
function lower(c: string): string {
  return c >= 'A' && c <= 'Z' ? String.fromCharCode(c.charCodeAt(0) + 32) : c;
}

/** strconv.underscoreOK: underscores only between digits (or after a base prefix). */
export function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(lower(s[1]))) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
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

/** strconv.ParseUint(s, base, 64); base 0 reads 0b/0o/0x/0 prefixes and underscores. */
export function parseUint(s: string, base: number): IntResult {
  if (s === '') return { value: 0n, err: 'syntax' };
  const base0 = base === 0;
  const s0 = s;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const p = s.length >= 3 ? lower(s[1]) : '';
      if (p === 'b') [base, s] = [2, s.slice(2)];
      else if (p === 'o') [base, s] = [8, s.slice(2)];
      else if (p === 'x') [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  }
  const maxVal = (1n << 64n) - 1n;
  const b = BigInt(base);
  let underscores = false;
  let n = 0n;
  for (const c of s) {
    let d: number;
    if (c === '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') d = c.charCodeAt(0) - 48;
    else if (lower(c) >= 'a' && lower(c) <= 'z') d = lower(c).charCodeAt(0) - 87;
    else return { value: 0n, err: 'syntax' };
    if (d >= base) return { value: 0n, err: 'syntax' };
    // Go stops at the first overflow, before it would see a later bad digit.
    n = n * b + BigInt(d);
    if (n > maxVal) return { value: maxVal, err: 'range' };
  }
  if (underscores && !underscoreOK(s0)) return { value: 0n, err: 'syntax' };
  return { value: n, err: null };
}

/** strconv.ParseInt(s, base, 64): clamped to int64 with a range error. */
export function parseInt64(s: string, base: number): IntResult {
  if (s === '') return { value: 0n, err: 'syntax' };
  let neg = false;
  let t = s;
  if (t[0] === '+') t = t.slice(1);
  else if (t[0] === '-') {
    neg = true;
    t = t.slice(1);
  }
  const u = parseUint(t, base);
  if (u.err === 'syntax') return { value: 0n, err: 'syntax' };
  const cutoff = 1n << 63n;
  if (!neg && u.value >= cutoff) return { value: cutoff - 1n, err: 'range' };
  if (neg && u.value > cutoff) return { value: -cutoff, err: 'range' };
  return { value: neg ? -u.value : u.value, err: null };
}

/** strconv.Atoi on a 64-bit platform. */
export function atoi(s: string): IntResult {
  return parseInt64(s, 10);
}

export interface FloatResult {
  value: number;
  err: NumErr;
}

/** strconv.ParseFloat(s, 64). */
export function parseFloat64(s: string): FloatResult {
  const sp = special(s);
  if (sp) return sp.n === s.length ? { value: sp.value, err: null } : { value: 0, err: 'syntax' };
  const r = readFloat(s);
  if (!r || r.end !== s.length) return { value: 0, err: 'syntax' };
  const value = r.hex ? hexToFloat(r) : decimalToFloat(r);
  if (!Number.isFinite(value)) return { value, err: 'range' };
  return { value, err: null };
}

function special(s: string): { value: number; n: number } | null {
  if (s === '') return null;
  let sign = 1;
  let nsign = 0;
  let t = s;
  if (t[0] === '+' || t[0] === '-') {
    if (t[0] === '-') sign = -1;
    nsign = 1;
    t = t.slice(1);
  } else if (t[0] === 'n' || t[0] === 'N') {
    return t.slice(0, 3).toLowerCase() === 'nan' ? { value: NaN, n: 3 } : null;
  } else if (t[0] !== 'i' && t[0] !== 'I') return null;
  let n = commonPrefixLenIgnoreCase(t, 'infinity');
  if (n > 3 && n < 8) n = 3;
  if (n === 3 || n === 8) return { value: sign * Infinity, n: nsign + n };
  return null;
}

function commonPrefixLenIgnoreCase(s: string, prefix: string): number {
  let i = 0;
  while (i < s.length && i < prefix.length && s[i].toLowerCase() === prefix[i]) i++;
  return i;
}

interface ReadFloat {
  neg: boolean;
  hex: boolean;
  /** every mantissa digit, without the point or underscores */
  digits: string;
  /** digits after the point */
  frac: number;
  /** the exponent (decimal for e, binary for p) */
  exp: number;
  end: number;
}

/** strconv.readFloat's syntax: sign, digits with one optional point, exponent; 0x needs p. */
function readFloat(s: string): ReadFloat | null {
  let i = 0;
  let underscores = false;
  let neg = false;
  if (i >= s.length) return null;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    neg = true;
    i++;
  }
  let hex = false;
  let expChar = 'e';
  if (i + 2 < s.length && s[i] === '0' && lower(s[i + 1]) === 'x') {
    hex = true;
    expChar = 'p';
    i += 2;
  }
  let sawdot = false;
  let sawdigits = false;
  let digits = '';
  let frac = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '_') {
      underscores = true;
      continue;
    }
    if (c === '.') {
      if (sawdot) break;
      sawdot = true;
      continue;
    }
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      sawdigits = true;
      digits += c;
      if (sawdot) frac++;
      continue;
    }
    break;
  }
  if (!sawdigits) return null;
  let exp = 0;
  if (i < s.length && lower(s[i]) === expChar) {
    i++;
    if (i >= s.length) return null;
    let esign = 1;
    if (s[i] === '+') i++;
    else if (s[i] === '-') {
      i++;
      esign = -1;
    }
    if (i >= s.length || s[i] < '0' || s[i] > '9') return null;
    let e = 0;
    for (; i < s.length && ((s[i] >= '0' && s[i] <= '9') || s[i] === '_'); i++) {
      if (s[i] === '_') {
        underscores = true;
        continue;
      }
      if (e < 10000) e = e * 10 + s.charCodeAt(i) - 48;
    }
    exp = e * esign;
  } else if (hex) return null;
  if (underscores && !underscoreOK(s.slice(0, i))) return null;
  return { neg, hex, digits, frac, exp, end: i };
}

function decimalToFloat(r: ReadFloat): number {
  // JavaScript's Number() rounds a decimal string correctly, as Go's ParseFloat does.
  const v = Number(`${r.digits}e${r.exp - r.frac}`);
  return r.neg ? -v : v;
}

function hexToFloat(r: ReadFloat): number {
  const m = BigInt('0x' + r.digits);
  const v = bigTimesPow2(m, r.exp - 4 * r.frac);
  return r.neg ? -v : v;
}

/** m·2^e rounded to the nearest float64, ties to even (Infinity on overflow). */
function bigTimesPow2(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  // keep 53 significant bits, but never a unit smaller than 2^-1074 (subnormals)
  const shift = Math.max(bits - 53, -1074 - e);
  let q = m;
  if (shift > 0) {
    const s = BigInt(shift);
    q = m >> s;
    const rem = m - (q << s);
    const half = 1n << (s - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  const e2 = e + Math.max(shift, 0);
  if (e2 + (q.toString(2).length - 1) > 1023) return Infinity;
  // q·2^e2 is exact here; split the power so no factor over- or underflows
  let v = Number(q);
  let k = e2;
  while (k > 1000) {
    v *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    v *= 2 ** -1000;
    k += 1000;
  }
  return v * 2 ** k;
}
