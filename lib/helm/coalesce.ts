// How Helm combines a chart's default values with the user's (pkg/chart/common/util/
// coalesce.go), ported function by function.
//
// API
//   coalesceValues(chart, user)   util.CoalesceValues: the values every template sees as
//                                 .Values (the root chart's; a subchart's are under its
//                                 name). `chart` is a ValuesChart tree or, for a chart
//                                 without subcharts, just its defaults map.
//   mergeChartValues(chart, user) util.MergeValues: the same but nulls are kept (used by
//                                 import-values processing).
//   coalesceTables(dst, src)      util.CoalesceTables: src under dst, deeply (dst wins).
//   mergeTables(dst, src)         util.MergeTables: the same, nulls kept.
//   coalesceGlobals(dest, src)    the `global` key of a parent merged into a subchart's.
//   deepCopy(v)                   copystructure.Copy for values.
//
// Rules (all checked against helm 4.1.4):
//   - user values override defaults; maps merge deeply, lists and scalars are replaced;
//   - a user null deletes the default (a whole map too); a null that deletes nothing
//     stays, and so do the nulls in a chart's own defaults (4.1.4 does not clean them);
//   - each subchart gets its defaults under its name (alias already applied by the
//     loader) plus `global`, where the parent's globals win over the subchart's;
//   - mismatches (map over scalar…) keep the higher-priority value and only warn.
//
// Inputs are not modified: both are copied first, as Helm does.
import { type GoMap, type GoValue, GoStruct, Int64, hasKey, isMap, newMap } from '../gotemplate/value';
import { formatV } from '../gotemplate/fmt';

/** A chart as far as values are concerned. */
export interface ValuesChart {
  /** the chart's name (after alias) — the key of its values in the parent's */
  name: string;
  /** the chart's values.yaml */
  values: GoMap;
  /** enabled subcharts, in the order Helm loads them */
  dependencies: ValuesChart[];
}

/** Receives coalescing warnings (Helm logs them to stderr). */
export type WarnFn = (msg: string) => void;

/** util.CoalesceValues failure, e.g. "type mismatch on sub: %!t(string=x)". */
export class CoalesceError extends Error {}

const GLOBAL = 'global';

function asChart(c: ValuesChart | GoMap): ValuesChart {
  const ch = c as Partial<ValuesChart>;
  if (typeof ch.name === 'string' && isMap(ch.values) && Array.isArray(ch.dependencies)) return c as ValuesChart;
  return { name: '', values: c as GoMap, dependencies: [] };
}

function concatPrefix(a: string, b: string): string {
  return a === '' ? b : `${a}.${b}`;
}

function istable(v: GoValue): v is GoMap {
  return isMap(v);
}

/** copystructure.Copy: maps and lists copied all the way down. */
export function deepCopy<T extends GoValue>(v: T): T {
  if (Array.isArray(v)) return v.map((x) => deepCopy(x)) as T;
  if (isMap(v)) {
    const m = newMap();
    for (const k of Object.keys(v)) m[k] = deepCopy(v[k]);
    return m as T;
  }
  if (v instanceof Uint8Array) return new Uint8Array(v) as T;
  return v;
}

/** util.CoalesceValues(chart, vals). */
export function coalesceValues(chart: ValuesChart | GoMap, vals: GoMap, warn: WarnFn = () => {}): GoMap {
  return coalesce(warn, asChart(chart), deepCopy(vals ?? newMap()), '', false);
}

/** util.MergeValues(chart, vals): like coalesceValues but nulls are preserved. */
export function mergeChartValues(chart: ValuesChart | GoMap, vals: GoMap, warn: WarnFn = () => {}): GoMap {
  return coalesce(warn, asChart(chart), deepCopy(vals ?? newMap()), '', true);
}

/** util.CoalesceTables(dst, src): dst is authoritative; dst is modified and returned. */
export function coalesceTables(dst: GoMap, src: GoMap, warn: WarnFn = () => {}): GoMap {
  return coalesceTablesFullKey(warn, dst, src, '', false);
}

/** util.MergeTables(dst, src) */
export function mergeTables(dst: GoMap, src: GoMap, warn: WarnFn = () => {}): GoMap {
  return coalesceTablesFullKey(warn, dst, src, '', true);
}

function coalesce(warn: WarnFn, ch: ValuesChart, dest: GoMap, prefix: string, merge: boolean): GoMap {
  coalesceValuesInto(warn, ch, dest, prefix, merge);
  return coalesceDeps(warn, ch, dest, prefix, merge);
}

/** coalesceDeps: each subchart's values, with the globals handed down. */
function coalesceDeps(warn: WarnFn, ch: ValuesChart, dest: GoMap, prefix: string, merge: boolean): GoMap {
  for (const sub of ch.dependencies) {
    if (!hasKey(dest, sub.name)) {
      dest[sub.name] = newMap();
    } else if (!istable(dest[sub.name])) {
      throw new CoalesceError(`type mismatch on ${sub.name}: ${badVerbT(dest[sub.name])}`);
    }
    const dvmap = dest[sub.name] as GoMap;
    const subPrefix = concatPrefix(prefix, ch.name);
    coalesceGlobals(dvmap, dest, subPrefix, merge, warn);
    dest[sub.name] = coalesce(warn, sub, dvmap, subPrefix, merge);
  }
  return dest;
}

