// The parts of Masterminds/semver v3 that Helm's chart checks use: NewVersion (the
// lax parser behind "chart.metadata.version is invalid") and constraint checking
// (Chart.yaml kubeVersion, dependency version ranges: IsCompatibleRange).

export interface Version {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string;
  original: string;
}

const VERSION_RE =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

/** semver.NewVersion; null where Go returns an error. */
export function parseVersion(v: string): Version | null {
  const m = VERSION_RE.exec(v);
  if (!m) return null;
  const pre = m[5] ?? '';
  // Numeric prerelease identifiers may not have leading zeros.
  for (const id of pre ? pre.split('.') : []) {
    if (/^[0-9]+$/.test(id) && id.length > 1 && id[0] === '0') return null;
  }
  return {
    major: BigInt(m[1]),
    minor: m[2] ? BigInt(m[2].slice(1)) : 0n,
    patch: m[3] ? BigInt(m[3].slice(1)) : 0n,
    pre,
    original: v,
  };
}

function cmpBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (i >= pa.length) return -1;
    if (i >= pb.length) return 1;
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const xn = /^[0-9]+$/.test(x);
    const yn = /^[0-9]+$/.test(y);
    if (xn && yn) return cmpBig(BigInt(x), BigInt(y));
    if (xn) return -1;
    if (yn) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export function compareVersions(a: Version, b: Version): number {
  return cmpBig(a.major, b.major) || cmpBig(a.minor, b.minor) || cmpBig(a.patch, b.patch) || comparePre(a.pre, b.pre);
}

// A constraint operand may use x, X or * wildcards in any position after the first
// given one; `dirty` records where the wildcard starts (0 major, 1 minor, 2 patch, 3 none).
interface Operand {
  v: Version;
  dirty: number;
}

type Check = (v: Version) => boolean;

const OPERAND_RE =
  /^v?([0-9xX*]+)(\.[0-9xX*]+)?(\.[0-9xX*]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

function parseOperand(s: string): Operand | null {
  const m = OPERAND_RE.exec(s);
  if (!m) return null;
  const parts = [m[1], m[2]?.slice(1), m[3]?.slice(1)];
  let dirty = 3;
  const nums: bigint[] = [];
  for (let i = 0; i < 3; i++) {
    const p = parts[i];
    if (p === undefined || p === 'x' || p === 'X' || p === '*') {
      if (dirty === 3) dirty = p === undefined && i > 0 ? i : i;
      nums.push(0n);
    } else if (/^[0-9]+$/.test(p)) {
      if (dirty !== 3) return null;
      nums.push(BigInt(p));
    } else return null;
  }
  // A missing part counts as a wildcard only for range operators; record where it starts.
  return { v: { major: nums[0], minor: nums[1], patch: nums[2], pre: m[5] ?? '', original: s }, dirty };
}

function preOk(v: Version, c: Operand): boolean {
  // A prerelease version only satisfies constraints that themselves name a prerelease.
  return v.pre === '' || c.v.pre !== '';
}

function makeCheck(op: string, c: Operand): Check {
  const cv = c.v;
  switch (op) {
    case '':
    case '=':
      if (c.dirty < 3) return (v) => preOk(v, c) && wildEq(v, c);
      return (v) => compareVersions(v, cv) === 0;
    case '!=':
      if (c.dirty < 3) return (v) => preOk(v, c) && !wildEq(v, c);
      return (v) => preOk(v, c) && compareVersions(v, cv) !== 0;
    case '>':
      if (c.dirty < 3) {
        return (v) => {
          if (!preOk(v, c)) return false;
          if (c.dirty === 0) return false;
          if (c.dirty === 1) return v.major > cv.major;
          return v.major > cv.major || (v.major === cv.major && v.minor > cv.minor);
        };
      }
      return (v) => preOk(v, c) && compareVersions(v, cv) > 0;
    case '<':
      return (v) => preOk(v, c) && compareVersions(v, cv) < 0;
    case '>=':
    case '=>':
      return (v) => preOk(v, c) && compareVersions(v, cv) >= 0;
    case '<=':
    case '=<':
      if (c.dirty < 3) {
        return (v) => {
          if (!preOk(v, c)) return false;
          if (c.dirty === 0) return true;
          if (c.dirty === 1) return v.major <= cv.major;
          return v.major < cv.major || (v.major === cv.major && v.minor <= cv.minor);
        };
      }
      return (v) => preOk(v, c) && compareVersions(v, cv) <= 0;
    case '~':
    case '~>':
      return (v) => {
        if (!preOk(v, c)) return false;
        if (compareVersions(v, cv) < 0) return false;
        if (c.dirty === 0) return true;
        if (v.major !== cv.major) return false;
        if (c.dirty === 1) return true;
        return v.minor === cv.minor;
      };
    case '^':
      return (v) => {
        if (!preOk(v, c)) return false;
        if (compareVersions(v, cv) < 0) return false;
        if (c.dirty === 0) return true;
        if (cv.major > 0n) return v.major === cv.major;
        if (v.major > 0n) return false;
        if (c.dirty === 1) return true;
        if (cv.minor > 0n) return v.minor === cv.minor;
        if (v.minor > 0n) return false;
        if (c.dirty === 2) return true;
        return v.patch === cv.patch;
      };
  }
  throw new Error('improper constraint: ' + op);
}

function wildEq(v: Version, c: Operand): boolean {
  if (v.major !== c.v.major) return c.dirty === 0;
  if (c.dirty <= 1) return true;
  if (v.minor !== c.v.minor) return false;
  if (c.dirty <= 2) return true;
  return v.patch === c.v.patch;
}

const CONSTRAINT_RE = /^\s*(!=|>=|=>|<=|=<|~>|[=><~^])?\s*(\S+)\s*$/;

/** semver.NewConstraint(...).Check(version); null when the constraint does not parse. */
export function parseConstraint(s: string): ((v: Version) => boolean) | null {
  const groups: Check[][] = [];
  for (const orPart of s.split('||')) {
    const checks: Check[] = [];
    // Hyphen ranges "a - b" become ">= a, <= b".
    const normal = orPart.replace(/\s*([^\s,]+)\s+-\s+([^\s,]+)\s*/g, ' >=$1, <=$2 ');
    const items = normal
      .split(',')
      .flatMap((p) => p.trim().replace(/(>=|=>|<=|=<|!=|~>|[=><~^])\s+/g, '$1').split(/\s+/))
      .filter((p) => p !== '');
    if (items.length === 0) return null;
    for (const item of items) {
      const m = CONSTRAINT_RE.exec(item);
      if (!m) return null;
      const operand = parseOperand(m[2]);
      if (!operand) return null;
      checks.push(makeCheck(m[1] ?? '', operand));
    }
    groups.push(checks);
  }
  return (v) => groups.some((g) => g.every((c) => c(v)));
}

/** chartutil.IsCompatibleRange: false when either side does not parse. */
export function isCompatibleRange(constraint: string, version: string): boolean {
  const v = parseVersion(version);
  if (!v) return false;
  const c = parseConstraint(constraint);
  if (!c) return false;
  return c(v);
}
