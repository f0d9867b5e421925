// Sprig's string functions (Masterminds/sprig v3.3.0 as Helm 4.1.4 vendors it), with the
// parameter types of their Go signatures so that `upper 3` fails in the executor as in
// Helm. Go strings are bytes: substr, trunc and abbrev cut UTF-8 bytes, and a cut through
// a multi-byte character shows as U+FFFD (what Helm's raw byte decodes to).
import { formatV } from '../gotemplate/fmt';
import { quote as goQuote } from '../gotemplate/strconv';
import { validRunes } from '../gotemplate/utf8';
import {
  type FuncMap,
  type FuncSpec,
  type GoValue,
  FuncError,
  compareGoStrings,
  fromBytes,
  isNil,
  isList,
  newMap,
  typed,
  toBytes,
} from '../gotemplate/value';
import { abbreviateFull, deleteWhiteSpace, initials, swapCase, uncapitalize, wrapCustom } from './_str-goutils';
import { strslice, strval } from './_str-strval';
import { fromRunes, isDigit, isLetter, isSpace, runesOf, toLower, toTitle, toUpper } from './_str-unicode';
import { shuffle, toCamelCase, toKebabCase, toSnakeCase } from './_str-xstrings';

/** A Go runtime panic, as text/template reports a recovered runtime.Error. */
function runtimeError(msg: string): FuncError {
  return new FuncError('runtime error: ' + msg);
}

/** s[lo:hi] on the bytes of s with Go's bounds checks; null stands for an omitted index. */
function sliceString(s: string, lo: bigint | null, hi: bigint | null): string {
  const b = toBytes(s);
  const len = BigInt(b.length);
  const h = hi ?? len;
  if (hi !== null && (h < 0n || h > len)) {
    throw runtimeError(h < 0n ? `slice bounds out of range [:${h}]` : `slice bounds out of range [:${h}] with length ${len}`);
  }
  const l = lo ?? 0n;
  if (l < 0n || l > h) {
    throw runtimeError(l < 0n ? `slice bounds out of range [${l}:]` : `slice bounds out of range [${l}:${h}]`);
  }
  return fromBytes(b.subarray(Number(l), Number(h)));
}

/** substring: start < 0 means s[:end]; end < 0 or past the end means s[start:]. */
function substring(start: bigint, end: bigint, s: string): string {
  if (start < 0n) return sliceString(s, null, end);
  if (end < 0n || end > BigInt(toBytes(s).length)) return sliceString(s, start, null);
  return sliceString(s, start, end);
}

/** trunc: the first c bytes, or for c < 0 the last -c bytes; never an error. */
function trunc(c: bigint, s: string): string {
  const len = BigInt(toBytes(s).length);
  if (c < 0n && len + c > 0n) return sliceString(s, len + c, null);
  if (c >= 0n && len > c) return sliceString(s, null, c);
  return s;
}

/** strings.Repeat, with its panics. */
function repeat(s: string, count: bigint): string {
  if (count < 0n) throw new FuncError('strings: negative Repeat count');
  if (BigInt(toBytes(s).length) * count > (1n << 63n) - 1n) throw new FuncError('strings: Repeat output length overflow');
  return s.repeat(Number(count));
}

const ascii = /^[\x00-\x7f]*$/;

/** strings.ToUpper/ToLower: JavaScript's own mapping is Go's for ASCII text. */
function upper(s: string): string {
  return ascii.test(s) ? s.toUpperCase() : mapRunes(s, toUpper);
}

function lower(s: string): string {
  return ascii.test(s) ? s.toLowerCase() : mapRunes(s, toLower);
}

/** strings.Map over runes: a byte that is not UTF-8 comes out as U+FFFD. */
function mapRunes(s: string, f: (r: number) => number): string {
  let out = '';
  for (const c of validRunes(s)) out += String.fromCodePoint(f(c.codePointAt(0)!));
  return out;
}

/** strings.TrimSpace: unicode.IsSpace runes off both ends. */
function trimSpace(s: string): string {
  const r = runesOf(s);
  let i = 0;
  let j = r.length;
  while (i < j && isSpace(r[i])) i++;
  while (j > i && isSpace(r[j - 1])) j--;
  return fromRunes(r.slice(i, j));
}

/** strings.Trim(s, cutset): runes of the cutset off both ends. */
function trim(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  const set = new Set(runesOf(cutset));
  const r = runesOf(s);
  let i = 0;
  let j = r.length;
  while (i < j && set.has(r[i])) i++;
  while (j > i && set.has(r[j - 1])) j--;
  return fromRunes(r.slice(i, j));
}

