// Sprig's reflection functions and reflect.DeepEqual called directly. Expectations read
// off Helm 4.1.4 (the same templates are in reflect.diff.test.ts).
import { describe, expect, it } from 'vitest';
import { funcs, deepEqual, goKind } from './reflect';
import { GoFuncValue, GoStruct, newMap, type GoValue } from '../gotemplate/value';

const caps = new GoStruct('*common.Capabilities', {});
const kube = new GoStruct('common.KubeVersion', { Major: '1' });
const m = (o: Record<string, GoValue>) => Object.assign(newMap(), o);

describe('sprig typeOf and kindOf', () => {
  const cases: { name: string; input: GoValue; type: string; kind: string }[] = [
    { name: 'int', input: 1n, type: 'int', kind: 'int' },
    { name: 'float64', input: 1.5, type: 'float64', kind: 'float64' },
    { name: 'string', input: 's', type: 'string', kind: 'string' },
    { name: 'bool', input: true, type: 'bool', kind: 'bool' },
    { name: 'nil', input: null, type: '<nil>', kind: 'invalid' },
    { name: 'list', input: [], type: '[]interface {}', kind: 'slice' },
    { name: 'map', input: newMap(), type: 'map[string]interface {}', kind: 'map' },
    { name: 'pointer to struct', input: caps, type: '*common.Capabilities', kind: 'ptr' },
    { name: 'struct', input: kube, type: 'common.KubeVersion', kind: 'struct' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(funcs.typeOf.fn(c.input)).toBe(c.type);
      expect(funcs.kindOf.fn(c.input)).toBe(c.kind);
      expect(funcs.typeIs.fn(c.type, c.input)).toBe(true);
      expect(funcs.kindIs.fn(c.kind, c.input)).toBe(true);
    });
  }
  it('typeIsLike accepts a pointer to the type', () => {
    expect(funcs.typeIsLike.fn('common.Capabilities', caps)).toBe(true);
    expect(funcs.typeIsLike.fn('Capabilities', caps)).toBe(false);
    expect(funcs.typeIs.fn('common.Capabilities', caps)).toBe(false);
    expect(funcs.typeIsLike.fn('int', 1n)).toBe(true);
  });
  it('kindIs "int" is false for a float64', () => expect(funcs.kindIs.fn('int', 1)).toBe(false));
  it('a func has kind func', () => expect(goKind(new GoFuncValue({ params: [], fn: () => null }))).toBe('func'));
});

describe('reflect.DeepEqual', () => {
  const nan = [NaN];
  const cases: { name: string; a: GoValue; b: GoValue; want: boolean }[] = [
    { name: 'ints', a: 1n, b: 1n, want: true },
    { name: 'different ints', a: 1n, b: 2n, want: false },
    { name: 'int vs float64', a: 1n, b: 1, want: false },
    { name: 'floats', a: 1, b: 1, want: true },
    { name: 'nested', a: [1n, m({ a: 'b' })], b: [1n, m({ a: 'b' })], want: true },
    { name: 'nested differs', a: [1n, m({ a: 'b' })], b: [1n, m({ a: 'c' })], want: false },
    { name: 'nil nil', a: null, b: null, want: true },
    { name: 'nil vs ""', a: null, b: '', want: false },
    { name: 'map from values vs dict', a: { a: 1 }, b: m({ a: 1 }), want: true },
    { name: 'map float vs int', a: { a: 1 }, b: m({ a: 1n }), want: false },
    { name: 'list lengths', a: [1n], b: [1n, 1n], want: false },
    { name: 'map sizes', a: m({ a: 1n }), b: m({ a: 1n, b: 1n }), want: false },
    { name: 'list vs map', a: [], b: newMap(), want: false },
    { name: 'NaN', a: NaN, b: NaN, want: false },
    { name: 'same list holding NaN', a: nan, b: nan, want: true },
    { name: 'copies holding NaN', a: [NaN], b: [NaN], want: false },
    { name: 'structs', a: kube, b: new GoStruct('common.KubeVersion', { Major: '1' }), want: true },
    { name: 'bytes', a: new Uint8Array([1]), b: new Uint8Array([1]), want: true },
    { name: 'bytes vs list', a: new Uint8Array([1]), b: [1n], want: false },
  ];
  for (const c of cases) it(c.name, () => expect(deepEqual(c.a, c.b)).toBe(c.want));
  it('is exposed as deepEqual(any, any)', () => {
    expect(funcs.deepEqual.params).toEqual(['any', 'any']);
    expect(funcs.deepEqual.fn('a', 'a')).toBe(true);
  });
});
