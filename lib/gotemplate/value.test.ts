import { describe, expect, it } from 'vitest';
import { byteLength, fromBytes, goTypeName, toBytes } from './value';
import { namedList, namedMap } from './types';

const enc = new TextEncoder();

describe('Go strings as bytes', () => {
  const cases: { name: string; input: string }[] = [
    { name: 'empty', input: '' },
    { name: 'short ascii', input: 'release-name-mychart' },
    { name: 'long ascii', input: 'x'.repeat(200) },
    { name: 'two-byte', input: 'é' },
    { name: 'three-byte', input: '日本語' },
    { name: 'surrogate pair', input: 'a😀b' },
    { name: 'lone high surrogate', input: 'a\ud800b' },
    { name: 'lone low surrogate', input: '\udc00' },
    { name: 'high surrogate at end', input: 'ab\ud83d' },
    { name: 'leading BOM', input: '\ufeffabc' },
    { name: 'long multibyte', input: 'é'.repeat(100) },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const want = enc.encode(c.input);
      expect(toBytes(c.input)).toEqual(want);
      expect(byteLength(c.input)).toBe(want.length);
      // string(bytes) keeps a BOM, and gives U+FFFD for what was a lone surrogate.
      expect(fromBytes(want)).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(want));
    });
  }
  it('keeps a leading BOM when decoding', () => {
    expect(fromBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('\ufeffa');
  });
});

describe('goTypeName', () => {
  const cases: { name: string; input: unknown; want: string }[] = [
    { name: 'map', input: {}, want: 'map[string]interface {}' },
    { name: 'named map', input: namedMap(Object.create(null), 'common.Values'), want: 'common.Values' },
    { name: 'list', input: [], want: '[]interface {}' },
    { name: 'named list', input: namedList(['v1'], 'common.VersionSet'), want: 'common.VersionSet' },
    { name: 'int', input: 1n, want: 'int' },
    { name: 'float', input: 1.5, want: 'float64' },
    { name: 'nil', input: null, want: '<nil>' },
  ];
  for (const c of cases) it(c.name, () => expect(goTypeName(c.input as never)).toBe(c.want));
});
