// The Go value model every part of the engine shares (gotemplate, sprig, helm).
//
// Go is typed where JavaScript is not, and Helm's output depends on those types
// (an int prints "80", a float64 from values.yaml prints "80" but `eq .port 80`
// fails with "incompatible types"). So the mapping is fixed and total:
//
//   Go                         JS
//   nil / missing / invalid    null (undefined is read as null too)
//   bool                       boolean
//   string                     string (UTF-16 here; functions that count bytes convert)
//   int, uint…                 bigint            (template literals, len, atoi…)
//   int64                      Int64             (Sprig's add/sub/int64…, --set ints, fromToml)
//   float64                    number            (every number read from a values file)
//   []interface{} / []string   Array (typed/nilSlice: other element types, nil slices)
//   map[string]interface{}     plain object (prototype Object.prototype or null;
//                              typed/nilMap: other element types, nil maps)
//   []byte                     Uint8Array
//   struct / pointer to one    GoStruct          (.Release, .Chart, .Capabilities, time.Time…)
//   func                       GoFuncValue       (for the `call` builtin)

export type GoValue =
  | null
  | undefined
  | boolean
  | string
  | bigint
  | Int64
  | number
  | GoValue[]
  | GoMap
  | Uint8Array
  | GoStruct
  | GoFuncValue;

export interface GoMap {
  [key: string]: GoValue;
}

/** A Go method or func value: receives already-checked arguments, throws to return an error. */
export type GoMethod = (...args: any[]) => GoValue;

/**
 * A Go struct (or pointer to one). Fields are read by `.Name`; methods are called by
 * `.Name arg…`. `typeName` is what Go's %T and error messages print (e.g. "*chart.Metadata").
 * `str`, when present, is the struct's String() method as fmt would call it.
 * `ptrString` says String is declared on the pointer receiver (`func (*T) String()`) of
 * a struct value: fmt, which always gets a copy, does not call it; a template printing
 * the struct where it lives (an addressable field, e.g. .Capabilities.KubeVersion) does.
 */
export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly fields: Record<string, GoValue>,
    readonly methods: Record<string, FuncSpec> = {},
    readonly str?: () => string,
    readonly ptrString: boolean = false,
  ) {}
}

/**
 * Go's int64, boxed so that it stays a type apart from int (a bigint): Go refuses an
 * int64 where an int parameter is declared ("expected int; got int64"), and %T, typeOf
 * and kindOf print it. Everything else (printing, eq/lt, toJson, toYaml) treats both
 * alike, through isInt and intValue.
 */
export class Int64 {
  constructor(readonly v: bigint) {}
}

/** Wraps a bigint as a Go int64 (wrapping to 64 bits is the caller's business). */
export function int64(v: bigint): Int64 {
  return new Int64(v);
}

/** Whether v is one of Go's signed integers: an int (bigint) or an int64 (Int64). */
export function isInt(v: unknown): v is bigint | Int64 {
  return typeof v === 'bigint' || v instanceof Int64;
}

/** The bigint of an int or int64. */
export function intValue(v: bigint | Int64): bigint {
  return typeof v === 'bigint' ? v : v.v;
}

export class GoFuncValue {
  constructor(readonly spec: FuncSpec) {}
}

/**
 * Parameter types a function can declare. The executor checks and converts arguments
 * against them exactly as Go's reflect-based call does, and produces Go's error text
 * ("wrong type for value; expected string; got int") when they do not fit.
 *  - 'any'     interface{}: anything, a missing value arrives as null
 *  - 'string'  string only
 *  - 'int' | 'uint' …  a bigint; 'int64' an Int64, passed on as its bigint (an untyped
 *    literal converts to either; a float64 does not)
 *  - 'float64' a number (an untyped int literal converts)
 *  - 'bool'
 *  - 'list'    []interface{}: an Array
 *  - 'strings' []string: an Array of strings
 *  - 'map'     map[string]interface{}: a plain object
 *  - 'bytes'   []byte
 */
