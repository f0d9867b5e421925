// Sprig's list.go (list, push, first, rest, …, slice, concat, chunk, sortAlpha) and the
// integer sequences of numeric.go (until, untilStep, seq).
//
// Sprig reads its list argument through reflect, so any slice works and anything else
// fails with the kind in the message ("Cannot find first on type string"). A nil list
// makes reflect.TypeOf(nil).Kind() dereference nil, which Go reports as a runtime error.
// The plain functions panic where the must* ones return the error; text/template turns
// both into the same "error calling NAME: …", so here both throw the same FuncError.
import type { FuncMap, GoValue } from '../gotemplate/value';
import { FuncError, compareGoStrings, nilSlice, typed, typedLike } from '../gotemplate/value';
import { goKind, deepEqual } from './reflect';
import { empty } from './defaults';
import { floatToInt64, toInt, wrapInt64 } from './_cast';
import { strslice, strval } from './_str-strval';

export const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';
const MAKESLICE = 'runtime error: makeslice: len out of range';

/**
 * The elements of a slice-kinded value, or a FuncError built by `msg` from the kind.
 * []byte elements come out as integers, as reflect's Index(i).Interface() gives uint8s.
 */
function sliceOf(v: GoValue, msg: (kind: string) => string): GoValue[] {
  if (v === null || v === undefined) throw new FuncError(NIL_DEREF);
  if (Array.isArray(v)) return v;
  if (v instanceof Uint8Array) return Array.from(v, (b) => BigInt(b));
  throw new FuncError(msg(goKind(v)));
}

function inList(haystack: GoValue[], needle: GoValue): boolean {
  return haystack.some((h) => deepEqual(needle, h));
}

// mustPush(list interface{}, v interface{}) ([]interface{}, error)
function mustPush(list: GoValue, v: GoValue): GoValue[] {
  return [...sliceOf(list, (k) => `Cannot push on type ${k}`), v];
}

// mustPrepend(list interface{}, v interface{}) ([]interface{}, error)
function mustPrepend(list: GoValue, v: GoValue): GoValue[] {
  return [v, ...sliceOf(list, (k) => `Cannot prepend on type ${k}`)];
}

// mustChunk(size int, list interface{}) ([][]interface{}, error). The chunk count is
// computed in float64 exactly as Sprig does, so size 0 or a negative size fail (or not)
// the way Go's makeslice does.
function mustChunk(size: bigint, list: GoValue): GoValue[] {
  const l = sliceOf(list, (k) => `Cannot chunk type ${k}`);
  const n = l.length;
  const fsize = Number(size);
  const cs = floatToInt64(Math.floor((n - 1) / fsize) + 1);
  if (cs < 0n) throw new FuncError(MAKESLICE);
  const out: GoValue[][] = [];
  for (let i = 0n; i < cs; i++) {
    let clen = size;
    if (i === cs - 1n) {
      clen = floatToInt64(Math.floor(n % fsize));
      if (clen === 0n) clen = size;
    }
    if (clen < 0n) throw new FuncError(MAKESLICE);
    const chunk: GoValue[] = [];
    for (let j = 0n; j < clen; j++) {
      const ix = Number(i * size + j);
      if (ix < 0 || ix >= n) throw new FuncError('reflect: slice index out of range');
      chunk.push(l[ix]);
    }
    out.push(chunk);
  }
  return typed(out, '[][]interface {}');
}

// mustLast / mustFirst (list interface{}) (interface{}, error): nil for an empty list
function mustLast(list: GoValue): GoValue {
  const l = sliceOf(list, (k) => `Cannot find last on type ${k}`);
  return l.length === 0 ? null : l[l.length - 1];
}

function mustFirst(list: GoValue): GoValue {
  const l = sliceOf(list, (k) => `Cannot find first on type ${k}`);
  return l.length === 0 ? null : l[0];
}

