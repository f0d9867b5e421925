// Go's text/template/funcs.go: the builtin functions. Those that take reflect.Value in
// Go declare 'reflect' parameters and see raw values (undefined = invalid reflect.Value,
// null = nil interface{}). `and`, `or` and `call` are special-cased by the executor;
// the error texts are Go's, and the executor wraps them as "error calling NAME: …".
import { FuncError, GoFuncValue, GoStruct, type GoValue, Int64, compareGoStrings, elemZero, isMap, isTrue, typedLike, toBytes, fromBytes } from './value';
import { sprint, sprintf, sprintln } from './fmt';
import { type Callable, type Param, argValue, assignable, canBeNil, paramTypeName, typeName, zeroOf } from './types';

/** indirectInterface: a nil interface{} becomes the invalid value. */
function ind(v: GoValue): GoValue {
  return v === null ? undefined : v;
}

/** truth: Go's isTrue of the indirected value; invalid and nil are false. */
export function truth(v: GoValue): boolean {
  return isTrue(v);
}

// reflect's Kind of a raw value, enough for canCompare.
function reflectKind(v: GoValue): string {
  if (v === undefined) return 'invalid';
  if (v === null) return 'interface';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'string': return 'string';
    case 'bigint': return 'int';
    case 'number': return 'float64';
  }
  if (v instanceof Int64) return 'int64';
  if (Array.isArray(v) || v instanceof Uint8Array) return 'slice';
  if (v instanceof GoStruct) return 'struct';
  if (v instanceof GoFuncValue) return 'func';
  return 'map';
}

// Comparison.

const errBadComparisonType = 'invalid type for comparison';
const errNoComparison = 'missing argument for comparison';

const enum Kind { invalid, bool, int, float, string }

function basicKind(v: GoValue): Kind {
  switch (typeof v) {
    case 'boolean': return Kind.bool;
    case 'bigint': return Kind.int;
    case 'number': return Kind.float;
    case 'string': return Kind.string;
  }
  return v instanceof Int64 ? Kind.int : Kind.invalid;
}

// The comparable JS value of a basic-kind value: int and int64 compare by their bigint.
function basicValue(v: GoValue): GoValue {
  return v instanceof Int64 ? v.v : v;
}

// isNil returns true if v is the zero reflect.Value, or nil of its type.
function isNilValue(v: GoValue): boolean {
  return v === undefined || v === null;
}

// canCompare reports whether v1 and v2 are both the same kind, or one is nil.
function canCompare(v1: GoValue, v2: GoValue): boolean {
  const k1 = reflectKind(v1);
  const k2 = reflectKind(v2);
  return k1 === k2 || k1 === 'invalid' || k2 === 'invalid';
}

function comparable(v: GoValue): boolean {
  const k = reflectKind(v);
  return k !== 'slice' && k !== 'map' && k !== 'func';
}

