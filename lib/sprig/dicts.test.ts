// Sprig's dict functions called directly. Expectations read off Helm 4.1.4 (the same
// templates are in dicts.diff.test.ts); results are compared by their %v printing,
// which is what a template shows.
import { describe, expect, it } from 'vitest';
import { funcs } from './dicts';
import { FuncError, newMap, type GoMap, type GoValue } from '../gotemplate/value';
import { formatV } from '../gotemplate/fmt';

interface Case {
  name: string;
  fn: string;
  args: () => GoValue[];
  wantV?: string;
  wantErr?: string;
}

const m = (o: Record<string, GoValue>): GoMap => Object.assign(newMap(), o);

const cases: Case[] = [
  { name: 'dict', fn: 'dict', args: () => ['a', 1n, 'b', 'x'], wantV: 'map[a:1 b:x]' },
  { name: 'dict odd', fn: 'dict', args: () => ['a', 1n, 'b'], wantV: 'map[a:1 b:]' },
  { name: 'dict key kinds', fn: 'dict', args: () => [1n, 2n, null, 3n, true, 4n, 1.5, 5n], wantV: 'map[1:2 1.5:5 <nil>:3 true:4]' },
  { name: 'dict duplicate key', fn: 'dict', args: () => ['a', 1n, 'a', 2n], wantV: 'map[a:2]' },
  { name: 'get', fn: 'get', args: () => [m({ a: 1 }), 'a'], wantV: '1' },
  { name: 'get missing is ""', fn: 'get', args: () => [m({ a: 1 }), 'zz'], wantV: '' },
  { name: 'get nil map', fn: 'get', args: () => [null, 'a'], wantV: '' },
  { name: 'get inherited name', fn: 'get', args: () => [{ a: 1 }, 'hasOwnProperty'], wantV: '' },
  { name: 'set', fn: 'set', args: () => [m({ a: 1n }), 'b', 2n], wantV: 'map[a:1 b:2]' },
  { name: 'set nil map', fn: 'set', args: () => [null, 'a', 1n], wantErr: 'assignment to entry in nil map' },
  { name: 'set __proto__', fn: 'set', args: () => [{}, '__proto__', 1n], wantV: 'map[__proto__:1]' },
  { name: 'unset', fn: 'unset', args: () => [m({ a: 1n, b: 2n }), 'a'], wantV: 'map[b:2]' },
  { name: 'unset nil map', fn: 'unset', args: () => [null, 'a'], wantV: 'map[]' },
  { name: 'hasKey', fn: 'hasKey', args: () => [m({ a: 1 }), 'a'], wantV: 'true' },
  { name: 'hasKey nil value', fn: 'hasKey', args: () => [m({ a: null }), 'a'], wantV: 'true' },
  { name: 'hasKey nil map', fn: 'hasKey', args: () => [null, 'a'], wantV: 'false' },
  { name: 'hasKey inherited name', fn: 'hasKey', args: () => [{ a: 1 }, 'constructor'], wantV: 'false' },
  { name: 'pluck', fn: 'pluck', args: () => ['a', m({ a: 1n }), m({ b: 2n }), null, m({ a: 3n })], wantV: '[1 3]' },
  { name: 'pluck none', fn: 'pluck', args: () => ['a'], wantV: '[]' },
  { name: 'keys', fn: 'keys', args: () => [m({ b: 1n }), m({ a: 2n }), null], wantV: '[b a]' },
  { name: 'keys none', fn: 'keys', args: () => [], wantV: '[]' },
  { name: 'pick', fn: 'pick', args: () => [m({ a: 1n, b: 2n }), 'a', 'c', 'a'], wantV: 'map[a:1]' },
  { name: 'omit', fn: 'omit', args: () => [m({ a: 1n, b: 2n, c: 3n }), 'a', 'c'], wantV: 'map[b:2]' },
  { name: 'omit nil map', fn: 'omit', args: () => [null, 'a'], wantV: 'map[]' },
  { name: 'values', fn: 'values', args: () => [m({ a: 'y', b: 'x' })], wantV: '[y x]' },
  { name: 'values nil map', fn: 'values', args: () => [null], wantV: '[]' },
  {
    name: 'merge: empty values are overwritten',
    fn: 'merge',
    args: () => [m({ a: 0n, b: '', c: false, d: 1n }), m({ a: 5n, b: 'x', c: true, d: 2n, e: 3n })],
    wantV: 'map[a:5 b:x c:true d:1 e:3]',
  },
  { name: 'merge several', fn: 'merge', args: () => [m({ a: 1n }), m({ a: 2n, b: 2n }), m({ b: 3n, c: 3n })], wantV: 'map[a:1 b:2 c:3]' },
  { name: 'merge nil dst', fn: 'merge', args: () => [null, m({ a: 1n })], wantV: 'map[a:1]' },
  { name: 'merge nil both', fn: 'merge', args: () => [null, null], wantV: 'map[]' },
  {
    name: 'merge nested',
    fn: 'merge',
    args: () => [m({ a: m({ x: 1n, y: 0n }) }), m({ a: m({ x: 2n, y: 3n, z: 4n }) })],
    wantV: 'map[a:map[x:1 y:3 z:4]]',
  },
  { name: 'merge string kept over map', fn: 'merge', args: () => [m({ a: 'x' }), m({ a: m({ b: 1n }) })], wantV: 'map[a:x]' },
  { name: 'merge map kept over string', fn: 'merge', args: () => [m({ a: m({ x: 1n }) }), m({ a: 's' })], wantV: 'map[a:map[x:1]]' },
  { name: 'merge list kept', fn: 'merge', args: () => [m({ a: [1n] }), m({ a: [2n] })], wantV: 'map[a:[1]]' },
  { name: 'merge empty list replaced', fn: 'merge', args: () => [m({ a: [] }), m({ a: [2n] })], wantV: 'map[a:[2]]' },
  { name: 'merge empty map gets list', fn: 'merge', args: () => [m({ a: m({}) }), m({ a: [1n] })], wantV: 'map[a:[1]]' },
  { name: 'merge false gets map', fn: 'merge', args: () => [m({ a: false }), m({ a: m({ b: 1n }) })], wantV: 'map[a:map[b:1]]' },
  { name: 'merge nil dst value', fn: 'merge', args: () => [m({ a: null }), m({ a: 1n })], wantV: 'map[a:1]' },
  { name: 'merge nil src value skipped', fn: 'merge', args: () => [m({ a: 1n }), m({ b: null })], wantV: 'map[a:1]' },
  { name: 'mergeOverwrite', fn: 'mergeOverwrite', args: () => [m({ a: 1n, b: 2n }), m({ a: 3n })], wantV: 'map[a:3 b:2]' },
  {
    name: 'mergeOverwrite: empty and nil win',
    fn: 'mergeOverwrite',
    args: () => [m({ a: 1n, b: 2n, c: true, d: 1n }), m({ a: 0n, b: '', c: false, d: null })],
    wantV: 'map[a:0 b: c:false d:<nil>]',
  },
  { name: 'mergeOverwrite map over string', fn: 'mergeOverwrite', args: () => [m({ a: 'x' }), m({ a: m({ b: 1n }) })], wantV: 'map[a:map[b:1]]' },
  { name: 'mergeOverwrite string over map', fn: 'mergeOverwrite', args: () => [m({ a: m({ b: 1n }) }), m({ a: 'x' })], wantV: 'map[a:x]' },
  { name: 'mergeOverwrite list replaced', fn: 'mergeOverwrite', args: () => [m({ a: [1n, 2n] }), m({ a: [3n] })], wantV: 'map[a:[3]]' },
  { name: 'mergeOverwrite empty list', fn: 'mergeOverwrite', args: () => [m({ a: [1n] }), m({ a: [] })], wantV: 'map[a:[]]' },
  { name: 'mergeOverwrite list over map', fn: 'mergeOverwrite', args: () => [m({ a: m({ x: 1n }) }), m({ a: [1n] })], wantV: 'map[a:[1]]' },
  { name: 'mergeOverwrite empty map kept', fn: 'mergeOverwrite', args: () => [m({ a: m({ x: 1n }) }), m({ a: m({}) })], wantV: 'map[a:map[x:1]]' },
  {
    name: 'mergeOverwrite nested nil',
    fn: 'mustMergeOverwrite',
    args: () => [m({ a: m({ b: 0n, c: 1n }) }), m({ a: m({ b: null }) })],
    wantV: 'map[a:map[b:<nil> c:1]]',
  },
  { name: 'dig', fn: 'dig', args: () => ['a', 'b', 'def', m({ a: m({ b: 1n }) })], wantV: '1' },
  { name: 'dig missing', fn: 'dig', args: () => ['a', 'x', 'def', m({ a: m({ b: 1n }) })], wantV: 'def' },
  {
    name: 'dig through string',
    fn: 'dig',
    args: () => ['a', 'b', 'def', m({ a: 's' })],
    wantErr: 'interface conversion: interface {} is string, not map[string]interface {}',
  },
  {
    name: 'dig through nil',
    fn: 'dig',
    args: () => ['a', 'b', 'def', m({ a: null })],
    wantErr: 'interface conversion: interface {} is nil, not map[string]interface {}',
  },
  { name: 'dig too few', fn: 'dig', args: () => ['a', 'def'], wantErr: 'dig needs at least three arguments' },
  { name: 'dig int key', fn: 'dig', args: () => [1n, 'def', m({})], wantErr: 'interface conversion: interface {} is int, not string' },
  { name: 'deepCopy', fn: 'deepCopy', args: () => [m({ a: [1n, m({ b: 2n })] })], wantV: 'map[a:[1 map[b:2]]]' },
  { name: 'deepCopy nil', fn: 'deepCopy', args: () => [null], wantErr: 'reflect: call of reflect.Value.Type on zero Value' },
  { name: 'mustDeepCopy nil', fn: 'mustDeepCopy', args: () => [null], wantErr: 'reflect: call of reflect.Value.Type on zero Value' },
];

