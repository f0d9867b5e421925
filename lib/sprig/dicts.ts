// Sprig's dict.go: dict, get, set, unset, hasKey, pluck, keys, pick, omit, merge (via
// dario.cat/mergo v1.0.1), values, dig, deepCopy (via mitchellh/copystructure).
//
// A nil map argument (nil, or a missing value) reads as empty; writing to it fails as
// Go's runtime does. Go iterates maps in random order, so `keys` and `values` are only
// reproducible in Helm for one key or after sortAlpha; here they come in sorted key order.
import type { FuncMap, GoMap, GoValue } from '../gotemplate/value';
import { FuncError, goTypeName, hasKey, isMap, isNilComposite, newMap, nilMap, sortedKeys, typed, typedLike } from '../gotemplate/value';
import { empty } from './defaults';
import { typeOf } from './reflect';
import { strval } from './_str-strval';

/** m[k] = v, also for the key "__proto__" on a map with Object.prototype. */
export function mapSet(m: GoMap, k: string, v: GoValue): void {
  if (k === '__proto__') Object.defineProperty(m, k, { value: v, writable: true, enumerable: true, configurable: true });
  else m[k] = v;
}

function mapGet(m: GoMap | null, k: string): GoValue | undefined {
  return m && hasKey(m, k) ? m[k] : undefined;
}

// dict(v ...interface{}) map[string]interface{}: keys go through strval; an odd
// argument count gives the last key the value "".
function dict(...v: GoValue[]): GoMap {
  const d = newMap();
  for (let i = 0; i < v.length; i += 2) {
    const key = strval(v[i] ?? null);
    mapSet(d, key, i + 1 >= v.length ? '' : (v[i + 1] ?? null));
  }
  return d;
}

// get(d map[string]interface{}, key string) interface{}: "" (not nil) when missing
function get(d: GoMap | null, key: string): GoValue {
  const v = mapGet(d, key);
  return v === undefined ? '' : v;
}

// set(d map[string]interface{}, key string, value interface{}) map[string]interface{}
function set(d: GoMap | null, key: string, value: GoValue): GoMap {
  if (!d || isNilComposite(d)) throw new FuncError('assignment to entry in nil map');
  mapSet(d, key, value);
  return d;
}

// unset(d map[string]interface{}, key string) map[string]interface{}: deleting from a
// nil map does nothing, and the nil map comes back
function unset(d: GoMap | null, key: string): GoMap {
  if (!d || isNilComposite(d)) return nilMap();
  delete d[key];
  return d;
}

// pluck(key string, d ...map[string]interface{}) []interface{}
function pluck(key: string, ...ds: (GoMap | null)[]): GoValue[] {
  const res: GoValue[] = [];
  for (const d of ds) {
    const v = mapGet(d, key);
    if (v !== undefined) res.push(v);
  }
  return res;
}

// keys(dicts ...map[string]interface{}) []string
function keys(...ds: (GoMap | null)[]): GoValue[] {
  const k: string[] = [];
  for (const d of ds) if (d) k.push(...sortedKeys(d));
  return typed(k, '[]string');
}

// pick(dict map[string]interface{}, keys ...string) map[string]interface{}
function pick(d: GoMap | null, ...ks: string[]): GoMap {
  const res = newMap();
  for (const k of ks) {
    const v = mapGet(d, k);
    if (v !== undefined) mapSet(res, k, v);
  }
  return res;
}

// omit(dict map[string]interface{}, keys ...string) map[string]interface{}
function omit(d: GoMap | null, ...ks: string[]): GoMap {
  const res = newMap();
  if (!d) return res;
  const drop = new Set(ks);
  for (const k of Object.keys(d)) if (!drop.has(k)) mapSet(res, k, d[k]);
  return res;
}

// values(dict map[string]interface{}) []interface{}
function values(d: GoMap | null): GoValue[] {
  return d ? sortedKeys(d).map((k) => d[k]) : [];
}

/**
 * mergo's deepMerge for two map[string]interface{} (Merge, or MergeWithOverwrite when
 * `overwrite`). For each key of src:
 *  - a nil src value is copied only when overwriting;
 *  - a map meets a map: merged recursively, in place, into dst's own nested map;
 *  - a list replaces dst's value when overwriting; otherwise dst keeps a non-empty value
 *    when src's is a list, or when both are maps;
 *  - otherwise src's value is stored when overwriting or when dst's is missing or empty
 *    (0, "", false, nil, empty list or map) — the same object, not a copy, so a later
 *    merge into it also changes the map it came from.
 */
