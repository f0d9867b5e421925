// What the executor knows about Go types beyond value.ts: the parameter kinds of
// callables (FuncSpec's ParamType plus reflect.Value for builtins), Go's names for them
// in error texts, and named map types (Helm's .Values is a `common.Values`, not a plain
// map[string]interface {}, and Go's errors say so).
import { type FuncSpec, type GoMap, type GoValue, type ParamType, GoStruct, Int64, goTypeName, isMap, nilMap, nilSlice, typed, underlyingTypeName } from './value';

/** A parameter kind: Go types of value.ts, plus 'reflect' (reflect.Value: the raw value). */
export type Param = ParamType | 'reflect';

/**
 * A function or method as the executor calls it. Builtins declare 'reflect' parameters
 * and receive raw values: `undefined` is Go's invalid reflect.Value (a missing value
 * that went through a pipeline), `null` a nil interface{} (a map's nil or missing entry).
 */
export interface Callable {
  params: readonly Param[];
  variadic?: Param;
  fn: (...args: any[]) => GoValue;
  /** FuncSpec's side-effect marks (Budget.impure) */
  nondeterministic?: boolean;
  mutates?: boolean;
}

export type { FuncSpec };

const GO_METHODS: unique symbol = Symbol.for('chartwright.goMethods');

/**
 * Marks a map as a value of a named Go map type (e.g. "common.Values"), optionally
 * with methods. Field access still reads keys; errors and %T print the name. Returns m.
 */
export function namedMap<T extends GoMap>(
  m: T,
  typeName: string,
  methods?: Record<string, FuncSpec>,
  underlying = 'map[string]interface {}',
): T {
  typed(m, typeName, underlying);
  if (methods) Object.defineProperty(m, GO_METHODS, { value: methods, enumerable: false, configurable: true });
  return m;
}

/**
 * Marks a list as a value of a named Go slice type (e.g. Helm's "common.VersionSet",
 * a []string with a Has method), optionally with methods. It still ranges, indexes and
 * prints as a list. Returns l.
 */
export function namedList<T extends GoValue[]>(
  l: T,
  typeName: string,
  methods?: Record<string, FuncSpec>,
  underlying = '[]interface {}',
): T {
  typed(l, typeName, underlying);
  if (methods) Object.defineProperty(l, GO_METHODS, { value: methods, enumerable: false, configurable: true });
  return l;
}

/** The methods of a named map or list, if it has any. */
export function goMethods(v: GoMap | GoValue[]): Record<string, FuncSpec> | undefined {
  return (v as unknown as Record<symbol, Record<string, FuncSpec> | undefined>)[GO_METHODS];
}

/** Go's name of a value's dynamic type, as %T and reflect errors print it (value.ts goTypeName). */
export const typeName: (v: GoValue) => string = goTypeName;

/** Go's name of a parameter type, as "expected %s" prints it. */
export function paramTypeName(p: Param): string {
  switch (p) {
    case 'any': return 'interface {}';
    case 'reflect': return 'reflect.Value';
    case 'list': return '[]interface {}';
    case 'strings': return '[]string';
    case 'map': return 'map[string]interface {}';
    case 'bytes': return '[]uint8';
    case 'time': return 'time.Time';
    case 'duration': return 'time.Duration';
    default: return p;
  }
}

/** canBeNil: whether an untyped nil can be assigned to the type. */
export function canBeNil(p: Param): boolean {
  switch (p) {
    case 'any': case 'reflect': case 'list': case 'strings': case 'map': case 'bytes':
      return true;
  }
  return false;
}

/**
 * reflect.Zero of a nillable type as the JS value a function receives: nil interface →
 * null, invalid reflect.Value → undefined, and Go's nil slice or map (value.ts nilSlice,
 * nilMap: empty, so functions need not special-case them, as Go's len/range do not).
 */
export function zeroOf(p: Param): GoValue {
  switch (p) {
    case 'reflect': return undefined;
    case 'list': return nilSlice();
    case 'strings': return nilSlice('[]string');
    case 'map': return nilMap();
    case 'bytes': return new Uint8Array(0);
  }
  return null;
}

export function isIntParam(p: Param): boolean {
  return p === 'int' || p === 'int64' || p === 'int32' || p === 'duration';
}

export function isUintParam(p: Param): boolean {
  return p === 'uint' || p === 'uint32' || p === 'uint64';
}

/**
 * Whether a non-nil value is assignable to the parameter type. An int64 (Int64) fits only
 * an int64 parameter and Go's int (bigint) every other integer parameter: value.ts keeps
 * the other integer types in bigint too, and no template value has them. Slices and maps
 * fit by underlying type: common.Values is a map[string]interface {}, a []string is not a
 * []interface {}.
 */
export function assignable(v: GoValue, p: Param): boolean {
  switch (p) {
    case 'any': case 'reflect': return true;
    case 'string': return typeof v === 'string';
    case 'int64': return v instanceof Int64;
    case 'int': case 'int32': case 'uint': case 'uint32': case 'uint64':
      return typeof v === 'bigint';
    // time.Duration is a named type: only a Duration value fits (an untyped literal
    // converts before this check)
    case 'duration': return v instanceof GoStruct && v.typeName === 'time.Duration';
    case 'float64': return typeof v === 'number';
    case 'bool': return typeof v === 'boolean';
    case 'list': return Array.isArray(v) && underlyingTypeName(v) === '[]interface {}';
    case 'strings': return Array.isArray(v) && underlyingTypeName(v) === '[]string';
    case 'map': return isMap(v) && underlyingTypeName(v) === 'map[string]interface {}';
    case 'bytes': return v instanceof Uint8Array;
    case 'time': return v instanceof GoStruct && v.typeName === 'time.Time';
  }
  return false;
}

/**
 * The JS value a function receives for an assignable argument: functions with integer
 * parameters always get a bare bigint, whichever Go integer type the value had.
 */
export function argValue(v: GoValue, p: Param): GoValue {
  return v instanceof Int64 && p === 'int64' ? v.v : v;
}
