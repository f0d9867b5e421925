// What Helm does with a chart tree before rendering (pkg/chart/common/util and
// pkg/chart/v2/util/dependencies.go): check that every Chart.yaml dependency is present,
// apply aliases, drop subcharts disabled by `condition`/`tags`, import values from
// children, and coalesce user values with the defaults of every chart in the tree.
// Go's map iteration order is random where Helm ranges over maps; where that is visible
// (warnings only) nothing here depends on it.
import type { GoMap, GoValue } from '../gotemplate/value';
import { isMap, newMap } from '../gotemplate/value';
import { formatV } from '../gotemplate/fmt';
import type { Chart, Dependency } from './chart';
import { CoalesceError, type ValuesChart, coalesceValues, deepCopy, mergeChartValues as mergeValues, mergeTables } from './coalesce';
import { HelmError } from './errors';
import { isCompatibleRange } from './semver';

export { deepCopy as copyValues };

const istable = isMap;

/** action.CheckDependencies: every dependency in Chart.yaml must be under charts/. */
export function checkDependencies(c: Chart): void {
  const reqs = c.metadata.dependencies;
  if (!reqs) return;
  const missing: string[] = [];
  const present = new Set(c.dependencies.map((d) => d.metadata.name));
  for (const r of reqs) if (!present.has(r.name)) missing.push(r.name);
  if (missing.length > 0) {
    throw new HelmError({
      kind: 'dependencies',
      text:
        'an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: ' +
        `found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`,
      file: 'Chart.yaml',
    });
  }
}

// ---------------------------------------------------------------------------------
// Coalescing (util/coalesce.go, ported in ./coalesce)

// The chart tree as coalesce.ts sees it: names (aliases applied), defaults, subcharts.
function valuesChart(c: Chart): ValuesChart {
  return { name: c.metadata.name, values: c.values, dependencies: c.dependencies.map(valuesChart) };
}

// coalesce.ts stays free of HelmError; its failure becomes a values error here.
function asHelmError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CoalesceError) throw new HelmError({ kind: 'values', text: e.message, cause: e });
    throw e;
  }
}

/** util.CoalesceValues(chart, vals): the chart tree's defaults under the given values. */
export function coalesceChartValues(c: Chart, vals: GoMap): GoMap {
  return asHelmError(() => coalesceValues(valuesChart(c), vals));
}

function mergeChartValues(c: Chart, vals: GoMap): GoMap {
  return asHelmError(() => mergeValues(valuesChart(c), vals));
}

// ---------------------------------------------------------------------------------
// Paths into values (common/values.go)

/** Values.Table: walks "a.b.c" through maps; null when a step is not a map. */
export function table(v: GoMap, name: string): GoMap | null {
  let t: GoMap = v;
  for (const n of name.split('.')) {
    if (!(n in t)) return null;
    const x = t[n];
    if (!istable(x)) return null;
    t = x as GoMap;
  }
  return t;
}

/** Values.PathValue: a non-table value at a dotted path, or undefined. */
function pathValue(v: GoMap, path: string): GoValue | undefined {
  const parts = path.split('.');
  if (parts.length === 1) {
    if (parts[0] in v && !istable(v[parts[0]])) return v[parts[0]];
    return undefined;
  }
  const key = parts.pop()!;
  const t = table(v, parts.join('.'));
  if (!t) return undefined;
  if (key in t && !istable(t[key])) return t[key];
  return undefined;
}

// ---------------------------------------------------------------------------------
// Enabled dependencies (v2/util/dependencies.go)

function getAliasDependency(charts: Chart[], dep: Dependency): Chart | null {
  for (const c of charts) {
    if (c.metadata.name !== dep.name) continue;
    if (!isCompatibleRange(dep.version, c.metadata.version)) continue;
    const md = { ...c.metadata };
    if (dep.alias !== '') md.name = dep.alias;
    return { ...c, metadata: md };
  }
  return null;
}

function processDependencyConditions(reqs: Dependency[], cvals: GoMap, cpath: string): void {
  for (const r of reqs) {
    for (const cond of r.condition.trim().split(',')) {
      if (cond.length === 0) continue;
      const vv = pathValue(cvals, cpath + cond);
      if (vv !== undefined && typeof vv === 'boolean') {
        r.enabled = vv;
        break;
      }
    }
  }
}

