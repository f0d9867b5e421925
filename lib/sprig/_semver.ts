// Masterminds/semver v3.4.0 (what Helm 4.1.4 links): NewVersion with coercion of partial
// versions ("1.2" is 1.2.0, "v" prefix, leading zeros), Version.Compare, and constraint
// strings (`^1.2`, `~1.2.3`, `1.x`, `>= 1.0, < 2 || 3.x`, hyphen ranges `1 - 2`) with its
// prerelease rule: a prerelease only satisfies an AND group that names a prerelease.
// Names follow version.go and constraints.go.

export class SemverError extends Error {}

export class Version {
  constructor(
    readonly major: bigint,
    readonly minor: bigint,
    readonly patch: bigint,
    readonly pre: string,
    readonly metadata: string,
    readonly original: string,
  ) {}

  /** Version.String: without the "v" prefix; Original() keeps what was parsed. */
  toString(): string {
    let s = `${this.major}.${this.minor}.${this.patch}`;
    if (this.pre !== '') s += '-' + this.pre;
    if (this.metadata !== '') s += '+' + this.metadata;
    return s;
  }

  compare(o: Version): number {
    return compareVersions(this, o);
  }
}

// Go's regexp \s is [\t\n\f\r ]; JavaScript's is wider, so it is spelled out.
const S = '[\\t\\n\\f\\r ]';

const looseSemVerRegex =
  'v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?' +
  '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' +
  '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const looseVersionRegex = new RegExp('^' + looseSemVerRegex + '$');

const num = '0123456789';
const allowed = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-' + num;

const ErrInvalidSemVer = 'invalid semantic version';
const ErrSegmentStartsZero = 'version segment starts with 0';
const ErrInvalidMetadata = 'invalid metadata string';
const ErrInvalidPrerelease = 'invalid prerelease string';

const MAX_UINT64 = (1n << 64n) - 1n;

// strconv.ParseUint(s, 10, 64) on a string of digits.
function parseUint(s: string): bigint {
  const n = BigInt(s);
  if (n > MAX_UINT64) {
    throw new SemverError(`error parsing version segment: strconv.ParseUint: parsing "${s}": value out of range`);
  }
  return n;
}

function containsOnly(s: string, comp: string): boolean {
  for (const ch of s) if (!comp.includes(ch)) return false;
  return true;
}

function validatePrerelease(p: string): void {
  for (const part of p.split('.')) {
    if (part === '') throw new SemverError(ErrInvalidPrerelease);
    if (containsOnly(part, num)) {
      if (part.length > 1 && part[0] === '0') throw new SemverError(ErrSegmentStartsZero);
    } else if (!containsOnly(part, allowed)) {
      throw new SemverError(ErrInvalidPrerelease);
    }
  }
}

function validateMetadata(m: string): void {
  for (const part of m.split('.')) {
    if (part === '' || !containsOnly(part, allowed)) throw new SemverError(ErrInvalidMetadata);
  }
}

/**
 * semver.NewVersion (CoerceNewVersion is true): the loose form, missing minor and patch
 * read as 0. Throws SemverError with the library's error text.
 */
export function parseVersion(v: string): Version {
  const m = looseVersionRegex.exec(v);
  if (!m) throw new SemverError(ErrInvalidSemVer);
  const major = parseUint(m[1]);
  const minor = m[2] ? parseUint(m[2].slice(1)) : 0n;
  const patch = m[3] ? parseUint(m[3].slice(1)) : 0n;
  const pre = m[5] ?? '';
  const metadata = m[8] ?? '';
  if (pre !== '') validatePrerelease(pre);
  if (metadata !== '') validateMetadata(metadata);
  return new Version(major, minor, patch, pre, metadata, v);
}

/** A Version built from parts (semver.New), its original being its String(). */
export function newVersion(major: bigint, minor: bigint, patch: bigint, pre: string, metadata: string, vPrefix = ''): Version {
  const v = new Version(major, minor, patch, pre, metadata, '');
  return new Version(major, minor, patch, pre, metadata, vPrefix + v.toString());
}

export { validatePrerelease, validateMetadata };

