// BurntSushi/toml's encoder and decoder as Helm's toToml/fromToml use them. Expected texts
// were printed by helm 4.1.4 (toml.diff.test.ts re-checks them against the binary).
import { describe, expect, it } from 'vitest';
import { type GoValue, int64, newMap } from '../gotemplate/value';
import { marshalJSON } from './json';
import { fromToml, toToml } from './toml';

const map = (o: Record<string, GoValue>) => Object.assign(newMap(), o);

describe('toToml', () => {
  const table: { name: string; input: GoValue; want: string }[] = [
    { name: 'floats get a decimal point', input: map({ port: 8080, f: 1.5, big: 1e21, small: 1e-7, neg: -0 }), want: 'big = 1e+21\nf = 1.5\nneg = -0.0\nport = 8080.0\nsmall = 1e-07\n' },
    { name: 'ints stay ints', input: map({ i: 5n, n: -5n }), want: 'i = 5\nn = -5\n' },
    { name: 'plain keys before tables', input: map({ a: 1n, b: map({}) }), want: 'a = 1\n\n[b]\n' },
    {
      name: 'tables and arrays of tables',
      input: map({ c: 2n, a: map({ b: 1n }), d: [map({ e: 1n })] }),
      want: 'c = 2\n\n[a]\n  b = 1\n\n[[d]]\n  e = 1\n',
    },
    {
      name: 'nested arrays of tables',
      input: map({ l: [map({ a: 1n }), map({ b: map({ c: 2n }) })] }),
      want: '[[l]]\n  a = 1\n\n[[l]]\n  [l.b]\n    c = 2\n',
    },
    { name: 'inline tables inside arrays', input: map({ d: [[map({ a: 1n })]], x: [map({ a: 1n }), 's'] }), want: 'd = [[{a = 1}]]\nx = [{a = 1}, "s"]\n' },
    { name: 'quoted keys', input: map({ 'a b': 1n, ütf: 2n, '': 3n, ok_key: 4n }), want: '"" = 3\n"a b" = 1\nok_key = 4\n"ütf" = 2\n' },
    { name: 'string escapes', input: map({ s: 'he said "hi"\n\ttab\u0001\u007f é' }), want: 's = "he said \\"hi\\"\\n\\ttab\\u0001\\u007f é"\n' },
    { name: 'nil map values are skipped', input: map({ a: null, b: 1n, c: map({ d: null }) }), want: 'b = 1\n\n[c]\n' },
    { name: 'nil in an array', input: map({ a: [1n, null] }), want: 'toml: cannot encode array with nil element' },
    { name: 'top-level scalar', input: 5n, want: '5' },
    { name: 'top-level list', input: [1n, 2n], want: '[1, 2]' },
    { name: 'top-level table list', input: [map({ a: 1n })], want: 'toml: top-level values must be Go maps or structs' },
    { name: 'special floats', input: map({ a: NaN, b: Infinity, c: -Infinity }), want: 'a = nan\nb = inf\nc = -inf\n' },
  ];
  for (const c of table) it(c.name, () => expect(toToml(c.input)).toBe(c.want));
});

describe('fromToml', () => {
  const table: { name: string; input: string; want: string }[] = [
    { name: 'dotted keys', input: 'a.b.c = 1\n"q k" = 2\n', want: '{"a":{"b":{"c":1}},"q k":2}' },
    { name: 'inline tables', input: 'a = [1, "s"]\nb = {x = 1, y = {z = 2}}\n', want: '{"a":[1,"s"],"b":{"x":1,"y":{"z":2}}}' },
    { name: 'missing value', input: 'a = \n', want: '{"Error":"toml: line 1 (last key \\"a\\"): expected value but found \'\\\\n\' instead"}' },
    { name: 'duplicate key', input: 'a = 1\na = 2\n', want: '{"Error":"toml: line 2 (last key \\"a\\"): Key \'a\' has already been defined."}' },
    { name: 'bad table', input: '[t\n', want: '{"Error":"toml: line 2: expected \'.\' or \']\' to end table name, but got \'\\\\n\' instead"}' },
    { name: 'newline in string', input: 'a = "unterminated\n', want: '{"Error":"toml: line 1 (last key \\"a\\"): strings cannot contain newlines"}' },
    { name: 'bare word', input: 'x', want: '{"Error":"toml: line 1: unexpected EOF; expected key separator \'=\'"}' },
    { name: 'leading zero', input: 'a = 01\n', want: '{"Error":"toml: line 1 (last key \\"a\\"): Invalid integer \\"01\\": cannot have leading zeroes"}' },
    { name: 'int64 range', input: 'a = 9223372036854775808\n', want: '{"Error":"toml: line 1 (last key \\"a\\"): 9223372036854775808 is out of range for int64"}' },
  ];
  for (const c of table) it(c.name, () => expect(marshalJSON(fromToml(c.input))).toBe(c.want));
  it('types', () => {
    const m = fromToml('i = 1\nf = 1.5\n[[aa]]\ny = 2\n');
    expect(m.i).toEqual(int64(1n)); // Go's int64, not int
    expect(typeof m.f).toBe('number');
    expect(Array.isArray(m.aa)).toBe(true);
  });
});
