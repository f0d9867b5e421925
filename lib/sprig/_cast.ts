// Go's github.com/spf13/cast (v1.7.0, as Sprig v3.3.0 in Helm 4.1.4 uses it) for the
// value model of value.ts, on top of the strconv port in lib/gotemplate/strconv.ts.
//
// Sprig converts almost every numeric argument with cast.ToInt64 / ToFloat64 / ToInt and
// throws the error away, so a value cast cannot convert silently becomes 0: `add "abc" 1`
// is 1, `add "1e3" 1` is 1 (ParseInt does not read exponents), `add "1.0" 1` is 2
// (cast trims a zero fraction first). Callers that need strconv's errors (`atoi`) use
// strconv directly.
import { type GoValue, Int64 } from '../gotemplate/value';
import { parseFloat64, parseInt0 } from '../gotemplate/strconv';

const MIN_INT64 = -(1n << 63n);
const TWO63 = 2 ** 63;

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
  if (Number.isNaN(f) || f >= TWO63 || f < -TWO63) return MIN_INT64;
  return BigInt(Math.trunc(f));
}

/**
 * cast's trimZeroDecimal: "12.00" → "12", "1.50" stays (and then fails ParseInt),
 * ".0" → "" (fails), "12." stays (fails).
 */
export function trimZeroDecimal(s: string): string {
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

/** cast.ToInt64: strings through strconv.ParseInt(s, 0, 0); errors become 0. */
export function toInt64(v: GoValue): bigint {
  switch (typeof v) {
    case 'bigint':
      return wrapInt64(v);
    case 'number':
      return floatToInt64(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'string':
      return parseInt0(trimZeroDecimal(v)) ?? 0n;
  }
  if (v instanceof Int64) return wrapInt64(v.v);
  // nil, lists, maps, []byte, structs, funcs: "unable to cast …"
  return 0n;
}

/** cast.ToInt: Go's int is 64 bits wide in Helm's builds, so the same as ToInt64. */
export function toInt(v: GoValue): bigint {
  return toInt64(v);
}

/** cast.ToFloat64 (errors become 0; a range error, ±Inf, is an error to cast). */
export function toFloat64(v: GoValue): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return Number(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return parseFloat64(v) ?? 0;
  }
  if (v instanceof Int64) return Number(v.v);
  return 0;
}