function compareSegment(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Version.Compare: precedence by X.Y.Z, then prerelease; metadata is ignored. */
export function compareVersions(v: Version, o: Version): number {
  const d = compareSegment(v.major, o.major) || compareSegment(v.minor, o.minor) || compareSegment(v.patch, o.patch);
  if (d !== 0) return d;
  const ps = v.pre;
  const po = o.pre;
  if (ps === '' && po === '') return 0;
  if (ps === '') return 1;
  if (po === '') return -1;
  return comparePrerelease(ps, po);
}

function comparePrerelease(v: string, o: string): number {
  const sparts = v.split('.');
  const oparts = o.split('.');
  const l = Math.max(sparts.length, oparts.length);
  for (let i = 0; i < l; i++) {
    const d = comparePrePart(sparts[i] ?? '', oparts[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

function isUint(s: string): boolean {
  return /^[0-9]+$/.test(s) && BigInt(s) <= MAX_UINT64;
}

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return o !== '' ? -1 : 1;
  if (o === '') return s !== '' ? 1 : -1;
  // Numbers have lower precedence than alphanumerics; both numbers compare by value.
  const on = isUint(o);
  const sn = isUint(s);
  if (!on && !sn) return s > o ? 1 : -1;
  if (!on) return -1;
  if (!sn) return 1;
  return BigInt(s) > BigInt(o) ? 1 : -1;
}

// --- Constraints ------------------------------------------------------------------------

const cvRegex =
  'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?' +
  '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' +
  '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const ops = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';

const constraintRegex = new RegExp(`^${S}*(${ops})${S}*(${cvRegex})${S}*$`);
const constraintRangeRegex = new RegExp(`${S}*(${cvRegex})${S}+-${S}+(${cvRegex})${S}*`, 'g');
const findConstraintRegex = new RegExp(`(${ops})${S}*(${cvRegex})`, 'g');
const validConstraintRegex = new RegExp(`^(${S}*(${ops})${S}*(${cvRegex})${S}*)((?:${S}+|,${S}*)(${ops})${S}*(${cvRegex})${S}*)*$`);

interface Constraint {
  con: Version;
  /** the version text as written, for messages */
  orig: string;
  /** the operator as written */
  origfunc: string;
  minorDirty: boolean;
  dirty: boolean;
  patchDirty: boolean;
}

export interface Constraints {
  constraints: Constraint[][];
  containsPre: boolean[];
}

function isX(x: string): boolean {
  return x === 'x' || x === '*' || x === 'X';
}

// rewriteRange turns each "a - b" into ">= a, <= b ".
function rewriteRange(i: string): string {
  let o = i;
  for (const m of i.matchAll(constraintRangeRegex)) {
    o = o.replace(m[0], `>= ${m[1]}, <= ${m[11]} `);
  }
  return o;
}

/** semver.NewConstraint. Throws SemverError. */
export function newConstraint(c: string): Constraints {
  c = rewriteRange(c);
  const ors = c.split('||');
  const or: Constraint[][] = [];
  const hasPre: boolean[] = [];
  for (const v of ors) {
    if (!validConstraintRegex.test(v)) throw new SemverError(`improper constraint: ${v}`);
    let cs = Array.from(v.matchAll(findConstraintRegex), (m) => m[0]);
    if (cs.length === 0) cs = [v];
    const result: Constraint[] = [];
    let pre = false;
    for (const s of cs) {
      const pc = parseConstraint(s);
      // A prerelease in one constraint lets prereleases through the whole AND group.
      if (pc.con.pre !== '') pre = true;
      result.push(pc);
    }
    or.push(result);
    hasPre.push(pre);
  }
  return { constraints: or, containsPre: hasPre };
}

function parseConstraint(c: string): Constraint {
  if (c.length > 0) {
    const m = constraintRegex.exec(c);
    if (!m) throw new SemverError(`improper constraint: ${c}`);
    const g = (i: number) => m[i] ?? '';
    const cs = { orig: g(2), origfunc: g(1), minorDirty: false, patchDirty: false, dirty: false };
    let ver = g(2);
    if (isX(g(3)) || g(3) === '') {
      ver = `0.0.0${g(6)}`;
      cs.dirty = true;
    } else if (isX(g(4).replace(/^\./, '')) || g(4) === '') {
      cs.minorDirty = true;
      cs.dirty = true;
      ver = `${g(3)}.0.0${g(6)}`;
    } else if (isX(g(5).replace(/^\./, '')) || g(5) === '') {
      cs.dirty = true;
      cs.patchDirty = true;
      ver = `${g(3)}${g(4)}.0${g(6)}`;
    }
    let con: Version;
    try {
      con = parseVersion(ver);
    } catch {
      // The constraintRegex should catch any regex parsing errors. So, we should never
      // get here (but "1|2" slips through it).
      throw new SemverError('constraint parser error');
    }
    return { ...cs, con };
  }
  // An empty string is equivalent to * or >=0.0.0.
  return { con: new Version(0n, 0n, 0n, '', '', '0.0.0'), orig: c, origfunc: '', minorDirty: false, patchDirty: false, dirty: true };
}

/** Constraints.Check. */
export function check(cs: Constraints, v: Version, includePrerelease = false): boolean {
  return cs.constraints.some((group, i) => group.every((c) => constraintOps[c.origfunc](v, c, includePrerelease || cs.containsPre[i])));
}

type CFunc = (v: Version, c: Constraint, includePre: boolean) => boolean;

const lt = (a: Version, b: Version) => compareVersions(a, b) < 0;
const eq = (a: Version, b: Version) => compareVersions(a, b) === 0;

const constraintNotEqual: CFunc = (v, c, includePre) => {
  if (v.pre !== '' && !includePre) return false;
  if (c.dirty) {
    if (c.con.major !== v.major) return true;
    if (c.con.minor !== v.minor && !c.minorDirty) return true;
    else if (c.minorDirty) return false;
    else if (c.con.patch !== v.patch && !c.patchDirty) return true;
    else if (c.patchDirty) {
      if (v.pre !== '' || c.con.pre !== '') return comparePrerelease(v.pre, c.con.pre) !== 0;
      return false;
    }
  }
  return !eq(v, c.con);
};

const constraintGreaterThan: CFunc = (v, c, includePre) => {
  if (v.pre !== '' && !includePre) return false;
  if (!c.dirty) return compareVersions(v, c.con) === 1;
  if (v.major > c.con.major) return true;
  if (v.major < c.con.major) return false;
  // ">11" needs 12 or higher; ">11.1" needs 11.2 or higher.
  if (c.minorDirty) return false;
  if (c.patchDirty) return v.minor > c.con.minor;
  return compareVersions(v, c.con) === 1;
};

const constraintLessThan: CFunc = (v, c, includePre) => {
  if (v.pre !== '' && !includePre) return false;
  return compareVersions(v, c.con) < 0;
};

const constraintGreaterThanEqual: CFunc = (v, c, includePre) => {
  if (v.pre !== '' && !includePre) return false;
  return compareVersions(v, c.con) >= 0;
};

const constraintLessThanEqual: CFunc = (v, c, includePre) => {
  if (v.pre !== '' && !includePre) return false;
  if (!c.dirty) return compareVersions(v, c.con) <= 0;
  if (v.major > c.con.major) return false;
  if (v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty) return false;
  return true;
};

// ~*, ~>* --> >= 0.0.0 (any)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0, <3.0.0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0, <2.1.0
// ~1.2.3, ~>1.2.3 --> >=1.2.3, <1.3.0
const constraintTilde: CFunc = (v, c, includePre) => {
  if (v.pre !== '' && !includePre) return false;
  if (lt(v, c.con)) return false;
  // ~0.0.0 is a special case where all constraints are accepted.
  if (c.con.major === 0n && c.con.minor === 0n && c.con.patch === 0n && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== c.con.major) return false;
  if (v.minor !== c.con.minor && !c.minorDirty) return false;
  return true;
};

// With an x (dirty) it works as ~, otherwise as =.
const constraintTildeOrEqual: CFunc = (v, c, includePre) => {
  if (v.pre !== '' && !includePre) return false;
  if (c.dirty) return constraintTilde(v, c, includePre);
  return eq(v, c.con);
};

// ^1.2.3 --> >=1.2.3 <2.0.0;  ^0.2.3 --> >=0.2.3 <0.3.0;  ^0.0.3 --> >=0.0.3 <0.0.4
// ^0.0 --> >=0.0.0 <0.1.0;  ^0 --> >=0.0.0 <1.0.0
const constraintCaret: CFunc = (v, c, includePre) => {
  if (v.pre !== '' && !includePre) return false;
  if (lt(v, c.con)) return false;
  if (c.con.major > 0n || c.minorDirty) return v.major === c.con.major;
  if (c.con.major === 0n && v.major > 0n) return false;
  if (c.con.minor > 0n || c.patchDirty) return v.minor === c.con.minor;
  if (c.con.minor === 0n && v.minor > 0n) return false;
  return c.con.patch === v.patch;
};

const constraintOps: Record<string, CFunc> = {
  '': constraintTildeOrEqual,
  '=': constraintTildeOrEqual,
  '!=': constraintNotEqual,
  '>': constraintGreaterThan,
  '<': constraintLessThan,
  '>=': constraintGreaterThanEqual,
  '=>': constraintGreaterThanEqual,
  '<=': constraintLessThanEqual,
  '=<': constraintLessThanEqual,
  '~': constraintTilde,
  '~>': constraintTilde,
  '^': constraintCaret,
};

/**
 * Whether a version satisfies a constraint string, as sprig's semverCompare and Helm's
 * kubeVersion check decide it. Throws SemverError when either does not parse (the
 * constraint is parsed first, as Helm does).
 */
export function satisfies(constraint: string, version: string): boolean {
  const c = newConstraint(constraint);
  const v = parseVersion(version);
  return check(c, v);
}