// eq evaluates the comparison a == b || a == c || ...
export function eq(arg1: GoValue, ...arg2: GoValue[]): boolean {
  arg1 = ind(arg1);
  if (arg2.length === 0) throw new FuncError(errNoComparison);
  const k1 = basicKind(arg1);
  for (let arg of arg2) {
    arg = ind(arg);
    const k2 = basicKind(arg);
    let t = false;
    if (k1 !== k2) {
      if (arg1 !== undefined && arg !== undefined) {
        throw new FuncError(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg)}`);
      }
    } else if (k1 !== Kind.invalid) {
      t = basicValue(arg1) === basicValue(arg);
    } else {
      if (!canCompare(arg1, arg)) {
        throw new FuncError(`non-comparable types ${sprintf('%s', [arg1])}: ${typeName(arg1)}, ${typeName(arg)}: ${sprintf('%v', [arg])}`);
      }
      if (isNilValue(arg1) || isNilValue(arg)) {
        t = isNilValue(arg) === isNilValue(arg1);
      } else {
        if (!comparable(arg)) throw new FuncError(`non-comparable type ${sprintf('%s', [arg])}: ${typeName(arg)}`);
        t = arg1 === arg;
      }
    }
    if (t) return true;
  }
  return false;
}

// ne evaluates the comparison a != b.
export function ne(arg1: GoValue, arg2: GoValue): boolean {
  return !eq(arg1, arg2);
}

// lt evaluates the comparison a < b.
export function lt(arg1: GoValue, arg2: GoValue): boolean {
  arg1 = ind(arg1);
  const k1 = basicKind(arg1);
  if (k1 === Kind.invalid) throw new FuncError(errBadComparisonType);
  arg2 = ind(arg2);
  const k2 = basicKind(arg2);
  if (k2 === Kind.invalid) throw new FuncError(errBadComparisonType);
  if (k1 !== k2) throw new FuncError(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg2)}`);
  switch (k1) {
    case Kind.bool:
      throw new FuncError(errBadComparisonType);
    case Kind.string:
      return compareGoStrings(arg1 as string, arg2 as string) < 0;
    default:
      return (basicValue(arg1) as number) < (basicValue(arg2) as number);
  }
}

// le evaluates the comparison a <= b.
export function le(arg1: GoValue, arg2: GoValue): boolean {
  return lt(arg1, arg2) || eq(arg1, arg2);
}

// gt evaluates the comparison a > b.
export function gt(arg1: GoValue, arg2: GoValue): boolean {
  return !le(arg1, arg2);
}

// ge evaluates the comparison a >= b.
export function ge(arg1: GoValue, arg2: GoValue): boolean {
  return !lt(arg1, arg2);
}

// Indexing.

// indexArg checks if a value can be used as an index, and converts it to a number.
function indexArg(index: GoValue, cap: number): number {
  if (index instanceof Int64) index = index.v;
  if (typeof index !== 'bigint') {
    if (index === undefined) throw new FuncError('cannot index slice/array with nil');
    throw new FuncError(`cannot index slice/array with type ${typeName(index)}`);
  }
  if (index < 0n || index > BigInt(cap)) throw new FuncError(`index out of range: ${index}`);
  return Number(index);
}

// prepareArg checks if value can be used as an argument of type argType, and converts
// an invalid value to the appropriate zero if possible.
function prepareArg(value: GoValue, argType: Param): GoValue {
  if (value === undefined) {
    if (!canBeNil(argType)) throw new FuncError(`value is nil; should be of type ${paramTypeName(argType)}`);
    return zeroOf(argType);
  }
  if (assignable(value, argType)) return argValue(value, argType);
  throw new FuncError(`value has type ${typeName(value)}; should be ${paramTypeName(argType)}`);
}

// index returns the result of indexing its first argument by the following arguments.
// Thus "index x 1 2 3" is, in Go syntax, x[1][2][3]. Each indexed item must be a map,
// slice, or array.
export function index(item: GoValue, ...indexes: GoValue[]): GoValue {
  item = ind(item);
  if (item === undefined) throw new FuncError('index of untyped nil');
  for (let idx of indexes) {
    idx = ind(idx);
    if (item === null || item === undefined) throw new FuncError('index of nil pointer');
    if (typeof item === 'string') {
      const b = toBytes(item);
      const x = indexArg(idx, b.length);
      if (x === b.length) throw new FuncError('reflect: string index out of range');
      item = BigInt(b[x]);
    } else if (Array.isArray(item) || item instanceof Uint8Array) {
      const x = indexArg(idx, item.length);
      if (x === item.length) throw new FuncError('reflect: slice index out of range');
      const e: GoValue = item[x];
      item = typeof e === 'number' && item instanceof Uint8Array ? BigInt(e) : e === undefined ? null : e;
    } else if (isMap(item)) {
      const k = prepareArg(idx, 'string') as string;
      // a missing key gives the element type's zero: "" in a map[string]string
      item = Object.prototype.hasOwnProperty.call(item, k) ? (item[k] ?? null) : elemZero(item);
    } else {
      throw new FuncError(`can't index item of type ${typeName(item)}`);
    }
  }
  return item;
}

// slice returns the result of slicing its first argument by the remaining arguments.
// Thus "slice x 1 2" is, in Go syntax, x[1:2], while "slice x" is x[:], "slice x 1" is
// x[1:], and "slice x 1 2 3" is x[1:2:3]. The first argument must be a string, slice,
// or array.
export function slice(item: GoValue, ...indexes: GoValue[]): GoValue {
  item = ind(item);
  if (item === undefined) throw new FuncError('slice of untyped nil');
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  let len: number;
  let bytes: Uint8Array | null = null;
  if (typeof item === 'string') {
    if (indexes.length === 3) throw new FuncError('cannot 3-index slice a string');
    bytes = toBytes(item);
    len = bytes.length;
  } else if (Array.isArray(item) || item instanceof Uint8Array) {
    len = item.length;
  } else {
    throw new FuncError(`can't slice item of type ${typeName(item)}`);
  }
  const idx = [0, len, 0];
  indexes.forEach((x, i) => (idx[i] = indexArg(ind(x), len)));
  if (idx[0] > idx[1]) throw new FuncError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) throw new FuncError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (bytes !== null) return fromBytes(bytes.slice(idx[0], idx[1]));
  if (item instanceof Uint8Array) return item.slice(idx[0], idx[1]);
  return typedLike((item as GoValue[]).slice(idx[0], idx[1]), item as GoValue[]);
}

