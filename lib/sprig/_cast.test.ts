// cast and strconv as Sprig sees them. Every expectation was read off Helm 4.1.4 through
// `add "X" 0` (ToInt64), `addf "X" 0` (ToFloat64) or `slice` (ToInt).
import { describe, expect, it } from 'vitest';
import { floatToInt64, toFloat64, toInt, toInt64, trimZeroDecimal } from './_cast';
import { ErrRange, ErrSyntax, NumError, parseFloat, parseInt } from '../gotemplate/strconv';
import { newMap } from '../gotemplate/value';

describe('cast.ToInt64', () => {
  const cases: { name: string; input: unknown; want: bigint }[] = [
    { name: 'int', input: 3n, want: 3n },
    { name: 'float truncates', input: 3.7, want: 3n },
    { name: 'negative float truncates toward zero', input: -2.5, want: -2n },
    { name: 'float out of range is MinInt64 (amd64)', input: 1e19, want: -9223372036854775808n },
    { name: 'NaN is MinInt64 (amd64)', input: NaN, want: -9223372036854775808n },
    { name: 'true', input: true, want: 1n },
    { name: 'false', input: false, want: 0n },
    { name: 'nil', input: null, want: 0n },
    { name: 'decimal string', input: '12', want: 12n },
    { name: 'hex string', input: '0x10', want: 16n },
    { name: 'upper hex prefix', input: '0X1F', want: 31n },
    { name: 'octal string', input: '010', want: 8n },
    { name: '0o prefix', input: '0o17', want: 15n },
    { name: '0B prefix', input: '0B101', want: 5n },
    { name: 'negative hex', input: '-0x10', want: -16n },
    { name: 'plus sign', input: '+5', want: 5n },
    { name: 'underscores', input: '1_000', want: 1000n },
    { name: 'underscore after octal 0', input: '0_7', want: 7n },
    { name: 'zero fraction trimmed', input: '1.00', want: 1n },
    { name: 'other fraction fails', input: '1.5', want: 0n },
    { name: 'trailing dot fails', input: '12.', want: 0n },
    { name: 'exponent fails', input: '1e3', want: 0n },
    { name: 'leading space fails', input: ' 1', want: 0n },
    { name: 'double underscore fails', input: '1__0', want: 0n },
    { name: 'bad octal digit fails', input: '08', want: 0n },
    { name: 'bare prefix fails', input: '0x', want: 0n },
    { name: 'empty fails', input: '', want: 0n },
    { name: 'out of range fails', input: '9223372036854775808', want: 0n },
    { name: 'list', input: [1n], want: 0n },
    { name: 'map', input: newMap(), want: 0n },
  ];
  for (const c of cases) it(c.name, () => expect(toInt64(c.input as never)).toBe(c.want));
  it('ToInt is ToInt64 on 64-bit Go', () => expect(toInt('0x10')).toBe(16n));
});

describe('cast.ToFloat64', () => {
  const cases: { name: string; input: unknown; want: number }[] = [
    { name: 'float', input: 3.7, want: 3.7 },
    { name: 'int', input: 3n, want: 3 },
    { name: 'bool', input: true, want: 1 },
    { name: 'nil', input: null, want: 0 },
    { name: 'decimal', input: '1.5e+2', want: 150 },
    { name: 'leading dot', input: '.5', want: 0.5 },
    { name: 'trailing dot', input: '5.', want: 5 },
    { name: 'plus sign', input: '+3', want: 3 },
    { name: 'underscores', input: '1_0.5', want: 10.5 },
    { name: 'underscores in fraction', input: '1_000.000_1', want: 1000.0001 },
    { name: 'hex float', input: '0x1p-2', want: 0.25 },
    { name: 'hex float fraction', input: '0x1.8p1', want: 3 },
    { name: 'hex float leading dot', input: '0x.8p1', want: 1 },
    { name: 'hex prefix underscore', input: '0x_1p0', want: 1 },
    { name: 'upper P exponent', input: '0x1P-1', want: 0.5 },
    { name: 'underflow is 0', input: '1e-400', want: 0 },
    { name: 'overflow fails', input: '1e400', want: 0 },
    { name: 'hex needs p exponent', input: '0x1p', want: 0 },
    { name: 'exponent needs digits', input: '1e', want: 0 },
    { name: 'underscore before e fails', input: '1_e5', want: 0 },
    { name: 'no mantissa digits', input: '.e1', want: 0 },
    { name: 'partial infinity fails', input: 'infin', want: 0 },
    { name: 'word fails', input: 'x', want: 0 },
  ];
  for (const c of cases) it(c.name, () => expect(toFloat64(c.input as never)).toBe(c.want));
  it('reads inf and nan in any case', () => {
    expect(toFloat64('+Infinity')).toBe(Infinity);
    expect(toFloat64('-inf')).toBe(-Infinity);
    expect(toFloat64('NaN')).toBeNaN();
  });
  it('keeps the sign of -0', () => expect(Object.is(toFloat64('-0'), -0)).toBe(true));
});

describe('strconv', () => {
  // What cast sees from strconv: the error kind and the value Go returns alongside it.
  function numErr(f: () => unknown): { err: string; value: number | bigint } | null {
    try {
      f();
      return null;
    } catch (e) {
      if (e instanceof NumError) return { err: e.err, value: e.value };
      throw e;
    }
  }
  it('ParseInt reports syntax and range errors like Go', () => {
    expect(numErr(() => parseInt('9223372036854775808', 0, 64))).toEqual({ value: 9223372036854775807n, err: ErrRange });
    expect(numErr(() => parseInt('-9223372036854775809', 10, 64))).toEqual({ value: -9223372036854775808n, err: ErrRange });
    expect(parseInt('-9223372036854775808', 10, 64)).toBe(-9223372036854775808n);
    expect(numErr(() => parseInt('1_0', 10, 64))?.err).toBe(ErrSyntax);
    expect(numErr(() => parseInt('12abc', 10, 64))?.err).toBe(ErrSyntax);
  });
  it('ParseFloat reports out of range as an error', () => {
    expect(numErr(() => parseFloat('-1e400'))?.err).toBe(ErrRange);
    expect(parseFloat('0e999999')).toBe(0);
  });
  it('trimZeroDecimal', () => {
    expect(['12.00', '1.50', '.0', '12.', '100', '0.0'].map(trimZeroDecimal)).toEqual(['12', '1.50', '', '12.', '100', '0']);
  });
  it('int64(float) on amd64', () => {
    expect(floatToInt64(-9223372036854775808)).toBe(-9223372036854775808n);
    expect(floatToInt64(9223372036854775807)).toBe(-9223372036854775808n); // rounds to 2^63
    expect(floatToInt64(-0.9)).toBe(0n);
  });
});
