// Go's github.com/spf13/cast (v1.7.0, as Sprig v3.3.0 in Helm 4.1.4 uses it) for the
// value model of value.ts, plus the strconv parsers it relies on.
//
// Sprig converts almost every numeric argument with cast.ToInt64 / ToFloat64 / ToInt and
// throws the error away, so a value cast cannot convert silently becomes 0: `add "abc" 1`
// is 1, `add "1e3" 1` is 1 (ParseInt does not read exponents), `add "1.0" 1` is 2
// (cast trims a zero fraction first). The strconv parsers keep Go's error kinds (and
// clamped values) for callers such as `atoi` that need them.
import type { GoValue } from '../gotemplate/value';

const MIN_INT64 = -(1n << 63n);
const MAX_UINT64 = (1n << 64n) - 1n;

/** Wraps a mathematically exact result to int64, as Go's int64 arithmetic does. */
export function wrapInt64(v: bigint): bigint {
  return BigInt.asIntN(64, v);
}

/**
 * Go's int64(f) conversion as the amd64 build of Helm performs it (CVTTSD2SQ): truncation
 * toward zero, and the "integer indefinite" value math.MinInt64 for NaN and anything
 * outside int64 — so `add 1e19 1` prints -9223372036854775807.
 */
export function floatToInt64(f: number): bigint {
  if (Number.isNaN(f) || f >= 9223372036854775808 || f < -9223372036854775808) return MIN_INT64;
  return BigInt(Math.trunc(f));
}

// ---------------------------------------------------------------------------------
// strconv

export type NumErr = 'syntax' | 'range';

export interface ParsedInt {
  value: bigint;
  /** strconv's ErrSyntax / ErrRange; on 'range' value is clamped as Go returns it */
  err?: NumErr;
}

function lower(c: string): string {
  return c.toLowerCase();
}

function digitVal(c: string): number {
  const x = c.charCodeAt(0);
  if (x >= 48 && x <= 57) return x - 48;
  const l = x | 0x20;
  if (l >= 97 && l <= 122) return l - 97 + 10;
  return 99;
}

/** strconv's underscoreOK: '_' only between digits, or between a base prefix and a digit. */
export function underscoreOK(s0: string): boolean {
  let s = s0;
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

/** strconv.ParseUint(s, base, bitSize); base 0 reads 0x/0o/0b/0 prefixes and '_'. */
export function parseUint(s: string, base: number, bitSize = 64): ParsedInt {
  if (s === '') return { value: 0n, err: 'syntax' };
  const base0 = base === 0;
  const s0 = s;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const p = s.length >= 3 ? lower(s[1]) : '';
      if (p === 'b') { base = 2; s = s.slice(2); }
      else if (p === 'o') { base = 8; s = s.slice(2); }
      else if (p === 'x') { base = 16; s = s.slice(2); }
      else { base = 8; s = s.slice(1); }
    }
  }
  const max = bitSize >= 64 ? MAX_UINT64 : (1n << BigInt(bitSize)) - 1n;
  const B = BigInt(base);
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    if (c === '_' && base0) {
      underscores = true;
      continue;
    }
    const d = digitVal(c);
    if (d >= base) return { value: 0n, err: 'syntax' };
    n = n * B + BigInt(d);
    if (n > max) return { value: max, err: 'range' };
  }
  if (underscores && !underscoreOK(s0)) return { value: 0n, err: 'syntax' };
  return { value: n };
}

/** strconv.ParseInt(s, base, bitSize): an optional sign, then ParseUint. */
export function parseInt(s: string, base: number, bitSize = 64): ParsedInt {
  if (s === '') return { value: 0n, err: 'syntax' };
  let neg = false;
  let body = s;
  if (s[0] === '+') body = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    body = s.slice(1);
  }
  const u = parseUint(body, base, bitSize);
  if (u.err === 'syntax') return { value: 0n, err: 'syntax' };
  const cutoff = 1n << BigInt(bitSize - 1);
  if (u.err === 'range') return { value: neg ? -cutoff : cutoff - 1n, err: 'range' };
  if (!neg && u.value >= cutoff) return { value: cutoff - 1n, err: 'range' };
  if (neg && u.value > cutoff) return { value: -cutoff, err: 'range' };
  return { value: neg ? -u.value : u.value };
}

