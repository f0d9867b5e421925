// Sprig's arithmetic called directly. Expectations read off Helm 4.1.4 (the same
// templates are in math.diff.test.ts): int64 results are written as bigints (and checked
// to be Int64s, Go's int64), float64 results
// numbers, and a float prints through Go's %v.
import { describe, expect, it } from 'vitest';
import { funcs, goPow } from './math';
import { FuncError, type GoValue, int64 } from '../gotemplate/value';
import { formatV } from '../gotemplate/fmt';

interface Case {
  name: string;
  fn: string;
  args: GoValue[];
  want?: GoValue;
  /** %v printing, for floats */
  wantV?: string;
  wantErr?: string;
}

// The functions whose Go result type is int64 (randInt's is int).
const INT64_RESULT = new Set(['add', 'add1', 'sub', 'mul', 'div', 'mod', 'max', 'min', 'biggest']);

const DIV0 = 'runtime error: integer divide by zero';

const cases: Case[] = [
  { name: 'add', fn: 'add', args: [1n, 2n], want: 3n },
  { name: 'add none', fn: 'add', args: [], want: 0n },
  { name: 'add floats truncate', fn: 'add', args: [1.9, 3.7], want: 4n },
  { name: 'add negative float', fn: 'add', args: [-2.5], want: -2n },
  { name: 'add strings', fn: 'add', args: ['3', '0x10', '010', '1.0', '1.5', 'abc', null, true], want: 29n },
  { name: 'add string forms', fn: 'add', args: ['-0x10', '0b11', '0o17', '1_000', ' 1'], want: 1002n },
  { name: 'add string decimals', fn: 'add', args: ['12.', '1.00', '.0', '-0', '+5'], want: 6n },
  { name: 'add exponent string', fn: 'add', args: ['1e3', 1n], want: 1n },
  { name: 'add overflow wraps', fn: 'add', args: [9223372036854775807n, 1n], want: -9223372036854775808n },
  { name: 'add float out of range', fn: 'add', args: [1e19, 1n], want: -9223372036854775807n },
  { name: 'add list and map', fn: 'add', args: [{}, [], [1, 2], 1n], want: 1n },
  { name: 'add1', fn: 'add1', args: [3.7], want: 4n },
  { name: 'add1 nil', fn: 'add1', args: [null], want: 1n },
  { name: 'sub', fn: 'sub', args: [5n, 3.7], want: 2n },
  { name: 'mul', fn: 'mul', args: [2n, 3n, 4n], want: 24n },
  { name: 'mul floats truncate first', fn: 'mul', args: [2.9, 2.9], want: 4n },
  { name: 'mul mixed', fn: 'mul', args: ['3', 2.5, '12'], want: 72n },
  { name: 'mul overflow wraps', fn: 'mul', args: [4294967296n, 4294967296n], want: 0n },
  { name: 'div truncates toward zero', fn: 'div', args: [-7n, 2n], want: -3n },
  { name: 'div float values', fn: 'div', args: [-7, 2n], want: -3n },
  { name: 'div negative divisor', fn: 'div', args: [7n, -2n], want: -3n },
  { name: 'div strings', fn: 'div', args: ['100', '0x0A'], want: 10n },
  { name: 'div by zero', fn: 'div', args: [1n, 0n], wantErr: DIV0 },
  { name: 'div by truncated zero', fn: 'div', args: [1n, 0.5], wantErr: DIV0 },
  { name: 'div MinInt64 by -1 wraps', fn: 'div', args: [-9223372036854775808n, -1n], want: -9223372036854775808n },
  { name: 'mod', fn: 'mod', args: [-7n, 3n], want: -1n },
  { name: 'mod negative divisor', fn: 'mod', args: [7n, -3n], want: 1n },
  { name: 'mod float', fn: 'mod', args: [3.7, 2n], want: 1n },
  { name: 'mod by zero', fn: 'mod', args: [7n, 0n], wantErr: DIV0 },
  { name: 'max', fn: 'max', args: [1n, 5n, 3n], want: 5n },
  { name: 'max strings', fn: 'max', args: ['5', 2.9], want: 5n },
  { name: 'min', fn: 'min', args: [1n, -5n, 3n], want: -5n },
  { name: 'min float', fn: 'min', args: [3.7, 10n], want: 3n },
  { name: 'biggest', fn: 'biggest', args: [1n, 9n, 2n], want: 9n },
  { name: 'floor', fn: 'floor', args: [2.7], want: 2 },
  { name: 'floor negative', fn: 'floor', args: [-2.5], want: -3 },
  { name: 'floor int', fn: 'floor', args: [3n], want: 3 },
  { name: 'floor string', fn: 'floor', args: ['2.9'], want: 2 },
  { name: 'floor bad string', fn: 'floor', args: ['1e400'], want: 0 },
  { name: 'floor -0', fn: 'floor', args: ['-0'], wantV: '-0' },
  { name: 'ceil', fn: 'ceil', args: ['2.1'], want: 3 },
  { name: 'ceil to -0', fn: 'ceil', args: [-0.5], wantV: '-0' },
  { name: 'ceil big', fn: 'ceil', args: [1234567.5], wantV: '1.234568e+06' },
  { name: 'round half up', fn: 'round', args: [2.5, 0n], want: 3 },
  { name: 'round negative half', fn: 'round', args: [-2.5, 0n], want: -3 },
  { name: 'round negative always down', fn: 'round', args: [-2.4, 0n], want: -3 },
  { name: 'round -0.4', fn: 'round', args: [-0.4, 0n], want: -1 },
  { name: 'round places', fn: 'round', args: [2.345, 2n], want: 2.35 },
  { name: 'round binary representation', fn: 'round', args: [1.005, 2n], want: 1 },
  { name: 'round 2.675', fn: 'round', args: [2.675, 2n], want: 2.68 },
  { name: 'round quarters', fn: 'round', args: [0.125, 2n], want: 0.13 },
  { name: 'round negative quarter', fn: 'round', args: [-0.125, 2n], want: -0.13 },
  { name: 'round roundOn', fn: 'round', args: [2.5, 0n, 0.6], want: 2 },
  { name: 'round roundOn zero', fn: 'round', args: [2.4, 0n, 0], want: 3 },
  { name: 'round negative places', fn: 'round', args: [1234.5, -2n], want: 1200 },
  { name: 'round string', fn: 'round', args: ['3.14159', 3n], want: 3.142 },
  { name: 'round precision', fn: 'round', args: [1.23456789e-5, 8n], wantV: '1.235e-05' },
  { name: 'round many places', fn: 'round', args: [5n, 30n], want: 5 },
  { name: 'round huge negative places', fn: 'round', args: [0.1, -400n], wantV: 'NaN' },
  { name: 'round large', fn: 'round', args: [1e20, 2n], wantV: '1e+20' },
  { name: 'addf', fn: 'addf', args: [0.1, 0.2], want: 0.3 },
  { name: 'addf none', fn: 'addf', args: [], want: 0 },
  { name: 'addf ints', fn: 'addf', args: [1n, 2n], want: 3 },
  { name: 'addf digits', fn: 'addf', args: [123456789.123, 0.000000001], wantV: '1.23456789123e+08' },
  { name: 'addf string forms', fn: 'addf', args: ['0x1p-2', '1_0.5', '.5', '5.', '1e', '+3'], want: 19.25 },
  { name: 'addf NaN', fn: 'addf', args: ['NaN', 1n], wantErr: 'Cannot create a Decimal from NaN' },
  { name: 'addf -inf', fn: 'addf', args: ['-inf', 1n], wantErr: 'Cannot create a Decimal from -Inf' },
  { name: 'addf out of range string', fn: 'addf', args: ['1e400', 1n], want: 1 },
  { name: 'addf subnormal', fn: 'addf', args: [5e-324, 5e-324], wantV: '1e-323' },
  { name: 'addf no -0', fn: 'mulf', args: [-1n, 0n], wantV: '0' },
  { name: 'add1f', fn: 'add1f', args: [0.1], want: 1.1 },
  { name: 'add1f bad', fn: 'add1f', args: ['x'], want: 1 },
  { name: 'subf', fn: 'subf', args: [1n, 0.9], want: 0.1 },
  { name: 'subf many', fn: 'subf', args: [10n, 0.1, 0.2, 0.3], want: 9.4 },
  { name: 'mulf', fn: 'mulf', args: [1.1, 1.1], want: 1.21 },
  { name: 'mulf 0.1 3', fn: 'mulf', args: [0.1, 3n], want: 0.3 },
  { name: 'mulf overflow', fn: 'mulf', args: [1e200, 1e200], wantV: '+Inf' },
  { name: 'divf', fn: 'divf', args: [1n, 3n], want: 0.3333333333333333 },
  { name: 'divf rounds the 16th place half away', fn: 'divf', args: [2n, 3n], want: 0.6666666666666667 },
  { name: 'divf negative', fn: 'divf', args: [-2n, 3n], want: -0.6666666666666667 },
  { name: 'divf 1/7', fn: 'divf', args: [1n, 7n], want: 0.1428571428571429 },
  { name: 'divf chain', fn: 'divf', args: [7n, 2n, 3n], want: 1.1666666666666667 },
  { name: 'divf small quotient', fn: 'divf', args: [1n, 3e10], wantV: '3.33333e-11' },
  { name: 'divf below 16 places', fn: 'divf', args: [5e-20, 3n], want: 0 },
  { name: 'divf half at the 16th place', fn: 'divf', args: [0.00000000000000015, -1n], want: -2e-16 },
  { name: 'divf by zero', fn: 'divf', args: [1n, 0n], wantErr: 'decimal division by 0' },
  { name: 'divf overflow', fn: 'divf', args: [1e300, 1e-300], wantV: '+Inf' },
  { name: 'maxf', fn: 'maxf', args: [1n, 2.5, '3'], want: 3 },
  { name: 'maxf bad', fn: 'maxf', args: ['x'], want: 0 },
  { name: 'maxf inf beats NaN', fn: 'maxf', args: ['inf', 'nan'], wantV: '+Inf' },
  { name: 'maxf NaN', fn: 'maxf', args: ['nan', 1n], wantV: 'NaN' },
  { name: 'maxf zeros', fn: 'maxf', args: ['-0', 0n], wantV: '0' },
  { name: 'minf', fn: 'minf', args: [1n, -2.5], want: -2.5 },
  { name: 'minf -inf beats NaN', fn: 'minf', args: ['nan', '-inf'], wantV: '-Inf' },
  { name: 'minf zeros', fn: 'minf', args: [0n, '-0'], wantV: '-0' },
  { name: 'randInt one value', fn: 'randInt', args: [5n, 6n], want: 5n },
  { name: 'randInt empty range', fn: 'randInt', args: [1n, 1n], wantErr: 'invalid argument to Intn' },
];

