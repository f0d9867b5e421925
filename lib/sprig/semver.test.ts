// Expected values were checked against Helm 4.1.4 (see semver.diff.test.ts).
import { describe, expect, it } from 'vitest';
import { GoStruct } from '../gotemplate/value';
import { funcs, satisfies, parseVersion, SemverError } from './semver';

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

describe('satisfies', () => {
  const cases: { constraint: string; version: string; want: boolean }[] = [
    { constraint: '^1.2', version: '1.5.0', want: true },
    { constraint: '^1.2', version: '2.0.0', want: false },
    { constraint: '^1.2', version: '1.3.0-beta', want: false },
    { constraint: '^0.2.3', version: '0.2.9', want: true },
    { constraint: '^0.2.3', version: '0.3.0', want: false },
    { constraint: '^0.0.3', version: '0.0.4', want: false },
    { constraint: '^0.0', version: '0.0.9', want: true },
    { constraint: '^0.0', version: '0.1.0', want: false },
    { constraint: '^0', version: '0.9.9', want: true },
    { constraint: '~1.2', version: '1.2.9', want: true },
    { constraint: '~1.2', version: '1.3.0', want: false },
    { constraint: '~1.2.3', version: '1.2.2', want: false },
    { constraint: '~1', version: '1.9.0', want: true },
    { constraint: '~>2.0', version: '2.1.0', want: false },
    { constraint: '1.x', version: '1.99.0', want: true },
    { constraint: '1.2.x', version: '1.3.0', want: false },
    { constraint: '*', version: '1.0.0-rc.1', want: false },
    { constraint: '>=1.2.3', version: '1.2.4-alpha', want: false },
    { constraint: '>=1.2.3-0', version: '1.2.4-alpha', want: true },
    { constraint: '>1.2', version: '1.2.5', want: false },
    { constraint: '>1', version: '1.9.9', want: false },
    { constraint: '<=1.2', version: '1.2.9', want: true },
    { constraint: '=1.2.3', version: 'v1.2.3', want: true },
    { constraint: '=1.2.3', version: '1.2.3+build', want: true },
    { constraint: '!=1.x', version: '1.5.0', want: false },
    { constraint: '!=1.2.x', version: '1.3.0', want: true },
    { constraint: '1.2.3 - 1.4', version: '1.4.9', want: true },
    { constraint: '1.2 - 1.4.5', version: '1.4.6', want: false },
    { constraint: '>= 1.0, < 2', version: '2.0.0', want: false },
    { constraint: '>=1.0 <2', version: '1.5.0', want: true },
    { constraint: '>1.2, <2 || =3', version: '3.0.0', want: true },
    { constraint: '>1.2, <2 || =3', version: '2.5.0', want: false },
    { constraint: '>=1.20.0-0', version: 'v1.35.0', want: true },
    { constraint: '>= 1.19.0-0 < 1.30.0-0', version: '1.25.3-eks-1', want: true },
    { constraint: '=<1.0', version: '1.0.1', want: true },
    { constraint: '^1.2.3-beta.2', version: '1.2.3-beta.10', want: true },
    { constraint: '^1.2.3-beta.2', version: '1.2.3-alpha', want: false },
    { constraint: '>1.0.0-beta.2', version: '1.0.0-beta.x', want: true },
    { constraint: '<1.0.0-1', version: '1.0.0-alpha', want: false },
    { constraint: '  >=  1.2 ', version: '1.2.0', want: true },
  ];
  for (const c of cases) it(`${c.constraint} ∋ ${c.version}`, () => expect(satisfies(c.constraint, c.version)).toBe(c.want));

  const errors: { constraint: string; version: string; wantErr: string }[] = [
    { constraint: '', version: '1.0.0', wantErr: 'improper constraint: ' },
    { constraint: 'bad!', version: '1.0.0', wantErr: 'improper constraint: bad!' },
    { constraint: '1.x', version: 'nope', wantErr: 'invalid semantic version' },
    { constraint: '>1 ~ <2', version: '1.5.0', wantErr: 'improper constraint: >1 ~ <2' },
    { constraint: '1|2', version: '1.0.0', wantErr: 'constraint parser error' },
    { constraint: '1.2.3-beta.02', version: '1.0.0', wantErr: 'constraint parser error' },
    { constraint: '1.2.3-beta.2', version: '1.2.3-beta.02', wantErr: 'version segment starts with 0' },
  ];
  for (const c of errors) {
    it(`error: ${c.constraint} / ${c.version}`, () => {
      expect(errorOf(() => satisfies(c.constraint, c.version))).toBe(c.wantErr);
    });
  }
});