export type ParamType =
  | 'any'
  | 'string'
  | 'int'
  | 'int64'
  | 'int32'
  | 'uint'
  | 'uint32'
  | 'uint64'
  | 'float64'
  | 'bool'
  | 'list'
  | 'strings'
  | 'map'
  | 'bytes'
  | 'time'
  | 'duration';

export interface FuncSpec {
  params: ParamType[];
  /** element type of a trailing `...T` parameter */
  variadic?: ParamType;
  /** throw FuncError (or any Error) for Go's non-nil error return */
  fn: (...args: any[]) => GoValue;
  /** true where the result varies between calls (now, rand*, uuid, gen*) */
  nondeterministic?: boolean;
  /** true where the function writes into an argument (set, unset, merge…) */
  mutates?: boolean;
}

export type FuncMap = Record<string, FuncSpec>;

/** What a function returns as its Go `error`; the executor wraps it as "error calling NAME: msg". */
export class FuncError extends Error {}

export function isNil(v: GoValue): v is null | undefined {
  return v === null || v === undefined;
}

export function isMap(v: unknown): v is GoMap {
  if (v === null || typeof v !== 'object') return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

export function isList(v: unknown): v is GoValue[] {
  return Array.isArray(v);
}

export function newMap(): GoMap {
  return Object.create(null) as GoMap;
}

export function hasKey(m: GoMap, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(m, k);
}

/** Map keys in Go's iteration order for templates and fmt: sorted by byte value. */
export function sortedKeys(m: GoMap): string[] {
  return Object.keys(m).sort(compareGoStrings);
}

/** Go compares strings by bytes; UTF-16 code unit order differs only for astral vs BMP>U+E000. */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ca > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Go's reflect.Kind names, as %T-independent classification used by sprig's kindOf. */
export type Kind =
  | 'invalid'
  | 'bool'
  | 'string'
  | 'int'
  | 'int64'
  | 'float64'
  | 'slice'
  | 'map'
  | 'struct'
  | 'func';

export function kindOf(v: GoValue): Kind {
  if (v === null || v === undefined) return 'invalid';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'string':
      return 'string';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float64';
  }
  if (v instanceof Int64) return 'int64';
  if (Array.isArray(v) || v instanceof Uint8Array) return 'slice';
  if (v instanceof GoStruct) return 'struct';
  if (v instanceof GoFuncValue) return 'func';
  return 'map';
}

// Go's slices and maps have an element type and may be nil; JS Arrays and objects have
// neither. Helm's output shows both (`typeOf (keys $d)` is "[]string", `toJson` of a nil
// slice is "null", `%#v` prints "[]int{0, 1}"), so a slice or map that is not a plain
// []interface{} / map[string]interface{} carries its type under a registry symbol, and a
// nil one carries a nil mark besides (it is frozen and empty). Named types (Helm's
// common.Values, a map[string]interface{}) also carry the underlying type, which decides
// what they are assignable to.
const GO_TYPE_NAME: unique symbol = Symbol.for('chartwright.goTypeName');
const GO_UNDERLYING: unique symbol = Symbol.for('chartwright.goUnderlying');
const GO_NIL: unique symbol = Symbol.for('chartwright.goNil');

const ANY_SLICE = '[]interface {}';
const ANY_MAP = 'map[string]interface {}';

type Marked = Record<symbol, string | boolean | undefined>;

function mark(v: object, sym: symbol, value: string | boolean): void {
  Object.defineProperty(v, sym, { value, enumerable: false, configurable: true });
}

/**
 * Marks an Array or map as a value of the Go type `typeName`: a composite type literal
 * ("[]string", "[]int", "[][]interface {}", "map[string]string") or a named type, whose
 * underlying type is then `underlying`. Returns v.
 */
export function typed<T extends GoValue[] | GoMap>(v: T, typeName: string, underlying?: string): T {
  if (typeName !== (Array.isArray(v) ? ANY_SLICE : ANY_MAP)) mark(v, GO_TYPE_NAME, typeName);
  if (underlying !== undefined) mark(v, GO_UNDERLYING, underlying);
  return v;
}

