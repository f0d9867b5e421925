// Sprig's conversion functions: atoi, int, int64, float64, toDecimal, toString, toStrings.
// int/int64/float64 are spf13/cast v1.7.0 with errors dropped: anything cast cannot read
// becomes 0 ("3.9" → 0 for int, since cast parses strings with strconv.ParseInt(s, 0, 0)
// after trimming a ".0…" suffix, so "0x1F" → 31 and "0755" → 493). cast is in _cast.ts.
import { formatV } from '../gotemplate/fmt';
import { type FuncMap, type GoValue, type ParamType, int64, typed } from '../gotemplate/value';
import { NumError, atoi, parseInt } from '../gotemplate/strconv';
import { toFloat64, toInt64 } from './_cast';
import { strslice, strval } from './_str-strval';

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
  int64: { params: ANY, fn: (v: GoValue) => int64(toInt64(v)) },
  float64: { params: ANY, fn: (v: GoValue) => toFloat64(v) },
  toDecimal: { params: ANY, fn: (v: GoValue) => int64(toDecimal(v)) },
  toString: { params: ANY, fn: (v: GoValue) => strval(v) },
  toStrings: { params: ANY, fn: (v: GoValue) => typed(strslice(v), '[]string') },
};