// strings.Title: a rune after a separator is title-cased. ASCII letters, digits and
// "_" are not separators; other letters and digits are not; spaces are; anything else is.
function isSeparator(r: number): boolean {
  if (r <= 0x7f) {
    return !((r >= 0x30 && r <= 0x39) || (r >= 0x61 && r <= 0x7a) || (r >= 0x41 && r <= 0x5a) || r === 0x5f);
  }
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

function title(s: string): string {
  let prev = 0x20;
  return mapRunes(s, (r) => {
    const out = isSeparator(prev) ? toTitle(r) : r;
    prev = r;
    return out;
  });
}

/** strings.Replace(s, old, new, -1): an empty old matches before every rune and at the end. */
function replaceAll(s: string, old: string, rep: string): string {
  if (old !== '') return s.split(old).join(rep);
  return rep + Array.from(s, (c) => c + rep).join('');
}

/** strings.SplitN(s, sep, n): n < 0 all, n == 0 none, an empty sep splits into runes. */
function splitN(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  if (sep === '') {
    const r = Array.from(s);
    if (n < 0 || n >= r.length) return r;
    return [...r.slice(0, n - 1), r.slice(n - 1).join('')];
  }
  const parts = s.split(sep);
  if (n < 0 || n >= parts.length) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** The map[string]string Sprig's split and splitn return: keys _0, _1, … */
function indexMap(parts: string[]): GoValue {
  const m = typed(newMap(), 'map[string]string');
  parts.forEach((p, i) => (m['_' + i] = p));
  return m;
}

function indent(spaces: bigint, v: string): string {
  const pad = repeat(' ', spaces);
  return pad + v.split('\n').join('\n' + pad);
}

/** A bigint parameter as a JS number for length arithmetic (huge values only need their sign and size). */
function num(b: bigint): number {
  return Number(b);
}

const S: FuncSpec['params'] = ['string'];
const SS: FuncSpec['params'] = ['string', 'string'];

export const funcs: FuncMap = {
  hello: { params: [], fn: () => 'Hello!' },

  abbrev: {
    params: ['int', 'string'],
    fn: (width: bigint, s: string) => (width < 4n ? s : (abbreviateFull(s, 0, num(width)) ?? '')),
  },
  abbrevboth: {
    params: ['int', 'int', 'string'],
    fn: (left: bigint, right: bigint, s: string) =>
      right < 4n || (left > 0n && right < 7n) ? s : (abbreviateFull(s, num(left), num(right)) ?? ''),
  },
  trunc: { params: ['int', 'string'], fn: trunc },
  trim: { params: S, fn: trimSpace },
  upper: { params: S, fn: upper },
  lower: { params: S, fn: lower },
  title: { params: S, fn: title },
  untitle: { params: S, fn: uncapitalize },
  substr: { params: ['int', 'int', 'string'], fn: substring },
  // Switched order so that "foo" | repeat 5
  repeat: { params: ['int', 'string'], fn: (count: bigint, s: string) => repeat(s, count) },
  // Deprecated: trimall; switched order so that "$foo" | trimAll "$"
  trimall: { params: SS, fn: (a: string, b: string) => trim(b, a) },
  trimAll: { params: SS, fn: (a: string, b: string) => trim(b, a) },
  trimSuffix: { params: SS, fn: (a: string, b: string) => (a !== '' && b.endsWith(a) ? b.slice(0, b.length - a.length) : b) },
  trimPrefix: { params: SS, fn: (a: string, b: string) => (b.startsWith(a) ? b.slice(a.length) : b) },
  nospace: { params: S, fn: deleteWhiteSpace },
  initials: { params: S, fn: initials },
  swapcase: { params: S, fn: swapCase },
  shuffle: { params: S, fn: shuffle, nondeterministic: true },
  snakecase: { params: S, fn: toSnakeCase },
  camelcase: { params: S, fn: toCamelCase },
  kebabcase: { params: S, fn: toKebabCase },
  wrap: { params: ['int', 'string'], fn: (l: bigint, s: string) => wrapCustom(s, num(l), '', false) },
  wrapWith: {
    params: ['int', 'string', 'string'],
    fn: (l: bigint, sep: string, s: string) => wrapCustom(s, num(l), sep, true),
  },
  // Switched order so that "foobar" | contains "foo"
  contains: { params: SS, fn: (sub: string, s: string) => s.includes(sub) },
  hasPrefix: { params: SS, fn: (sub: string, s: string) => s.startsWith(sub) },
  hasSuffix: { params: SS, fn: (sub: string, s: string) => s.endsWith(sub) },

  // quote uses %q of strval (so []byte reads as text); squote and cat use %v.
  quote: {
    params: [],
    variadic: 'any',
    fn: (...args: GoValue[]) => args.filter((a) => !isNil(a)).map((a) => goQuote(strval(a))).join(' '),
  },
  squote: {
    params: [],
    variadic: 'any',
    fn: (...args: GoValue[]) => args.filter((a) => !isNil(a)).map((a) => `'${formatV(a)}'`).join(' '),
  },
  cat: {
    params: [],
    variadic: 'any',
    fn: (...args: GoValue[]) => args.filter((a) => !isNil(a)).map((a) => formatV(a)).join(' '),
  },
  indent: { params: ['int', 'string'], fn: indent },
  nindent: { params: ['int', 'string'], fn: (n: bigint, v: string) => '\n' + indent(n, v) },
  replace: { params: ['string', 'string', 'string'], fn: (old: string, rep: string, src: string) => replaceAll(src, old, rep) },
  plural: { params: ['string', 'string', 'int'], fn: (one: string, many: string, n: bigint) => (n === 1n ? one : many) },

  // split "/" "foo/bar" gives map[_0:foo _1:bar]
  split: { params: SS, fn: (sep: string, s: string) => indexMap(splitN(s, sep, -1)) },
  splitList: { params: SS, fn: (sep: string, s: string) => typed(splitN(s, sep, -1), '[]string') },
  splitn: {
    params: ['string', 'int', 'string'],
    fn: (sep: string, n: bigint, s: string) => indexMap(splitN(s, sep, n > 0x7fffffffn ? -1 : num(n))),
  },
  join: { params: ['string', 'any'], fn: (sep: string, v: GoValue) => strslice(v).join(sep) },
};