// length returns the length of the item, with an error if it has no defined length.
export function length(item: GoValue): GoValue {
  if (item === null) throw new FuncError('len of nil pointer');
  // Go asks an invalid reflect.Value for its type and panics.
  if (item === undefined) throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
  if (typeof item === 'string') return BigInt(toBytes(item).length);
  if (Array.isArray(item) || item instanceof Uint8Array) return BigInt(item.length);
  if (isMap(item)) return BigInt(Object.keys(item).length);
  throw new FuncError(`len of type ${typeName(item)}`);
}

// call returns the result of evaluating the first argument as a function.
export function call(name: string, fn: GoValue, ...args: GoValue[]): GoValue {
  fn = ind(fn);
  if (fn === undefined) throw new FuncError('call of nil');
  if (!(fn instanceof GoFuncValue)) throw new FuncError(`non-function ${name} of type ${typeName(fn)}`);
  const spec = fn.spec;
  const numIn = spec.params.length + (spec.variadic !== undefined ? 1 : 0);
  if (spec.variadic !== undefined) {
    if (args.length < numIn - 1) throw new FuncError(`wrong number of args for ${name}: got ${args.length} want at least ${numIn - 1}`);
  } else if (args.length !== numIn) {
    throw new FuncError(`wrong number of args for ${name}: got ${args.length} want ${numIn}`);
  }
  const argv = args.map((arg, i) => {
    const argType = spec.variadic !== undefined && i >= spec.params.length ? spec.variadic : spec.params[i];
    try {
      return prepareArg(ind(arg), argType);
    } catch (e) {
      throw new FuncError(`arg ${i}: ${(e as Error).message}`);
    }
  });
  const r = spec.fn(...argv);
  return r === undefined ? null : r;
}

// HTML escaping.