describe('parseVersion', () => {
  const cases: { input: string; want?: string; wantErr?: string }[] = [
    { input: 'v1.2', want: '1.2.0' },
    { input: '1', want: '1.0.0' },
    { input: '01.02.03', want: '1.2.3' },
    { input: '1.2.3-beta.1+b5', want: '1.2.3-beta.1+b5' },
    { input: 'bad', wantErr: 'invalid semantic version' },
    { input: '', wantErr: 'invalid semantic version' },
    { input: '1.2.3-01', wantErr: 'version segment starts with 0' },
    { input: '1.2.3+a..b', wantErr: 'invalid semantic version' },
    { input: '1.2.3.4', wantErr: 'invalid semantic version' },
    { input: '99999999999999999999.0.0', wantErr: 'error parsing version segment: strconv.ParseUint: parsing "99999999999999999999": value out of range' },
  ];
  for (const c of cases) {
    it(c.input || '(empty)', () => {
      if (c.wantErr !== undefined) {
        expect(() => parseVersion(c.input)).toThrow(SemverError);
        expect(errorOf(() => parseVersion(c.input))).toBe(c.wantErr);
      } else expect(parseVersion(c.input).toString()).toBe(c.want);
    });
  }
});

describe('semver struct', () => {
  const v = (s: string) => funcs.semver.fn(s) as GoStruct;
  const m = (x: GoStruct, name: string, ...args: unknown[]) => x.methods[name].fn(...args);

  it('is a *semver.Version printing String()', () => {
    const x = v('v1.2');
    expect(x.typeName).toBe('*semver.Version');
    expect(x.str!()).toBe('1.2.0');
    expect(m(x, 'Original')).toBe('v1.2');
  });
  it('parts', () => {
    const x = v('v2.3.4-rc.1+build.7');
    expect([m(x, 'Major'), m(x, 'Minor'), m(x, 'Patch'), m(x, 'Prerelease'), m(x, 'Metadata')]).toEqual([2n, 3n, 4n, 'rc.1', 'build.7']);
  });
  it('increments return values without pointer methods', () => {
    const x = v('v1.2.3-rc');
    const inc = m(x, 'IncMajor') as GoStruct;
    expect(inc.typeName).toBe('semver.Version');
    expect(inc.methods.Original).toBeUndefined();
    expect([(m(x, 'IncPatch') as GoStruct).str!(), (m(x, 'IncMinor') as GoStruct).str!(), inc.str!()]).toEqual(['1.2.3', '1.3.0', '2.0.0']);
    expect((m(v('1.2.3+meta'), 'IncPatch') as GoStruct).str!()).toBe('1.2.4');
  });
  it('comparisons', () => {
    const a = v('1.2.3');
    const b = v('1.10.0');
    expect([m(a, 'LessThan', b), m(a, 'GreaterThan', b), m(a, 'Equal', v('v1.2.3+x')), m(a, 'Compare', b), m(b, 'Compare', a)]).toEqual([true, false, true, -1n, 1n]);
    expect(m(v('1.0.0-alpha.1'), 'LessThan', v('1.0.0-alpha.beta'))).toBe(true);
    expect(m(v('1.0.0-2'), 'LessThan', v('1.0.0-10'))).toBe(true);
  });
  it('SetPrerelease / SetMetadata', () => {
    expect((m(v('1.2.3'), 'SetPrerelease', 'beta.1') as GoStruct).str!()).toBe('1.2.3-beta.1');
    expect((m(v('v1.2.3-x'), 'SetMetadata', 'sha.abc') as GoStruct).str!()).toBe('1.2.3-x+sha.abc');
    expect(errorOf(() => m(v('1.2.3'), 'SetPrerelease', '01'))).toBe('version segment starts with 0');
  });
  it('semverCompare wraps errors as Go errors', () => {
    expect(funcs.semverCompare.fn('>=1.21-0', 'v1.35.0')).toBe(true);
    expect(errorOf(() => funcs.semverCompare.fn('bad!', '1.0.0'))).toBe('improper constraint: bad!');
  });
});
