// Sprig's semver and semverCompare (semver.go) over Masterminds/semver v3 (_semver.ts).
// `semver` returns a *semver.Version GoStruct whose methods are the library's; values
// from IncMajor and friends are semver.Version (not pointers), so, as in Go, only the
// value-receiver methods can be called on them.
import { type FuncMap, type FuncSpec, GoStruct, FuncError } from '../gotemplate/value';
import { type Version, SemverError, parseVersion, newVersion, newConstraint, check, compareVersions, validatePrerelease, validateMetadata } from './_semver';

export { parseVersion, satisfies, newConstraint, check, compareVersions, Version, SemverError } from './_semver';

/** The Version a GoStruct made here stands for. */
const versions = new WeakMap<GoStruct, Version>();

export function versionOf(v: unknown): Version | undefined {
  return v instanceof GoStruct ? versions.get(v) : undefined;
}

function goErr<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof SemverError) throw new FuncError(e.message);
    throw e;
  }
}

function vPrefix(v: Version): string {
  return v.original.startsWith('v') ? 'v' : '';
}

// Arguments of LessThan & co. must be *semver.Version; Go's reflect call would refuse
// anything else before the call.
function versionArg(x: unknown): Version {
  const v = x instanceof GoStruct && x.typeName === '*semver.Version' ? versions.get(x) : undefined;
  if (!v) throw new FuncError(`wrong type for value; expected *semver.Version; got ${x instanceof GoStruct ? x.typeName : typeof x}`);
  return v;
}

function method(params: FuncSpec['params'], fn: FuncSpec['fn']): FuncSpec {
  return { params, fn };
}

/** A semver.Version (pointer: the *semver.Version NewVersion returns). */
export function versionStruct(v: Version, pointer = true): GoStruct {
  const inc = (major: bigint, minor: bigint, patch: bigint) => versionStruct(newVersion(major, minor, patch, '', '', vPrefix(v)), false);
  const valueMethods: Record<string, FuncSpec> = {
    String: method([], () => v.toString()),
    Major: method([], () => v.major),
    Minor: method([], () => v.minor),
    Patch: method([], () => v.patch),
    Prerelease: method([], () => v.pre),
    Metadata: method([], () => v.metadata),
    // A prerelease or metadata is dropped first; only a plain version moves its patch.
    IncPatch: method([], () => inc(v.major, v.minor, v.pre !== '' ? v.patch : v.patch + 1n)),
    IncMinor: method([], () => inc(v.major, v.minor + 1n, 0n)),
    IncMajor: method([], () => inc(v.major + 1n, 0n, 0n)),
    SetPrerelease: method(['string'], (p: string) =>
      goErr(() => {
        if (p.length > 0) validatePrerelease(p);
        return versionStruct(newVersion(v.major, v.minor, v.patch, p, v.metadata, vPrefix(v)), false);
      }),
    ),
    SetMetadata: method(['string'], (md: string) =>
      goErr(() => {
        if (md.length > 0) validateMetadata(md);
        return versionStruct(newVersion(v.major, v.minor, v.patch, v.pre, md, vPrefix(v)), false);
      }),
    ),
  };
  const pointerMethods: Record<string, FuncSpec> = {
    Original: method([], () => v.original),
    LessThan: method(['any'], (o: unknown) => compareVersions(v, versionArg(o)) < 0),
    LessThanEqual: method(['any'], (o: unknown) => compareVersions(v, versionArg(o)) <= 0),
    GreaterThan: method(['any'], (o: unknown) => compareVersions(v, versionArg(o)) > 0),
    GreaterThanEqual: method(['any'], (o: unknown) => compareVersions(v, versionArg(o)) >= 0),
    Equal: method(['any'], (o: unknown) => compareVersions(v, versionArg(o)) === 0),
    Compare: method(['any'], (o: unknown) => BigInt(compareVersions(v, versionArg(o)))),
  };
  const s = new GoStruct(pointer ? '*semver.Version' : 'semver.Version', {}, pointer ? { ...valueMethods, ...pointerMethods } : valueMethods, () => v.toString());
  versions.set(s, v);
  return s;
}

export const funcs: FuncMap = {
  semver: {
    params: ['string'],
    fn: (s: string) => versionStruct(goErr(() => parseVersion(s))),
  },
  semverCompare: {
    params: ['string', 'string'],
    fn: (constraint: string, version: string) =>
      goErr(() => {
        const c = newConstraint(constraint);
        return check(c, parseVersion(version));
      }),
  },
};
