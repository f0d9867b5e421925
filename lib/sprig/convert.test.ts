// Unit tables for convert.ts; expected values printed by Helm 4.1.4.
import { describe, expect, it } from 'vitest';
import { type GoValue, int64, newMap } from '../gotemplate/value';
import { funcs } from './convert';

interface Case {
  name: string;
  fn: string;
  args: GoValue[];
  want: GoValue;
}

const MIN = -(1n << 63n);
const MAX = (1n << 63n) - 1n;

const cases: Case[] = [
  { name: 'atoi trailing junk', fn: 'atoi', args: ['12abc'], want: 0n },
  { name: 'atoi leading space', fn: 'atoi', args: [' 12'], want: 0n },
  { name: 'atoi plus sign', fn: 'atoi', args: ['+12'], want: 12n },
  { name: 'atoi leading zeros are decimal', fn: 'atoi', args: ['-0012'], want: -12n },
  { name: 'atoi overflow clamps', fn: 'atoi', args: ['99999999999999999999'], want: MAX },
  { name: 'atoi negative overflow clamps', fn: 'atoi', args: ['-99999999999999999999'], want: MIN },
  { name: 'atoi no underscores', fn: 'atoi', args: ['1_000'], want: 0n },
  { name: 'atoi no hex', fn: 'atoi', args: ['0x10'], want: 0n },
  { name: 'int of float string', fn: 'int', args: ['3.9'], want: 0n },
  { name: 'int trims .0', fn: 'int', args: ['3.0'], want: 3n },
  { name: 'int of "3."', fn: 'int', args: ['3.'], want: 0n },
  { name: 'int of ".0"', fn: 'int', args: ['.0'], want: 0n },
  { name: 'int octal', fn: 'int', args: ['0755'], want: 493n },
  { name: 'int bad octal', fn: 'int', args: ['08'], want: 0n },
  { name: 'int 0x alone', fn: 'int', args: ['0x'], want: 0n },
  { name: 'int plus', fn: 'int', args: ['+5'], want: 5n },
  { name: 'int64 hex', fn: 'int64', args: ['0x1F'], want: 31n },
  { name: 'int64 0o', fn: 'int64', args: ['0o17'], want: 15n },
  { name: 'int64 0b', fn: 'int64', args: ['0b101'], want: 5n },
  { name: 'int64 negative hex', fn: 'int64', args: ['-0x10'], want: -16n },
  { name: 'int64 underscores', fn: 'int64', args: ['1_000'], want: 1000n },
  { name: 'int64 leading underscore', fn: 'int64', args: ['_1000'], want: 0n },
  { name: 'int64 of float truncates', fn: 'int64', args: [3.9], want: 3n },
  { name: 'int64 of negative float truncates', fn: 'int64', args: [-3.9], want: -3n },
  { name: 'int of true', fn: 'int', args: [true], want: 1n },
  { name: 'int of false', fn: 'int', args: [false], want: 0n },
  { name: 'int of nil', fn: 'int', args: [null], want: 0n },
  { name: 'int of list', fn: 'int', args: [[1n]], want: 0n },
  { name: 'int overflow string', fn: 'int', args: ['9223372036854775808'], want: 0n },
  { name: 'int64 max', fn: 'int64', args: ['9223372036854775807'], want: MAX },
  { name: 'int64 of huge float', fn: 'int64', args: [1e300], want: MIN },
  { name: 'int64 of NaN', fn: 'int64', args: [NaN], want: MIN },
  { name: 'int of -1e300', fn: 'int', args: [-1e300], want: MIN },
  { name: 'int64 of 9.3e18', fn: 'int64', args: [9.3e18], want: MIN },
  { name: 'int keeps int', fn: 'int', args: [42n], want: 42n },
  { name: 'float64 of hex without exponent', fn: 'float64', args: ['0x1F'], want: 0 },
  { name: 'float64 of hex float', fn: 'float64', args: ['0x1p-2'], want: 0.25 },
  { name: 'float64 exponent', fn: 'float64', args: ['1e3'], want: 1000 },
  { name: 'float64 inf', fn: 'float64', args: ['inf'], want: Infinity },
  { name: 'float64 -Infinity', fn: 'float64', args: ['-Infinity'], want: -Infinity },
  { name: 'float64 nan', fn: 'float64', args: ['nan'], want: NaN },
  { name: 'float64 out of range', fn: 'float64', args: ['1e400'], want: 0 },
  { name: 'float64 .5', fn: 'float64', args: ['.5'], want: 0.5 },
  { name: 'float64 5.', fn: 'float64', args: ['5.'], want: 5 },
  { name: 'float64 garbage', fn: 'float64', args: ['abc'], want: 0 },
  { name: 'float64 of int', fn: 'float64', args: [3n], want: 3 },
  { name: 'float64 of true', fn: 'float64', args: [true], want: 1 },
  { name: 'float64 of nil', fn: 'float64', args: [null], want: 0 },
  { name: 'float64 underscores', fn: 'float64', args: ['1_0.5'], want: 10.5 },
  { name: 'float64 hex underscore after prefix', fn: 'float64', args: ['0x_1p0'], want: 1 },
  { name: 'float64 leading space', fn: 'float64', args: [' 1'], want: 0 },
  { name: 'float64 dangling exponent', fn: 'float64', args: ['1e'], want: 0 },
  { name: 'float64 signed fraction', fn: 'float64', args: ['+.5e-3'], want: 0.0005 },
  { name: 'float64 upper E', fn: 'float64', args: ['1E5'], want: 100000 },
  { name: 'toDecimal octal string', fn: 'toDecimal', args: ['0777'], want: 511n },
  { name: 'toDecimal of int', fn: 'toDecimal', args: [777n], want: 511n },
  { name: 'toDecimal bad digit', fn: 'toDecimal', args: ['778'], want: 0n },
  { name: 'toDecimal of whole float', fn: 'toDecimal', args: [777], want: 511n },
  { name: 'toDecimal of nil', fn: 'toDecimal', args: [null], want: 0n },
  { name: 'toDecimal negative', fn: 'toDecimal', args: ['-17'], want: -15n },
  { name: 'toDecimal of bool', fn: 'toDecimal', args: [true], want: 0n },
  { name: 'toString float', fn: 'toString', args: [1.5], want: '1.5' },
  { name: 'toString big float', fn: 'toString', args: [1000000], want: '1e+06' },
  { name: 'toString nil', fn: 'toString', args: [null], want: '<nil>' },
  { name: 'toString list', fn: 'toString', args: [[1n, 'a']], want: '[1 a]' },
  { name: 'toString map', fn: 'toString', args: [Object.assign(newMap(), { a: 1n })], want: 'map[a:1]' },
  { name: 'toString bytes as text', fn: 'toString', args: [new TextEncoder().encode('hi')], want: 'hi' },
  { name: 'toStrings drops nil', fn: 'toStrings', args: [[1n, null, 'a', 2.5]], want: ['1', 'a', '2.5'] },
  { name: 'toStrings scalar', fn: 'toStrings', args: ['a'], want: ['a'] },
  { name: 'toStrings nil', fn: 'toStrings', args: [null], want: [] },
  { name: 'toStrings int', fn: 'toStrings', args: [3n], want: ['3'] },
  { name: 'toStrings map', fn: 'toStrings', args: [Object.assign(newMap(), { a: 1n })], want: ['map[a:1]'] },
];

describe('sprig convert', () => {
  for (const c of cases) {
    it(c.name, () => {
      // int64 and toDecimal return Go's int64 (Int64); the table writes it as a bigint
      const want = typeof c.want === 'bigint' && (c.fn === 'int64' || c.fn === 'toDecimal') ? int64(c.want) : c.want;
      expect(funcs[c.fn].fn(...c.args)).toEqual(want);
    });
  }

  it('declares Go parameter types', () => {
    expect(funcs.atoi.params).toEqual(['string']);
    for (const f of ['int', 'int64', 'float64', 'toDecimal', 'toString', 'toStrings']) expect(funcs[f].params).toEqual(['any']);
  });
});