/** Gives a new slice or map the type of `like` (name, underlying type, methods), not its nil-ness. */
export function typedLike<T extends GoValue[] | GoMap>(v: T, like: GoValue[] | GoMap): T {
  for (const sym of [GO_TYPE_NAME, GO_UNDERLYING, Symbol.for('chartwright.goMethods')]) {
    const x = (like as unknown as Record<symbol, unknown>)[sym];
    if (x !== undefined) Object.defineProperty(v, sym, { value: x, enumerable: false, configurable: true });
  }
  return v;
}

const nils = new Map<string, GoValue[] | GoMap>();

function nilOf(typeName: string, make: () => GoValue[] | GoMap): GoValue[] | GoMap {
  let v = nils.get(typeName);
  if (!v) {
    v = typed(make(), typeName);
    mark(v, GO_NIL, true);
    nils.set(typeName, Object.freeze(v) as GoValue[] | GoMap);
  }
  return v;
}

/** Go's nil slice of the given type: empty like any other, but toJson prints null. */
export function nilSlice(typeName: string = ANY_SLICE): GoValue[] {
  return nilOf(typeName, () => []) as GoValue[];
}

/** Go's nil map of the given type: reads as empty, writing into it panics. */
export function nilMap(typeName: string = ANY_MAP): GoMap {
  return nilOf(typeName, () => Object.create(null) as GoMap) as GoMap;
}

/** Whether v is a nil slice or nil map (not a nil interface: that is null). */
export function isNilComposite(v: unknown): boolean {
  return v !== null && typeof v === 'object' && (v as Marked)[GO_NIL] === true;
}

/** What Go's %T prints for a value held in an interface{}: the one type-name function. */
export function goTypeName(v: GoValue): string {
  const k = kindOf(v);
  switch (k) {
    case 'invalid':
      return '<nil>';
    case 'bool':
    case 'string':
    case 'int':
    case 'int64':
    case 'float64':
      // the kinds of value.ts's basic types are their names
      return k;
  }
  if (Array.isArray(v)) return ((v as unknown as Marked)[GO_TYPE_NAME] as string | undefined) ?? ANY_SLICE;
  if (v instanceof Uint8Array) return '[]uint8';
  if (v instanceof GoStruct) return v.typeName;
  if (v instanceof GoFuncValue) return 'func';
  return ((v as unknown as Marked)[GO_TYPE_NAME] as string | undefined) ?? ANY_MAP;
}

/** The underlying type of a slice or map: its own type unless it is of a named type. */
export function underlyingTypeName(v: GoValue[] | GoMap): string {
  return ((v as unknown as Marked)[GO_UNDERLYING] as string | undefined) ?? goTypeName(v);
}

/**
 * The zero value of a slice's or map's element type, as `index` returns it for a missing
 * map key: "" for map[string]string, nil for map[string]interface{}.
 */
export function elemZero(v: GoValue[] | GoMap): GoValue {
  const t = underlyingTypeName(v);
  const elem = t.startsWith('[]') ? t.slice(2) : t.startsWith('map[string]') ? t.slice(11) : '';
  switch (elem) {
    case 'string':
      return '';
    case 'int':
      return 0n;
    case 'float64':
      return 0;
    case 'bool':
      return false;
  }
  return null;
}

/** Go's truth: false, 0, nil, empty string/slice/map are false; structs are true. */
export function isTrue(v: GoValue): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
  }
  if (v instanceof Int64) return v.v !== 0n;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Uint8Array) return v.length > 0;
  if (v instanceof GoStruct || v instanceof GoFuncValue) return true;
  return Object.keys(v).length > 0;
}

// Go strings are bytes (len, substr and trunc count UTF-8 bytes): utf8.ts converts.
export { byteLength, toBytes, fromBytes } from './utf8';