// mustRest / mustInitial (list interface{}) ([]interface{}, error): a nil slice for an
// empty list (toJson prints null), a new []interface{} otherwise.
function mustRest(list: GoValue): GoValue[] {
  const l = sliceOf(list, (k) => `Cannot find rest on type ${k}`);
  return l.length === 0 ? nilSlice() : l.slice(1);
}

function mustInitial(list: GoValue): GoValue[] {
  const l = sliceOf(list, (k) => `Cannot find initial on type ${k}`);
  return l.length === 0 ? nilSlice() : l.slice(0, -1);
}

// sortAlpha(list interface{}) []string: a non-list becomes a one-element list of its
// strval (nil too: "<nil>"); nil elements of a list are dropped.
function sortAlpha(list: GoValue): GoValue[] {
  if (!Array.isArray(list) && !(list instanceof Uint8Array)) return typed([strval(list ?? null)], '[]string');
  return typed(strslice(list).sort(compareGoStrings), '[]string');
}

// mustReverse(v interface{}) ([]interface{}, error)
function mustReverse(v: GoValue): GoValue[] {
  return [...sliceOf(v, (k) => `Cannot find reverse on type ${k}`)].reverse();
}

// mustCompact(list interface{}) ([]interface{}, error): drops every empty value
function mustCompact(list: GoValue): GoValue[] {
  return sliceOf(list, (k) => `Cannot compact on type ${k}`).filter((x) => !empty(x));
}

// mustUniq(list interface{}) ([]interface{}, error): reflect.DeepEqual, so 1 and "1" and
// 1.0 are three different values
function mustUniq(list: GoValue): GoValue[] {
  const dest: GoValue[] = [];
  for (const item of sliceOf(list, (k) => `Cannot find uniq on type ${k}`)) if (!inList(dest, item)) dest.push(item);
  return dest;
}

// mustWithout(list interface{}, omit ...interface{}) ([]interface{}, error)
function mustWithout(list: GoValue, ...omit: GoValue[]): GoValue[] {
  return sliceOf(list, (k) => `Cannot find without on type ${k}`).filter((item) => !inList(omit, item));
}

// mustHas(needle interface{}, haystack interface{}) (bool, error): a nil haystack is false
function mustHas(needle: GoValue, haystack: GoValue): boolean {
  if (haystack === null || haystack === undefined) return false;
  return inList(sliceOf(haystack, (k) => `Cannot find has on type ${k}`), needle);
}

// mustSlice(list interface{}, indices ...interface{}) (interface{}, error). The indices
// go through cast.ToInt (floats truncate, strings parse); reflect's Slice checks them.
// An empty list gives nil whatever the indices.
function mustSlice(list: GoValue, ...indices: GoValue[]): GoValue {
  if (list === null || list === undefined) throw new FuncError(NIL_DEREF);
  if (!Array.isArray(list) && !(list instanceof Uint8Array)) {
    throw new FuncError(`list should be type of slice or array but ${goKind(list)}`);
  }
  const l = list.length;
  if (l === 0) return null;
  const start = indices.length > 0 ? toInt(indices[0]) : 0n;
  const end = indices.length < 2 ? BigInt(l) : toInt(indices[1]);
  if (start < 0n || end < start || end > BigInt(l)) throw new FuncError('reflect.Value.Slice: slice index out of bounds');
  // reflect's Slice keeps the slice's type ([]string stays []string); an array would not
  // be a []interface{} either, but templates hold none
  const part = list.slice(Number(start), Number(end));
  return list instanceof Uint8Array ? part : typedLike(part as GoValue[], list);
}

// concat(lists ...interface{}) interface{}: appends to a nil []interface{}, so with
// nothing to append the result stays nil
function concat(...lists: GoValue[]): GoValue[] {
  const res: GoValue[] = [];
  for (const l of lists) res.push(...sliceOf(l, (k) => `Cannot concat type ${k} as list`));
  return res.length === 0 ? nilSlice() : res;
}