function deepMerge(dst: GoMap, src: GoMap, overwrite: boolean): void {
  for (const key of Object.keys(src)) {
    const s = src[key] ?? null;
    if (s === null) {
      if (overwrite) mapSet(dst, key, null);
      continue;
    }
    const has = hasKey(dst, key);
    const d = has ? (dst[key] ?? null) : undefined;
    if (isMap(s) && isMap(d)) deepMerge(d, s, overwrite);
    // mergo's slice branch stores src's list right away when overwriting.
    if (isSliceValue(s) && overwrite) mapSet(dst, key, s);
    // mergo judges dst's emptiness after the nested merge, on the same map object.
    if (has && !empty(d ?? null) && (isSliceValue(s) || (isMap(s) && isMap(d)))) continue;
    if (overwrite || !has || empty(d ?? null)) mapSet(dst, key, s);
  }
}

function isSliceValue(v: GoValue): boolean {
  return Array.isArray(v) || v instanceof Uint8Array;
}

// merge(dst map[string]interface{}, srcs ...map[string]interface{}) interface{}.
// It writes into dst and returns it; mergo makes a nil dst a new map when it meets a
// non-nil src (even an empty one), so merging only nils leaves it nil.
function mergeWith(overwrite: boolean) {
  return (dst: GoMap | null, ...srcs: (GoMap | null)[]): GoMap => {
    let out = dst ?? nilMap();
    for (const src of srcs) {
      if (!src || isNilComposite(src)) continue;
      if (isNilComposite(out)) out = newMap();
      deepMerge(out, src, overwrite);
    }
    return out;
  };
}

// dig(ps ...interface{}) (interface{}, error): keys…, default, dict. Each step must be
// a map[string]interface{} and each key a string, or Go's type assertion panics.
function dig(...ps: GoValue[]): GoValue {
  if (ps.length < 3) throw new FuncError('dig needs at least three arguments');
  const last = ps[ps.length - 1] ?? null;
  let d = assertMap(last);
  const def = ps[ps.length - 2] ?? null;
  const ks = ps.slice(0, -2).map((k) => {
    if (typeof k !== 'string') throw new FuncError(`interface conversion: interface {} is ${dynamicType(k)}, not string`);
    return k;
  });
  for (let i = 0; ; i++) {
    const step = mapGet(d, ks[i]);
    if (step === undefined) return def;
    if (i === ks.length - 1) return step;
    d = assertMap(step);
  }
}

function assertMap(v: GoValue): GoMap {
  // Go's assertion to map[string]interface {} fails for a named map type (.Values is common.Values).
  if (isMap(v) && goTypeName(v) === 'map[string]interface {}') return v;
  throw new FuncError(`interface conversion: interface {} is ${dynamicType(v)}, not map[string]interface {}`);
}

// The runtime's type assertion message names a nil interface "nil", not "<nil>".
function dynamicType(v: GoValue): string {
  return v === null || v === undefined ? 'nil' : typeOf(v);
}

// copystructure.Copy: lists and maps are copied all the way down; nil has no type to
// copy, which reflect reports by panicking — so deepCopy, which would prefix an error
// Copy returned with "deepCopy error: ", fails with the same text as mustDeepCopy.
function mustDeepCopy(i: GoValue): GoValue {
  if (i === null || i === undefined) throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
  return copyValue(i);
}

function copyValue(v: GoValue): GoValue {
  if (v === undefined) return null;
  // a copy keeps the type ([]string stays []string) and nil stays nil
  if (isNilComposite(v)) return v;
  if (Array.isArray(v)) return typedLike(v.map(copyValue), v);
  if (v instanceof Uint8Array) return v.slice();
  if (isMap(v)) {
    const m = newMap();
    for (const k of Object.keys(v)) mapSet(m, k, copyValue(v[k]));
    return typedLike(m, v);
  }
  // structs, scalars and funcs are values (structs are never mutated by templates)
  return v;
}

export const funcs: FuncMap = {
  dict: { params: [], variadic: 'any', fn: dict },
  get: { params: ['map', 'string'], fn: get },
  set: { params: ['map', 'string', 'any'], fn: set, mutates: true },
  unset: { params: ['map', 'string'], fn: unset, mutates: true },
  hasKey: { params: ['map', 'string'], fn: (d: GoMap | null, key: string) => mapGet(d, key) !== undefined },
  pluck: { params: ['string'], variadic: 'map', fn: pluck },
  keys: { params: [], variadic: 'map', fn: keys },
  pick: { params: ['map'], variadic: 'string', fn: pick },
  omit: { params: ['map'], variadic: 'string', fn: omit },
  merge: { params: ['map'], variadic: 'map', fn: mergeWith(false), mutates: true },
  mustMerge: { params: ['map'], variadic: 'map', fn: mergeWith(false), mutates: true },
  mergeOverwrite: { params: ['map'], variadic: 'map', fn: mergeWith(true), mutates: true },
  mustMergeOverwrite: { params: ['map'], variadic: 'map', fn: mergeWith(true), mutates: true },
  values: { params: ['map'], fn: values },
  dig: { params: [], variadic: 'any', fn: dig },
  deepCopy: { params: ['any'], fn: mustDeepCopy },
  mustDeepCopy: { params: ['any'], fn: mustDeepCopy },
};
