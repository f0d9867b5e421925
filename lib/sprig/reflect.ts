// Sprig's reflection functions (reflect.go) and Go's reflect.DeepEqual, which `deepEqual`
// exposes and `has`, `uniq` and `without` compare with.
//
// Types follow value.ts: `typeOf (keys $d)` is "[]string", Go's int64 (Int64) stays apart
// from int, so `deepEqual (add 1 1) 2` is false, as in Helm, and named map types print by
// their Go name (`.Values` is common.Values).
import { type FuncMap, type GoMap, type GoValue, GoFuncValue, GoStruct, Int64, goTypeName, hasKey, isMap, isNilComposite, kindOf } from '../gotemplate/value';

/** reflect.Kind's String() of a value held in an interface{}, as sprig's kindOf prints it. */
export function goKind(v: GoValue): string {
  const k = kindOf(v);
  // .Capabilities and friends are pointers to structs: their kind is "ptr".
  return k === 'struct' && (v as GoStruct).typeName.startsWith('*') ? 'ptr' : k;
}

/** fmt's %T. */
export function typeOf(v: GoValue): string {
  return goTypeName(v);
}

/**
 * reflect.DeepEqual for two interface{} values: equal dynamic types, then equal contents.
 * A list or map is deeply equal to itself even when it holds a NaN (Go compares the
 * pointers first); a nil one equals only a nil one; funcs are never equal.
 */
export function deepEqual(a: GoValue, b: GoValue): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null) return a === b;
  if (typeof a !== typeof b) return false;
  switch (typeof a) {
    case 'boolean':
    case 'string':
    case 'bigint':
    case 'number':
      return a === b;
  }
  if (a instanceof Int64) return b instanceof Int64 && a.v === b.v;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length || !sameComposite(a, b)) return false;
    if (a === b) return true;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Uint8Array) {
    if (!(b instanceof Uint8Array) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (a instanceof GoStruct) {
    if (!(b instanceof GoStruct) || a.typeName !== b.typeName) return false;
    if (a === b) return true;
    return deepEqualFields(a.fields, b.fields);
  }
  if (a instanceof GoFuncValue) return false;
  if (isMap(a)) {
    if (!isMap(b) || !sameComposite(a, b)) return false;
    if (a === b) return true;
    return deepEqualFields(a, b);
  }
  return false;
}

function sameComposite(a: GoValue[] | GoMap, b: GoValue[] | GoMap): boolean {
  return goTypeName(a) === goTypeName(b) && isNilComposite(a) === isNilComposite(b);
}

function deepEqualFields(a: GoMap | Record<string, GoValue>, b: GoMap | Record<string, GoValue>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!hasKey(b as GoMap, k) || !deepEqual(a[k], b[k])) return false;
  }
  return true;
}

export const funcs: FuncMap = {
  // typeOf(src interface{}) string
  typeOf: { params: ['any'], fn: (src: GoValue) => typeOf(src) },
  // typeIs(target string, src interface{}) bool
  typeIs: { params: ['string', 'any'], fn: (target: string, src: GoValue) => target === typeOf(src) },
  // typeIsLike(target string, src interface{}) bool: the type or a pointer to it
  typeIsLike: {
    params: ['string', 'any'],
    fn: (target: string, src: GoValue) => {
      const t = typeOf(src);
      return target === t || '*' + target === t;
    },
  },
  // kindOf(src interface{}) string
  kindOf: { params: ['any'], fn: (src: GoValue) => goKind(src) },
  // kindIs(target string, src interface{}) bool
  kindIs: { params: ['string', 'any'], fn: (target: string, src: GoValue) => target === goKind(src) },
  // reflect.DeepEqual(x, y any) bool
  deepEqual: { params: ['any', 'any'], fn: (x: GoValue, y: GoValue) => deepEqual(x, y) },
};
