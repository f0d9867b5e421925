import { describe, expect, it } from 'vitest';
import { parseFlags, type FlagSpec } from './commands';

const SPECS: FlagSpec[] = [
  { long: 'values', short: 'f', type: 'list' },
  { long: 'set', type: 'array' },
  { long: 'namespace', short: 'n', type: 'string' },
  { long: 'skip-tests', type: 'bool' },
  { long: 'show-only', short: 's', type: 'array' },
];

describe('parseFlags (pflag forms)', () => {
  const cases: { name: string; input: string[]; want?: Record<string, unknown>; wantErr?: string }[] = [
    { name: 'separate value', input: ['rel', 'dir', '--set', 'a=b'], want: { set: ['a=b'], pos: ['rel', 'dir'] } },
    { name: 'equals form keeps later =', input: ['--set=a=b=c'], want: { set: ['a=b=c'], pos: [] } },
    { name: 'short attached', input: ['-fx.yaml', '-f=y.yaml', '-f', 'z.yaml'], want: { values: ['x.yaml', 'y.yaml', 'z.yaml'], pos: [] } },
    { name: 'list splits commas', input: ['-f', 'a.yaml,b.yaml'], want: { values: ['a.yaml', 'b.yaml'], pos: [] } },
    { name: 'array does not split', input: ['--set', 'a=1,b=2'], want: { set: ['a=1,b=2'], pos: [] } },
    { name: 'string keeps last', input: ['-n', 'a', '--namespace=b'], want: { namespace: ['b'], pos: [] } },
    { name: 'interspersed and --', input: ['x', '--skip-tests', 'y', '--', '--set'], want: { pos: ['x', 'y', '--set'], skip: true } },
    { name: 'unknown long', input: ['--nope'], wantErr: 'unknown flag: --nope' },
    { name: 'unknown short', input: ['-x'], wantErr: "unknown shorthand flag: 'x' in -x" },
    { name: 'missing long argument', input: ['--set'], wantErr: 'flag needs an argument: --set' },
    { name: 'missing short argument', input: ['-s'], wantErr: "flag needs an argument: 's' in -s" },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.wantErr) {
        expect(() => parseFlags(c.input, SPECS)).toThrow(c.wantErr);
        return;
      }
      const r = parseFlags(c.input, SPECS);
      const got: Record<string, unknown> = { pos: r.positional };
      for (const [k, v] of r.values) got[k] = v;
      if (r.bools.get('skip-tests')) got.skip = true;
      expect(got).toEqual(c.want);
    });
  }
});
