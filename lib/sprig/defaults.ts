// Sprig's defaults.go: default, empty, coalesce, all, any, ternary. (fromJson, toJson and
// friends are Helm's own functions; compact lives with the lists.)
import type { FuncMap, GoValue } from '../gotemplate/value';
import { GoFuncValue, GoStruct, Int64 } from '../gotemplate/value';

/**
 * Sprig's empty: Go's zero value for the value's kind. nil, false, 0, 0.0, "" and empty
 * lists and maps are empty; structs (and pointers to them) never are.
 */
export function empty(v: GoValue): boolean {
  if (v === null || v === undefined) return true;
  switch (typeof v) {
    case 'boolean':
      return !v;
    case 'string':
      return v.length === 0;
    case 'bigint':
      return v === 0n;
    case 'number':
      return v === 0;
  }
  if (v instanceof Int64) return v.v === 0n;
  if (Array.isArray(v) || v instanceof Uint8Array) return v.length === 0;
  if (v instanceof GoStruct || v instanceof GoFuncValue) return false;
  return Object.keys(v).length === 0;
}

export const funcs: FuncMap = {
  // dfault(d interface{}, given ...interface{}) interface{}: only given[0] is looked at
  default: {
    params: ['any'],
    variadic: 'any',
    fn: (d: GoValue, ...given: GoValue[]) => (given.length === 0 || empty(given[0]) ? d : given[0]),
  },
  // empty(given interface{}) bool
  empty: { params: ['any'], fn: (given: GoValue) => empty(given) },
  // coalesce(v ...interface{}) interface{}: the first non-empty value, else nil
  coalesce: {
    params: [],
    variadic: 'any',
    fn: (...v: GoValue[]) => {
      for (const x of v) if (!empty(x)) return x;
      return null;
    },
  },
  // all(v ...interface{}) bool: true for no arguments
  all: { params: [], variadic: 'any', fn: (...v: GoValue[]) => v.every((x) => !empty(x)) },
  // any(v ...interface{}) bool: false for no arguments
  any: { params: [], variadic: 'any', fn: (...v: GoValue[]) => v.some((x) => !empty(x)) },
  // ternary(vt interface{}, vf interface{}, v bool) interface{}
  ternary: { params: ['any', 'any', 'bool'], fn: (vt: GoValue, vf: GoValue, v: boolean) => (v ? vt : vf) },
};
