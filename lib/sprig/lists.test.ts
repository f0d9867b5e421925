// Sprig's list functions called directly, with arguments as the executor passes them
// (literal ints are bigints, values.yaml numbers are floats). Expectations read off
// Helm 4.1.4 (the same templates are in lists.diff.test.ts).
import { describe, expect, it } from 'vitest';
import { funcs } from './lists';
import { FuncError, newMap, type GoValue } from '../gotemplate/value';
import { formatV } from '../gotemplate/fmt';

interface Case {
  name: string;
  fn: string;
  args: GoValue[];
  /** the result, compared exactly (types included) */
  want?: GoValue;
  /** or its %v printing */
  wantV?: string;
  wantErr?: string;
}

const NIL = 'runtime error: invalid memory address or nil pointer dereference';
const m = (o: Record<string, GoValue>) => Object.assign(newMap(), o);

const cases: Case[] = [
  { name: 'list', fn: 'list', args: [1n, 'a', 2.5, null], want: [1n, 'a', 2.5, null] },
  { name: 'list empty', fn: 'list', args: [], want: [] },
  { name: 'tuple', fn: 'tuple', args: [1n], want: [1n] },
  { name: 'first', fn: 'first', args: [[1n, 2n]], want: 1n },
  { name: 'first empty is nil', fn: 'first', args: [[]], want: null },
  { name: 'first string', fn: 'first', args: ['abc'], wantErr: 'Cannot find first on type string' },
  { name: 'first map', fn: 'first', args: [m({ a: 1 })], wantErr: 'Cannot find first on type map' },
  { name: 'first nil', fn: 'first', args: [null], wantErr: NIL },
  { name: 'mustFirst int', fn: 'mustFirst', args: [3n], wantErr: 'Cannot find first on type int' },
  { name: 'rest', fn: 'rest', args: [[1, 2, 3]], want: [2, 3] },
  { name: 'rest empty', fn: 'rest', args: [[]], want: [] },
  { name: 'rest float', fn: 'rest', args: [1.5], wantErr: 'Cannot find rest on type float64' },
  { name: 'last', fn: 'last', args: [['b', 'a', 'C']], want: 'C' },
  { name: 'last empty', fn: 'last', args: [[]], want: null },
  { name: 'mustLast bool', fn: 'mustLast', args: [true], wantErr: 'Cannot find last on type bool' },
  { name: 'initial', fn: 'initial', args: [[1n, 2n, 3n]], want: [1n, 2n] },
  { name: 'initial one', fn: 'initial', args: [[1n]], want: [] },
  { name: 'append', fn: 'append', args: [[1n, 2n], 3n], want: [1n, 2n, 3n] },
  { name: 'push', fn: 'push', args: [[1, 2, 3], 4n], want: [1, 2, 3, 4n] },
  { name: 'append string', fn: 'append', args: ['a', 1n], wantErr: 'Cannot push on type string' },
  { name: 'mustPush nil', fn: 'mustPush', args: [null, 1n], wantErr: NIL },
  { name: 'prepend', fn: 'prepend', args: [[1n], 0n], want: [0n, 1n] },
  { name: 'prepend map', fn: 'prepend', args: [m({}), 0n], wantErr: 'Cannot prepend on type map' },
  { name: 'concat', fn: 'concat', args: [[1n], [1, 2, 3], [], ['x']], want: [1n, 1, 2, 3, 'x'] },
  { name: 'concat none', fn: 'concat', args: [], want: [] },
  { name: 'concat int', fn: 'concat', args: [[1n], 2n], wantErr: 'Cannot concat type int as list' },
  { name: 'concat nil', fn: 'concat', args: [[1n], null], wantErr: NIL },
  { name: 'reverse', fn: 'reverse', args: [['b', 'a', 'C']], want: ['C', 'a', 'b'] },
  { name: 'reverse string', fn: 'reverse', args: ['abc'], wantErr: 'Cannot find reverse on type string' },
  { name: 'uniq keeps 1, "1" and 1.0', fn: 'uniq', args: [[1n, '1', 1n, 1, 2n, null, null]], want: [1n, '1', 1, 2n, null] },
  { name: 'uniq deep', fn: 'uniq', args: [[[1n], [1n], m({ a: 1n }), m({ a: 1n })]], wantV: '[[1] map[a:1]]' },
  { name: 'mustUniq map', fn: 'mustUniq', args: [m({ a: 1 })], wantErr: 'Cannot find uniq on type map' },
  { name: 'without', fn: 'without', args: [[1n, 2n, 3n, 1n], 1n, 3n], want: [2n] },
  { name: 'without float vs int', fn: 'without', args: [[1, 2, 3], 1n], want: [1, 2, 3] },
  { name: 'without lists', fn: 'without', args: [[[1n], [2n], 3n], [1n]], want: [[2n], 3n] },
  { name: 'has', fn: 'has', args: [1n, [1n, 2n]], want: true },
  { name: 'has int in floats', fn: 'has', args: [1n, [1, 2, 3]], want: false },
  { name: 'has float in floats', fn: 'has', args: [1, [1, 2, 3]], want: true },
  { name: 'has nil haystack', fn: 'has', args: [1n, null], want: false },
  { name: 'has nil needle', fn: 'has', args: [null, [1n, null]], want: true },
  { name: 'has string', fn: 'has', args: [1n, 'abc'], wantErr: 'Cannot find has on type string' },
  { name: 'compact', fn: 'compact', args: [[0n, '', null, false, [], m({}), 1n, 'a', 0, true]], want: [1n, 'a', true] },
  { name: 'mustCompact int', fn: 'mustCompact', args: [0n], wantErr: 'Cannot compact on type int' },
  { name: 'slice from', fn: 'slice', args: [[1n, 2n, 3n], 1n], want: [2n, 3n] },
  { name: 'slice range', fn: 'slice', args: [[1n, 2n, 3n], 1n, 2n], want: [2n] },
  { name: 'slice all', fn: 'slice', args: [[1, 2, 3]], want: [1, 2, 3] },
  { name: 'slice empty is nil', fn: 'slice', args: [[], 5n, 9n], want: null },
  { name: 'slice float index', fn: 'slice', args: [[1, 2, 3], 3.7], want: [] },
  { name: 'slice string index', fn: 'slice', args: [[1n, 2n, 3n], '1'], want: [2n, 3n] },
  { name: 'slice nil index', fn: 'slice', args: [[1n, 2n, 3n], null, 2n], want: [1n, 2n] },
  { name: 'slice extra indices', fn: 'slice', args: [[1n, 2n, 3n], 0n, 1n, 2n], want: [1n] },
  { name: 'slice reversed', fn: 'slice', args: [[1n, 2n, 3n], 2n, 1n], wantErr: 'reflect.Value.Slice: slice index out of bounds' },
  { name: 'slice past end', fn: 'mustSlice', args: [[1n, 2n, 3n], 0n, 5n], wantErr: 'reflect.Value.Slice: slice index out of bounds' },
  { name: 'slice negative', fn: 'slice', args: [[1n, 2n, 3n], -1n], wantErr: 'reflect.Value.Slice: slice index out of bounds' },
  { name: 'slice string', fn: 'slice', args: ['abc', 1n], wantErr: 'list should be type of slice or array but string' },
  { name: 'chunk', fn: 'chunk', args: [2n, [1n, 2n, 3n, 4n, 5n]], want: [[1n, 2n], [3n, 4n], [5n]] },
  { name: 'chunk empty', fn: 'chunk', args: [2n, []], want: [] },
  { name: 'chunk larger', fn: 'chunk', args: [5n, [1n, 2n]], want: [[1n, 2n]] },
  { name: 'chunk zero', fn: 'chunk', args: [0n, [1n, 2n]], wantErr: 'runtime error: makeslice: len out of range' },
  { name: 'chunk zero empty', fn: 'chunk', args: [0n, []], wantErr: 'runtime error: makeslice: len out of range' },
  { name: 'chunk -1 of one', fn: 'chunk', args: [-1n, [1n]], wantErr: 'runtime error: makeslice: len out of range' },
  { name: 'chunk -1 of two', fn: 'chunk', args: [-1n, [1n, 2n]], want: [] },
  { name: 'chunk -2 of one', fn: 'chunk', args: [-2n, [1n]], want: [[1n]] },
  { name: 'chunk -2 of four', fn: 'chunk', args: [-2n, [1n, 2n, 3n, 4n]], wantErr: 'runtime error: makeslice: len out of range' },
  { name: 'chunk string', fn: 'mustChunk', args: [2n, 'ab'], wantErr: 'Cannot chunk type string' },
  { name: 'chunk nil', fn: 'chunk', args: [2n, null], wantErr: NIL },
  { name: 'until', fn: 'until', args: [5n], want: [0n, 1n, 2n, 3n, 4n] },
  { name: 'until negative', fn: 'until', args: [-3n], want: [0n, -1n, -2n] },
  { name: 'until zero', fn: 'until', args: [0n], want: [] },
  { name: 'untilStep', fn: 'untilStep', args: [0n, 10n, 3n], want: [0n, 3n, 6n, 9n] },
  { name: 'untilStep down', fn: 'untilStep', args: [10n, 0n, -3n], want: [10n, 7n, 4n, 1n] },
  { name: 'untilStep wrong way', fn: 'untilStep', args: [0n, 10n, -1n], want: [] },
  { name: 'untilStep zero step', fn: 'untilStep', args: [0n, 10n, 0n], want: [] },
  { name: 'seq last', fn: 'seq', args: [5n], want: '1 2 3 4 5' },
  { name: 'seq negative last', fn: 'seq', args: [-3n], want: '1 0 -1 -2 -3' },
  { name: 'seq zero', fn: 'seq', args: [0n], want: '1 0' },
  { name: 'seq first last', fn: 'seq', args: [5n, 2n], want: '5 4 3 2' },
  { name: 'seq with step', fn: 'seq', args: [0n, 2n, 10n], want: '0 2 4 6 8 10' },
  { name: 'seq with step down', fn: 'seq', args: [10n, -2n, 0n], want: '10 8 6 4 2 0' },
  { name: 'seq step the wrong way', fn: 'seq', args: [10n, 2n, 0n], want: '' },
  { name: 'seq zero step', fn: 'seq', args: [1n, 0n, 5n], want: '' },
  { name: 'seq four args', fn: 'seq', args: [1n, 2n, 3n, 4n], want: '' },
  { name: 'seq none', fn: 'seq', args: [], want: '' },
  { name: 'sortAlpha', fn: 'sortAlpha', args: [['b', 'a', 3n, null, 'B', 1.5]], want: ['1.5', '3', 'B', 'a', 'b'] },
  { name: 'sortAlpha bytes', fn: 'sortAlpha', args: [['é', 'z', 'É', 'a', '', 'aa']], want: ['', 'a', 'aa', 'z', 'É', 'é'] },
  { name: 'sortAlpha string', fn: 'sortAlpha', args: ['x'], want: ['x'] },
  { name: 'sortAlpha nil', fn: 'sortAlpha', args: [null], want: ['<nil>'] },
  { name: 'sortAlpha nil', fn: 'sortAlpha', args: [null], want: ['<nil>'] },
  { name: 'sortAlpha map', fn: 'sortAlpha', args: [m({ a: 1 })], want: ['map[a:1]'] },
];

describe('sprig lists', () => {
  for (const c of cases) {
    it(c.name, () => {
      const spec = funcs[c.fn];
      if (c.wantErr !== undefined) {
        expect(() => spec.fn(...c.args)).toThrow(new FuncError(c.wantErr));
        return;
      }
      const got = spec.fn(...c.args);
      if (c.wantV !== undefined) expect(formatV(got)).toBe(c.wantV);
      else expect(got).toEqual(c.want);
    });
  }

  it('append copies: the original list is unchanged', () => {
    const l: GoValue[] = [1n];
    funcs.append.fn(l, 2n);
    expect(l).toEqual([1n]);
  });

  it('declares Go signatures', () => {
    expect(funcs.until.params).toEqual(['int']);
    expect(funcs.untilStep.params).toEqual(['int', 'int', 'int']);
    expect(funcs.chunk.params).toEqual(['int', 'any']);
    expect(funcs.seq).toMatchObject({ params: [], variadic: 'int' });
    expect(funcs.slice).toMatchObject({ params: ['any'], variadic: 'any' });
    expect(funcs.first.params).toEqual(['any']);
  });
});
