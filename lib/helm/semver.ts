// The parts of Masterminds/semver v3 that Helm's chart checks use — NewVersion (behind
// "chart.metadata.version is invalid") and constraint checking (Chart.yaml kubeVersion,
// dependency version ranges: IsCompatibleRange) — from the same port sprig's semver
// functions use.
import { SemverError, type Version, check, newConstraint, parseVersion as newVersion } from '../sprig/semver';

export type { Version };

/** semver.NewVersion; null where Go returns an error. */
export function parseVersion(v: string): Version | null {
  try {
    return newVersion(v);
  } catch (e) {
    if (e instanceof SemverError) return null;
    throw e;
  }
}

/** chartutil.IsCompatibleRange: false when either side does not parse. */
export function isCompatibleRange(constraint: string, version: string): boolean {
  const v = parseVersion(version);
  if (v === null) return false;
  try {
    return check(newConstraint(constraint), v);
  } catch (e) {
    if (e instanceof SemverError) return false;
    throw e;
  }
}