describe('sprig dicts', () => {
  for (const c of cases) {
    it(c.name, () => {
      const spec = funcs[c.fn];
      if (c.wantErr !== undefined) {
        expect(() => spec.fn(...c.args())).toThrow(new FuncError(c.wantErr));
        return;
      }
      expect(formatV(spec.fn(...c.args()))).toBe(c.wantV);
    });
  }

  it('merge writes into its first argument and returns it', () => {
    const d = m({ a: 1n });
    expect(funcs.merge.fn(d, m({ b: 2n }))).toBe(d);
    expect(formatV(d)).toBe('map[a:1 b:2]');
  });

  it('merge stores src maps themselves: a later merge changes the source too', () => {
    const a = m({ m: m({ x: 1n }) });
    const d = funcs.merge.fn(m({ k: 1n }), a) as GoMap;
    funcs.merge.fn(d, m({ m: m({ y: 2n }) }));
    expect(formatV(a)).toBe('map[m:map[x:1 y:2]]');
  });

  it('deepCopy is independent of its source', () => {
    const a = m({ l: m({ x: 1n }) });
    const b = funcs.deepCopy.fn(a) as GoMap;
    (b.l as GoMap).x = 2n;
    expect(formatV(a)).toBe('map[l:map[x:1]]');
  });

  it('declares Go signatures', () => {
    expect(funcs.get.params).toEqual(['map', 'string']);
    expect(funcs.pluck).toMatchObject({ params: ['string'], variadic: 'map' });
    expect(funcs.pick).toMatchObject({ params: ['map'], variadic: 'string' });
    expect(funcs.merge).toMatchObject({ params: ['map'], variadic: 'map' });
  });
});
