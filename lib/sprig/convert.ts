// Sprig's conversion functions: atoi, int, int64, float64, toDecimal, toString, toStrings.
// int/int64/float64 are spf13/cast v1.7.0 with errors dropped: anything cast cannot read
// becomes 0 ("3.9" → 0 for int, since cast parses strings with strconv.ParseInt(s, 0, 0)
// after trimming a ".0…" suffix, so "0x1F" → 31 and "0755" → 493).
import { formatV } from '../gotemplate/fmt';
import type { FuncMap, GoValue, ParamType } from '../gotemplate/value';
import { NumError, atoi, parseFloat64, parseInt, parseInt0 } from '../gotemplate/strconv';
import { strslice, strval } from './_str-strval';

const MIN_INT64 = -(1n << 63n);
const TWO63 = 2 ** 63;

/**
 * Go's int64(f) for a float64. Out of range (and NaN) is implementation-defined in Go;
 * on amd64, where Helm's release binaries run, it yields the minimum int64.
 */
export function float64ToInt64(f: number): bigint {
  if (Number.isNaN(f) || f >= TWO63 || f < -TWO63) return MIN_INT64;
  return BigInt(Math.trunc(f));
}

/** cast's trimZeroDecimal: "3.0" and "3.00" read as "3"; "3." and "3.5" stay. */
function trimZeroDecimal(s: string): string {
  let foundZero = false;
  for (let i = s.length; i > 0; i--) {
    const c = s[i - 1];
    if (c === '.') {
      if (foundZero) return s.slice(0, i - 1);
    } else if (c === '0') foundZero = true;
    else return s;
  }
  return s;
}

/** cast.ToInt64 (and cast.ToInt: Go's int is 64 bits wide here). */
export function toInt64(v: GoValue): bigint {
  switch (typeof v) {
    case 'bigint':
      return v;
    case 'number':
      return float64ToInt64(v);
    case 'string':
      return parseInt0(trimZeroDecimal(v)) ?? 0n;
    case 'boolean':
      return v ? 1n : 0n;
  }
  return 0n; // nil, and every type cast refuses
}

/** cast.ToFloat64. */
export function toFloat64(v: GoValue): number {
  switch (typeof v) {
    case 'bigint':
      return Number(v);
    case 'number':
      return v;
    case 'string':
      return parseFloat64(v) ?? 0; // a range error (±Inf) is an error to cast, so 0
    case 'boolean':
      return v ? 1 : 0;
  }
  return 0;
}

/** toDecimal: fmt.Sprint(v) read as an octal int64, 0 when that fails. */
function toDecimal(v: GoValue): bigint {
  try {
    return parseInt(formatV(v), 8, 64);
  } catch (e) {
    if (e instanceof NumError) return 0n;
    throw e;
  }
}

/** strconv.Atoi with the error dropped: 0 for bad syntax, the clamped value when out of range. */
function atoiNoErr(s: string): bigint {
  try {
    return atoi(s);
  } catch (e) {
    if (e instanceof NumError) return BigInt(e.value);
    throw e;
  }
}

// (a named constant: the key `toString` would otherwise take Object#toString's type)
const ANY: ParamType[] = ['any'];

export const funcs: FuncMap = {
  // "Wrap Atoi to stop errors": a syntax error gives 0, a range error the clamped value.
  atoi: { params: ['string'], fn: (s: string) => atoiNoErr(s) },
  int: { params: ANY, fn: (v: GoValue) => toInt64(v) },
  int64: { params: ANY, fn: (v: GoValue) => toInt64(v) },
  float64: { params: ANY, fn: (v: GoValue) => toFloat64(v) },
  toDecimal: { params: ANY, fn: (v: GoValue) => toDecimal(v) },
  toString: { params: ANY, fn: (v: GoValue) => strval(v) },
  toStrings: { params: ANY, fn: (v: GoValue) => strslice(v) },
};
