import { describe, expect, it } from 'vitest';
import { isCompatibleRange, parseVersion } from './semver';

describe('semver.NewVersion', () => {
  const cases: { input: string; want: boolean }[] = [
    { input: '1.0.0', want: true },
    { input: '1.0', want: true },
    { input: '1', want: true },
    { input: 'v1.2.3', want: true },
    { input: '1.2.3-rc.1+build.5', want: true },
    { input: '1.0.0.0', want: false },
    { input: 'abc', want: false },
    { input: '1.2.3-01', want: false },
  ];
  for (const c of cases) it(c.input, () => expect(parseVersion(c.input) !== null).toBe(c.want));
});

describe('IsCompatibleRange', () => {
  const cases: { constraint: string; version: string; want: boolean }[] = [
    { constraint: '>=1.20.0', version: 'v1.35.0', want: true },
    { constraint: '>=1.40.0', version: 'v1.35.0', want: false },
    { constraint: '>=1.20.0-0', version: 'v1.35.0', want: true },
    { constraint: '<1.36', version: 'v1.35.0', want: true },
    { constraint: '~1.35.0', version: 'v1.35.4', want: true },
    { constraint: '~1.35.0', version: 'v1.36.0', want: false },
    { constraint: '^1.2.0', version: '1.9.0', want: true },
    { constraint: '^1.2.0', version: '2.0.0', want: false },
    { constraint: '1.2.x', version: '1.2.9', want: true },
    { constraint: '>=1.0.0, <2.0.0', version: '1.5.0', want: true },
    { constraint: '<1.0.0 || >=3', version: '3.1.0', want: true },
    { constraint: '1.0.0 - 2.0.0', version: '1.5.0', want: true },
    { constraint: '', version: '1.0.0', want: false },
    { constraint: '>=1.0.0', version: '1.2.0-beta', want: false },
  ];
  for (const c of cases) it(`${c.constraint} ${c.version}`, () => expect(isCompatibleRange(c.constraint, c.version)).toBe(c.want));
});