export interface ParsedFloat {
  value: number;
  err?: NumErr;
}

// strconv.readFloat's grammar once '_' is checked: digits with one optional '.', an
// optional exponent; hexadecimal mantissas need a 'p' exponent.
const decFloat = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const hexFloat = /^([+-]?)0[xX]([\da-fA-F]*)(?:\.([\da-fA-F]*))?[pP]([+-]?\d+)$/;

/** strconv.ParseFloat(s, 64): decimal and hex forms, '_' separators, inf/infinity/nan. */
export function parseFloat(s: string): ParsedFloat {
  const special = /^([+-]?)(inf|infinity)$/i.exec(s);
  if (special) return { value: special[1] === '-' ? -Infinity : Infinity };
  if (/^nan$/i.test(s)) return { value: NaN };
  if (s.includes('_') && !underscoreOK(s)) return { value: 0, err: 'syntax' };
  const t = s.replace(/_/g, '');
  let m = hexFloat.exec(t);
  // "0x" needs at least one character after it to be read as hexadecimal.
  if (m && s.replace(/^[+-]/, '').length > 2) {
    const frac = m[3] ?? '';
    if (m[2] === '' && frac === '') return { value: 0, err: 'syntax' };
    const mant = BigInt('0x' + (m[2] + frac || '0'));
    const exp = Number(m[4]) - 4 * frac.length;
    let f = Number(mant);
    // scale in steps so that an intermediate power of two cannot overflow or vanish
    let e = exp;
    while (e > 0 && Number.isFinite(f)) { const k = Math.min(e, 1000); f *= 2 ** k; e -= k; }
    while (e < 0 && f !== 0) { const k = Math.max(e, -1000); f *= 2 ** k; e -= k; }
    if (m[1] === '-') f = -f;
    if (!Number.isFinite(f)) return { value: f, err: 'range' };
    return { value: f };
  }
  m = decFloat.exec(t);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return { value: 0, err: 'syntax' };
  const f = Number(t);
  if (!Number.isFinite(f)) return { value: f, err: 'range' };
  return { value: f };
}

// ---------------------------------------------------------------------------------
// cast

/**
 * cast's trimZeroDecimal: "12.00" → "12", "1.50" stays (and then fails ParseInt),
 * ".0" → "" (fails), "12." stays (fails).
 */
export function trimZeroDecimal(s: string): string {
  let foundZero = false;
  for (let i = s.length; i > 0; i--) {
    switch (s[i - 1]) {
      case '.':
        if (foundZero) return s.slice(0, i - 1);
        break;
      case '0':
        foundZero = true;
        break;
      default:
        return s;
    }
  }
  return s;
}

/** cast.ToInt64 (errors, which Sprig always discards, become 0). */
export function toInt64(v: GoValue): bigint {
  if (v === null || v === undefined) return 0n;
  switch (typeof v) {
    case 'bigint':
      return wrapInt64(v);
    case 'number':
      return floatToInt64(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'string': {
      const r = parseInt(trimZeroDecimal(v), 0, 64);
      return r.err ? 0n : r.value;
    }
  }
  // lists, maps, []byte, structs, funcs: "unable to cast …"
  return 0n;
}

/** cast.ToInt: Go's int is 64 bits wide in Helm's builds, so the same as ToInt64. */
export function toInt(v: GoValue): bigint {
  return toInt64(v);
}

/** cast.ToFloat64 (errors become 0). */
export function toFloat64(v: GoValue): number {
  if (v === null || v === undefined) return 0;
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return Number(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string': {
      const r = parseFloat(v);
      return r.err ? 0 : r.value;
    }
  }
  return 0;
}
