// Shapes checked against Helm 4.1.4 (see crypto.diff.test.ts, "rand*" cases).
import { describe, expect, it } from 'vitest';
import { funcs } from './random';

const call = (name: string, ...args: unknown[]) => funcs[name].fn(...args);

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

describe('random strings', () => {
  const cases: { fn: string; n: bigint; pattern: RegExp }[] = [
    { fn: 'randAlphaNum', n: 40n, pattern: /^[A-Za-z0-9]{40}$/ },
    { fn: 'randAlpha', n: 40n, pattern: /^[A-Za-z]{40}$/ },
    { fn: 'randNumeric', n: 40n, pattern: /^[0-9]{40}$/ },
    { fn: 'randAscii', n: 40n, pattern: /^[\x20-\x7e]{40}$/ },
    { fn: 'randAlpha', n: 0n, pattern: /^$/ },
    { fn: 'randNumeric', n: -3n, pattern: /^$/ },
  ];
  for (const c of cases) it(`${c.fn} ${c.n}`, () => expect(call(c.fn, c.n)).toMatch(c.pattern));

  it('uses the whole alphabet', () => {
    const s = call('randAlphaNum', 5000n) as string;
    expect(new Set(s).size).toBe(62);
  });
  it('is nondeterministic', () => {
    for (const f of Object.keys(funcs)) expect(funcs[f].nondeterministic, f).toBe(true);
  });
});

describe('randBytes', () => {
  it('base64 of n bytes', () => {
    expect((call('randBytes', 3n) as string).length).toBe(4);
    expect(call('randBytes', 0n)).toBe('');
    expect((call('randBytes', 10n) as string).length).toBe(16);
  });
  it('negative length panics', () => expect(errorOf(() => call('randBytes', -1n))).toBe('runtime error: makeslice: len out of range'));
});