/** coalesceGlobals: src's `global` merged into dest's, src winning. Modifies dest. */
export function coalesceGlobals(dest: GoMap, src: GoMap, prefix = '', _merge = false, warn: WarnFn = () => {}): void {
  let dg: GoMap;
  let sg: GoMap;
  if (!hasKey(dest, GLOBAL)) {
    dg = newMap();
  } else if (istable(dest[GLOBAL])) {
    dg = dest[GLOBAL] as GoMap;
  } else {
    warn(`warning: skipping globals because destination ${GLOBAL} is not a table.`);
    return;
  }
  if (!hasKey(src, GLOBAL)) {
    sg = newMap();
  } else if (istable(src[GLOBAL])) {
    sg = src[GLOBAL] as GoMap;
  } else {
    warn(`warning: skipping globals because source ${GLOBAL} is not a table.`);
    return;
  }
  for (const key of Object.keys(sg)) {
    const val = sg[key];
    if (istable(val)) {
      const vv = copyMap(val);
      if (!hasKey(dg, key)) {
        dg[key] = vv;
      } else if (!istable(dg[key])) {
        warn(`Conflict: cannot merge map onto non-map for ${JSON.stringify(key)}. Skipping.`);
      } else {
        // The parent's table wins over the subchart's own: merge top-down, keeping
        // nulls, which the subchart's coalesce removes afterwards.
        coalesceTablesFullKey(warn, vv, dg[key] as GoMap, concatPrefix(prefix, key), true);
        dg[key] = vv;
      }
    } else if (hasKey(dg, key) && istable(dg[key])) {
      warn(`key ${key} is table. Skipping`);
    } else {
      dg[key] = val;
    }
  }
  dest[GLOBAL] = dg;
}

function copyMap(src: GoMap): GoMap {
  const m = newMap();
  for (const k of Object.keys(src)) m[k] = src[k];
  return m;
}

/** coalesceValues: the chart's defaults under the values in v (modified in place). */
function coalesceValuesInto(warn: WarnFn, c: ValuesChart, v: GoMap, prefix: string, merge: boolean): void {
  const subPrefix = concatPrefix(prefix, c.name);
  const vc = deepCopy(c.values ?? newMap());
  for (const key of Object.keys(vc)) {
    const val = vc[key];
    if (hasKey(v, key)) {
      const value = v[key];
      if ((value === null || value === undefined) && !merge) {
        // A null from the user removes the key, whatever the chart had.
        delete v[key];
      } else if (istable(value)) {
        if (!istable(val)) {
          if (val !== null && val !== undefined) warn(`warning: skipped value for ${subPrefix}.${key}: Not a table.`);
        } else {
          // A subchart's values are merged (nulls kept) here: its own coalesce runs later.
          const m = childChartMergeTrue(c, key, merge);
          coalesceTablesFullKey(warn, value, val, concatPrefix(subPrefix, key), m);
        }
      }
    } else {
      v[key] = val;
    }
  }
}

function childChartMergeTrue(c: ValuesChart, key: string, merge: boolean): boolean {
  return c.dependencies.some((d) => d.name === key) ? true : merge;
}

/** coalesceTablesFullKey: src under dst (dst wins), recursively. Modifies and returns dst. */
function coalesceTablesFullKey(warn: WarnFn, dst: GoMap | null, src: GoMap | null, prefix: string, merge: boolean): GoMap {
  if (!src) return dst as GoMap;
  if (!dst) return src;
  // Which src keys held something before dst's nulls are copied in: a user null that
  // removes a default is told apart from a null for a key the chart never had.
  const srcOriginalNonNil = new Set<string>();
  for (const key of Object.keys(src)) if (src[key] !== null && src[key] !== undefined) srcOriginalNonNil.add(key);
  for (const key of Object.keys(dst)) if (dst[key] === null || dst[key] === undefined) src[key] = null;
  for (const key of Object.keys(src)) {
    const val = src[key];
    const fullkey = concatPrefix(prefix, key);
    const ok = hasKey(dst, key);
    const dv = dst[key];
    if (ok && !merge && (dv === null || dv === undefined) && srcOriginalNonNil.has(key)) {
      delete dst[key];
    } else if (!ok) {
      dst[key] = val;
    } else if (istable(val)) {
      if (istable(dv)) coalesceTablesFullKey(warn, dv, val, fullkey, merge);
      else warn(`warning: cannot overwrite table with non table for ${fullkey} (${formatV(val)})`);
    } else if (istable(dv) && val !== null && val !== undefined) {
      warn(`warning: destination for ${fullkey} is a table. Ignoring non-table value (${formatV(val)})`);
    }
  }
  return dst;
}

/** fmt's %t applied to a non-bool: "%!t(string=x)". */
function badVerbT(v: GoValue): string {
  if (typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return '%!t(<nil>)';
  let type: string;
  switch (typeof v) {
    case 'string':
      type = 'string';
      break;
    case 'bigint':
      type = 'int';
      break;
    case 'number':
      type = 'float64';
      break;
    default:
      type = v instanceof Int64 ? 'int64' : Array.isArray(v) ? '[]interface {}' : v instanceof GoStruct ? v.typeName : 'map[string]interface {}';
  }
  return `%!t(${type}=${formatV(v)})`;
}