/** HTMLEscapeString: the five HTML-special characters and NUL. */
export function htmlEscapeString(s: string): string {
  if (!/['"&<>\0]/.test(s)) return s;
  let out = '';
  for (const c of s) {
    switch (c) {
      case '\0': out += '\uFFFD'; break;
      case '"': out += '&#34;'; break;
      case "'": out += '&#39;'; break;
      case '&': out += '&amp;'; break;
      case '<': out += '&lt;'; break;
      case '>': out += '&gt;'; break;
      default: out += c;
    }
  }
  return out;
}

// JavaScript escaping.

const reGraphic = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

function jsIsSpecial(r: number): boolean {
  switch (r) {
    case 0x5c: case 0x27: case 0x22: case 0x3c: case 0x3e: case 0x26: case 0x3d:
      return true;
  }
  return r < 0x20 || r >= 0x80;
}

/** JSEscapeString. */
export function jsEscapeString(s: string): string {
  let out = '';
  for (const c of s) {
    const r = c.codePointAt(0)!;
    // a stray byte (utf8.ts) decodes as U+FFFD, which is printable: Go writes the byte
    if (!jsIsSpecial(r) || (r >= 0xdc80 && r <= 0xdcff)) {
      out += c;
      continue;
    }
    if (r < 0x80) {
      switch (c) {
        case '\\': out += '\\\\'; break;
        case "'": out += "\\'"; break;
        case '"': out += '\\"'; break;
        case '<': out += '\\u003C'; break;
        case '>': out += '\\u003E'; break;
        case '&': out += '\\u0026'; break;
        case '=': out += '\\u003D'; break;
        default: out += '\\u00' + r.toString(16).toUpperCase().padStart(2, '0');
      }
    } else if (reGraphic.test(c)) {
      out += c;
    } else {
      out += '\\u' + r.toString(16).toUpperCase().padStart(4, '0');
    }
  }
  return out;
}

/** url.QueryEscape. */
export function urlQueryEscape(s: string): string {
  let out = '';
  for (const b of toBytes(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (b === 0x20) out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

// evalArgs formats the list of arguments into a string: fmt.Sprint(args...) except that
// a nil argument prints as "<no value>", as the default string evaluation does.
function evalArgs(args: GoValue[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (a === null || a === undefined ? '<no value>' : a)));
}

function unreachable(): never {
  throw new Error('unreachable'); // implemented as a special case in evalCall
}

/** The builtin functions by name. Template funcs of the same name override them. */
export const builtins: Record<string, Callable> = Object.assign(Object.create(null) as Record<string, Callable>, {
  and: { params: ['reflect'], variadic: 'reflect', fn: unreachable },
  call: { params: ['reflect'], variadic: 'reflect', fn: unreachable },
  html: { params: [], variadic: 'any', fn: (...a: GoValue[]) => htmlEscapeString(evalArgs(a)) },
  index: { params: ['reflect'], variadic: 'reflect', fn: index },
  slice: { params: ['reflect'], variadic: 'reflect', fn: slice },
  js: { params: [], variadic: 'any', fn: (...a: GoValue[]) => jsEscapeString(evalArgs(a)) },
  len: { params: ['reflect'], fn: length },
  not: { params: ['reflect'], fn: (a: GoValue) => !truth(a) },
  or: { params: ['reflect'], variadic: 'reflect', fn: unreachable },
  print: { params: [], variadic: 'any', fn: (...a: GoValue[]) => sprint(a) },
  printf: { params: ['string'], variadic: 'any', fn: (f: string, ...a: GoValue[]) => sprintf(f, a) },
  println: { params: [], variadic: 'any', fn: (...a: GoValue[]) => sprintln(a) },
  urlquery: { params: [], variadic: 'any', fn: (...a: GoValue[]) => urlQueryEscape(evalArgs(a)) },
  eq: { params: ['reflect'], variadic: 'reflect', fn: eq },
  ge: { params: ['reflect', 'reflect'], fn: ge },
  gt: { params: ['reflect', 'reflect'], fn: gt },
  le: { params: ['reflect', 'reflect'], fn: le },
  lt: { params: ['reflect', 'reflect'], fn: lt },
  ne: { params: ['reflect', 'reflect'], fn: ne },
} satisfies Record<string, Callable>);

/** Builtins whose result is a reflect.Value and may be invalid (undefined), not nil. */
export const rawResult = new Set(['and', 'or', 'index', 'slice', 'call']);