// untilStep(start, stop, step int) []int: empty when step points away from stop
export function untilStep(start: bigint, stop: bigint, step: bigint): bigint[] {
  const v: bigint[] = typed([], '[]int') as bigint[];
  if (stop < start) {
    if (step >= 0n) return v;
    for (let i = start; i > stop; i = wrapInt64(i + step)) v.push(i);
    return v;
  }
  if (step <= 0n) return v;
  for (let i = start; i < stop; i = wrapInt64(i + step)) v.push(i);
  return v;
}

// until(count int) []int: 0 toward count, counting down for a negative count
function until(count: bigint): bigint[] {
  return untilStep(0n, count, count < 0n ? -1n : 1n);
}

// seq(params ...int) string: like GNU seq — [last], [first last] or [first step last],
// both ends included, printed space-separated; any other argument count gives "".
function seq(...params: bigint[]): string {
  let increment = 1n;
  let r: bigint[];
  switch (params.length) {
    case 1: {
      const start = 1n;
      const end = params[0];
      if (end < start) increment = -1n;
      r = untilStep(start, wrapInt64(end + increment), increment);
      break;
    }
    case 3: {
      const [start, step, end] = params;
      if (end < start) {
        increment = -1n;
        if (step > 0n) return '';
      }
      r = untilStep(start, wrapInt64(end + increment), step);
      break;
    }
    case 2: {
      const [start, end] = params;
      const step = end < start ? -1n : 1n;
      r = untilStep(start, wrapInt64(end + step), step);
      break;
    }
    default:
      return '';
  }
  return r.map(String).join(' ');
}

export const funcs: FuncMap = {
  // list(v ...interface{}) []interface{}; tuple is the same function
  list: { params: [], variadic: 'any', fn: (...v: GoValue[]) => [...v] },
  tuple: { params: [], variadic: 'any', fn: (...v: GoValue[]) => [...v] },
  append: { params: ['any', 'any'], fn: mustPush },
  push: { params: ['any', 'any'], fn: mustPush },
  mustAppend: { params: ['any', 'any'], fn: mustPush },
  mustPush: { params: ['any', 'any'], fn: mustPush },
  prepend: { params: ['any', 'any'], fn: mustPrepend },
  mustPrepend: { params: ['any', 'any'], fn: mustPrepend },
  first: { params: ['any'], fn: mustFirst },
  mustFirst: { params: ['any'], fn: mustFirst },
  rest: { params: ['any'], fn: mustRest },
  mustRest: { params: ['any'], fn: mustRest },
  last: { params: ['any'], fn: mustLast },
  mustLast: { params: ['any'], fn: mustLast },
  initial: { params: ['any'], fn: mustInitial },
  mustInitial: { params: ['any'], fn: mustInitial },
  reverse: { params: ['any'], fn: mustReverse },
  mustReverse: { params: ['any'], fn: mustReverse },
  uniq: { params: ['any'], fn: mustUniq },
  mustUniq: { params: ['any'], fn: mustUniq },
  without: { params: ['any'], variadic: 'any', fn: mustWithout },
  mustWithout: { params: ['any'], variadic: 'any', fn: mustWithout },
  has: { params: ['any', 'any'], fn: mustHas },
  mustHas: { params: ['any', 'any'], fn: mustHas },
  compact: { params: ['any'], fn: mustCompact },
  mustCompact: { params: ['any'], fn: mustCompact },
  slice: { params: ['any'], variadic: 'any', fn: mustSlice },
  mustSlice: { params: ['any'], variadic: 'any', fn: mustSlice },
  concat: { params: [], variadic: 'any', fn: concat },
  chunk: { params: ['int', 'any'], fn: mustChunk },
  mustChunk: { params: ['int', 'any'], fn: mustChunk },
  sortAlpha: { params: ['any'], fn: sortAlpha },
  until: { params: ['int'], fn: until },
  untilStep: { params: ['int', 'int', 'int'], fn: untilStep },
  seq: { params: [], variadic: 'int', fn: seq },
};