function processDependencyTags(reqs: Dependency[], cvals: GoMap): void {
  const vt = table(cvals, 'tags');
  if (!vt) return;
  for (const r of reqs) {
    let hasTrue = false;
    let hasFalse = false;
    for (const k of r.tags) {
      const b = vt[k];
      if (typeof b === 'boolean') {
        if (b) hasTrue = true;
        else hasFalse = true;
      }
    }
    if (!hasTrue && hasFalse) r.enabled = false;
    else if (hasTrue || !hasFalse) r.enabled = true;
  }
}

function setParents(c: Chart): void {
  for (const d of c.dependencies) {
    d.parent = c;
    setParents(d);
  }
}

function processDependencyEnabled(c: Chart, v: GoMap, path: string): void {
  if (!c.metadata.dependencies) return;
  const reqs = c.metadata.dependencies;
  const chartDependencies: Chart[] = [];
  // Charts under charts/ that Chart.yaml does not list are kept as they are.
  outer: for (const existing of c.dependencies) {
    for (const req of reqs) {
      if (existing.metadata.name === req.name && isCompatibleRange(req.version, existing.metadata.version)) continue outer;
    }
    chartDependencies.push(existing);
  }
  for (const req of reqs) {
    const cd = getAliasDependency(c.dependencies, req);
    if (cd) chartDependencies.push(cd);
    if (req.alias !== '') req.name = req.alias;
  }
  c.dependencies = chartDependencies;
  setParents(c);
  for (const r of reqs) r.enabled = true;
  const cvals = coalesceChartValues(c, v);
  processDependencyTags(reqs, cvals);
  processDependencyConditions(reqs, cvals, path);
  const rm = new Set(reqs.filter((r) => !r.enabled).map((r) => r.name));
  const cd = c.dependencies.filter((n) => !rm.has(n.metadata.name));
  const cdMetadata = reqs.filter((n) => !rm.has(n.name));
  for (const t of cd) processDependencyEnabled(t, cvals, path + t.metadata.name + '.');
  c.metadata.dependencies = cdMetadata;
  c.dependencies = cd;
}

// pathToMap("a.b", data) = {a: {b: data}}; "." is the data itself.
function pathToMap(path: string, data: GoMap): GoMap {
  if (path === '.') return data;
  const parts = path.split('.');
  const out = newMap();
  let cur = out;
  parts.forEach((p, i) => {
    if (i === parts.length - 1) cur[p] = data;
    else {
      const n = newMap();
      cur[p] = n;
      cur = n;
    }
  });
  return out;
}

function processImportValues(c: Chart): void {
  if (!c.metadata.dependencies) return;
  const cvals = mergeChartValues(c, newMap());
  let b = newMap();
  for (const r of c.metadata.dependencies) {
    const outiv: GoValue[] = [];
    for (const riv of r.importValues) {
      if (isMap(riv)) {
        const child = formatV(riv.child);
        const parent = formatV(riv.parent);
        const m = newMap();
        m.child = child;
        m.parent = parent;
        outiv.push(m);
        const vv = table(cvals, r.name + '.' + child);
        if (!vv) continue;
        b = mergeTables(b, pathToMap(parent, deepCopy(vv)));
      } else if (typeof riv === 'string') {
        const child = 'exports.' + riv;
        const m = newMap();
        m.child = child;
        m.parent = '.';
        outiv.push(m);
        const vm = table(cvals, r.name + '.' + child);
        if (!vm) continue;
        b = mergeTables(b, deepCopy(vm));
      }
    }
    r.importValues = outiv;
  }
  c.values = mergeTables(deepCopy(cvals), b);
}

function processDependencyImportValues(c: Chart): void {
  for (const d of c.dependencies) processDependencyImportValues(d);
  processImportValues(c);
}

/** chartutil.ProcessDependenciesWithMerge: enabled subcharts, aliases, import-values. */
export function processDependencies(c: Chart, v: GoMap): void {
  processDependencyEnabled(c, v, '');
  processDependencyImportValues(c);
}
