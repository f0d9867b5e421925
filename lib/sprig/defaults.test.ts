// Sprig's default, empty, coalesce, all, any and ternary called directly. Expectations
// read off Helm 4.1.4 (the same templates are in defaults.diff.test.ts).
import { describe, expect, it } from 'vitest';
import { funcs, empty } from './defaults';
import { GoStruct, newMap, type GoValue } from '../gotemplate/value';

const caps = new GoStruct('*common.Capabilities', {});

describe('sprig empty', () => {
  const cases: { name: string; input: GoValue; want: boolean }[] = [
    { name: 'nil', input: null, want: true },
    { name: 'int 0', input: 0n, want: true },
    { name: 'float 0', input: 0, want: true },
    { name: 'float -0', input: -0, want: true },
    { name: 'empty string', input: '', want: true },
    { name: 'false', input: false, want: true },
    { name: 'empty list', input: [], want: true },
    { name: 'empty map', input: newMap(), want: true },
    { name: 'empty plain object', input: {}, want: true },
    { name: 'empty bytes', input: new Uint8Array(0), want: true },
    { name: 'int 1', input: 1n, want: false },
    { name: 'float -0.1', input: -0.1, want: false },
    { name: 'NaN', input: NaN, want: false },
    { name: 'space', input: ' ', want: false },
    { name: 'true', input: true, want: false },
    { name: 'list of nil', input: [null], want: false },
    { name: 'map', input: { a: 1 }, want: false },
    { name: 'struct pointer', input: caps, want: false },
    { name: 'empty struct', input: new GoStruct('common.KubeVersion', {}), want: false },
  ];
  for (const c of cases) it(c.name, () => expect(empty(c.input)).toBe(c.want));
});

describe('sprig defaults', () => {
  const cases: { name: string; fn: string; args: GoValue[]; want: GoValue }[] = [
    { name: 'default without given', fn: 'default', args: ['d'], want: 'd' },
    { name: 'default nil', fn: 'default', args: ['d', null], want: 'd' },
    { name: 'default 0', fn: 'default', args: ['d', 0n], want: 'd' },
    { name: 'default 0.0', fn: 'default', args: ['d', 0], want: 'd' },
    { name: 'default 0.5', fn: 'default', args: ['d', 0.5], want: 0.5 },
    { name: 'default false', fn: 'default', args: ['d', false], want: 'd' },
    { name: 'default true', fn: 'default', args: ['d', true], want: true },
    { name: 'default list of zero', fn: 'default', args: ['d', [0]], want: [0] },
    { name: 'default only looks at the first given', fn: 'default', args: ['d', '', 'y'], want: 'd' },
    { name: 'default extra given', fn: 'default', args: ['d', 'x', 'y'], want: 'x' },
    { name: 'default struct', fn: 'default', args: ['d', caps], want: caps },
    { name: 'coalesce', fn: 'coalesce', args: [0n, '', null, 'x', 1n], want: 'x' },
    { name: 'coalesce all empty', fn: 'coalesce', args: [0n, ''], want: null },
    { name: 'coalesce none', fn: 'coalesce', args: [], want: null },
    { name: 'all', fn: 'all', args: [1n, 'a', [1n]], want: true },
    { name: 'all one empty', fn: 'all', args: [1n, ''], want: false },
    { name: 'all none', fn: 'all', args: [], want: true },
    { name: 'any', fn: 'any', args: [0n, 'a'], want: true },
    { name: 'any all empty', fn: 'any', args: [0n, '', null], want: false },
    { name: 'any none', fn: 'any', args: [], want: false },
    { name: 'ternary true', fn: 'ternary', args: ['a', 'b', true], want: 'a' },
    { name: 'ternary false', fn: 'ternary', args: ['a', 'b', false], want: 'b' },
  ];
  for (const c of cases) it(c.name, () => expect(funcs[c.fn].fn(...c.args)).toEqual(c.want));

  it('declares Go signatures', () => {
    expect(funcs.default).toMatchObject({ params: ['any'], variadic: 'any' });
    expect(funcs.empty.params).toEqual(['any']);
    expect(funcs.ternary.params).toEqual(['any', 'any', 'bool']);
    expect(funcs.coalesce).toMatchObject({ params: [], variadic: 'any' });
  });
});