describe('sprig math', () => {
  for (const c of cases) {
    it(c.name, () => {
      const spec = funcs[c.fn];
      if (c.wantErr !== undefined) {
        expect(() => spec.fn(...c.args)).toThrow(new FuncError(c.wantErr));
        return;
      }
      const got = spec.fn(...c.args);
      if (c.wantV !== undefined) expect(formatV(got)).toBe(c.wantV);
      else expect(got).toEqual(typeof c.want === 'bigint' && INT64_RESULT.has(c.fn) ? int64(c.want) : c.want);
    });
  }

  it('randInt stays in [min, max)', () => {
    for (let i = 0; i < 200; i++) {
      const r = funcs.randInt.fn(-3n, 4n) as bigint;
      expect(r >= -3n && r < 4n).toBe(true);
    }
    expect(funcs.randInt.nondeterministic).toBe(true);
  });

  it("goPow is Go's math.Pow for integer exponents", () => {
    expect(goPow(10, 2)).toBe(100);
    expect(goPow(10, -2)).toBe(0.01);
    expect(goPow(10, 22)).toBe(1e22);
    expect(goPow(10, -400)).toBe(0);
    expect(goPow(10, 400)).toBe(Infinity);
    expect(goPow(10, 2 ** 63)).toBe(Infinity);
  });

  it('declares Go signatures', () => {
    expect(funcs.add).toMatchObject({ params: [], variadic: 'any' });
    expect(funcs.sub.params).toEqual(['any', 'any']);
    expect(funcs.round).toMatchObject({ params: ['any', 'int'], variadic: 'float64' });
    expect(funcs.randInt.params).toEqual(['int', 'int']);
    expect(funcs.mulf).toMatchObject({ params: ['any'], variadic: 'any' });
  });
});
