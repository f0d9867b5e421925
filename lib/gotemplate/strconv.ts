// Go's strconv for the engine: quoting (Quote, QuoteToASCII, QuoteRune, CanBackquote),
// parsing (ParseInt, ParseUint, ParseFloat, ParseBool) and formatting (FormatInt,
// FormatFloat). fmt builds on these, and sprig/Helm's value typing uses the parsers, so
// the error texts are Go's: `strconv.ParseInt: parsing "x": invalid syntax`.
//
// Go strings are UTF-8 bytes; ours are UTF-16 with stray bytes escaped (utf8.ts), so
// quoting goes through the bytes: a stray byte quotes as \xc3, as in Go.
import { RuneError, decodeRune, fromBytes, toBytes } from './utf8';

const utf8Enc = new TextEncoder();

// ---------------------------------------------------------------------------------
// Errors

export const ErrSyntax = 'invalid syntax';
export const ErrRange = 'value out of range';

/** Go's *strconv.NumError; `value` is what Go returns alongside the error (0, or the clamped value for ErrRange). */
export class NumError extends Error {
  constructor(
    readonly func: string,
    readonly num: string,
    readonly err: string,
    readonly value: number | bigint = 0,
  ) {
    super(`strconv.${func}: parsing ${quote(num)}: ${err}`);
    this.name = 'NumError';
  }
}

// ---------------------------------------------------------------------------------
// UTF-8

export { RuneError, decodeRune } from './utf8';
export const MaxRune = 0x10ffff;

/** utf8.ValidRune */
export function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MaxRune);
}

/** How Go writes a rune: invalid code points become U+FFFD. */
export function runeString(r: number): string {
  return String.fromCodePoint(validRune(r) ? r : RuneError);
}

/** utf8.RuneCountInString of the UTF-8 form of s: code points, a lone surrogate counting one. */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------
// IsPrint

// Go 1.25's unicode tables are Unicode 15.0.0; JavaScript engines carry newer (and
// differing) versions, so `\p{L}` & co. would call later additions printable where Go
// escapes them. This is Go's own printable set, measured from Helm 4.1.4 by quoting every
// code point (strconv.test.ts re-measures it): base-36 distances between the starts of
// alternating runs, the first run (from U+0000) not printable.
const PRINT_TABLE =
  'w,2n,y,c,1,ju,2,6,4,7,1,1,1,k,1,b1,1,12,2,1e,2,3,1,1j,8,r,4,6,h,m,1,5c,1,1c,2,1n,2,2t,e,1n,2,1d,' +
  '2,f,1,s,2,1,1,b,5,v,9,22,1,4h,1,8,2,2,2,m,1,7,1,1,3,4,2,9,2,2,2,4,8,1,4,2,1,5,2,p,2,3,1,6,4,2,2,' +
  'm,1,7,1,2,1,2,1,2,2,1,1,5,4,2,2,3,3,1,7,4,1,1,7,h,a,3,1,9,1,3,1,m,1,7,1,2,1,5,2,a,1,3,1,3,2,1,f,' +
  '4,2,c,7,7,1,3,1,8,2,2,2,m,1,7,1,2,1,5,2,9,2,2,2,3,7,3,4,2,1,5,2,i,a,2,1,6,3,3,1,4,3,2,1,1,1,2,3,' +
  '2,3,3,3,c,4,5,3,3,1,4,2,1,6,1,e,l,5,d,1,3,1,n,1,g,2,9,1,3,1,4,7,2,1,3,2,1,2,4,2,a,7,m,1,3,1,n,1,' +
  'a,1,5,2,9,1,3,1,4,7,2,6,2,1,4,2,a,1,3,c,d,1,3,1,1f,1,3,1,6,4,g,2,q,1,3,1,i,3,o,1,9,1,1,2,7,3,1,4' +
  ',6,1,1,1,8,6,a,2,3,c,1m,4,t,11,2,1,1,1,5,1,o,1,1,1,n,2,5,1,1,1,7,1,a,2,4,w,20,1,10,4,13,1,10,1,f' +
  ',1,d,11,5i,1,1,5,1,2,ah,1,4,2,7,1,1,1,4,2,15,1,4,2,x,1,4,2,7,1,1,1,4,2,f,1,1l,1,4,2,1v,2,w,3,q,6' +
  ',2e,2,6,2,hs,1,s,3,2h,7,m,9,o,9,k,c,d,1,3,1,2,c,2m,2,a,6,a,6,e,1,b,6,2h,7,17,5,1y,a,v,1,c,4,c,4,' +
  '1,3,16,2,5,b,18,4,q,6,b,3,1q,2,1t,1,t,2,b,6,a,6,e,2,v,1d,25,3,1b,1,38,8,1o,3,f,3,1o,7,17,2,b,8,1' +
  '7,5,eu,2,6,2,12,2,6,2,8,1,1,1,1,1,1,1,v,2,1h,1,f,1,e,2,6,1,j,2,3,1,9,h,o,8,1b,h,2,2,r,1,d,3,x,f,' +
  'x,f,3w,4,if,p,b,l,1ec,2,w,1,9p,5,19,1,1,5,1,2,1k,7,2,e,o,9,7,1,7,1,7,1,7,1,7,1,7,1,7,1,7,1,3i,y,' +
  'q,1,2h,c,5y,q,c,5,1r,1,2e,2,2v,5,17,1,2m,1,2c,c,1b,1,mlp,3,1j,9,9o,k,54,8,5n,5,2,1,1,1,5,o,1n,3,' +
  'a,6,1k,8,1y,8,c,6,38,b,u,3,26,1,b,4,x,1,1j,9,e,2,a,2,2v,o,s,a,6,2,6,2,6,9,7,1,7,1,1o,4,3i,2,a,6,' +
  '8mc,c,n,4,1d,4,1kw,4xs,a6,2,2y,12,7,c,5,5,q,1,5,1,1,1,2,1,2,1,3h,g,cd,2,1i,7,1,w,16,6,1f,1,j,1,4' +
  ',4,5,1,3r,4,5a,3,6,2,6,2,6,2,3,3,7,1,7,d,2,2,c,1,q,1,j,1,2,1,f,2,e,y,3f,5,3,4,19,3,2g,1,d,3,1,1b' +
  ',1a,3m,t,3,1d,f,s,4,10,9,u,5,17,5,u,1,11,4,e,16,4e,2,a,6,10,4,10,4,14,8,1g,b,c,1,f,1,7,1,2,1,b,1' +
  ',f,1,7,1,2,1v,8n,9,m,a,8,o,6,1,16,1,9,1x,6,2,1,1,18,1,2,3,1,2,n,1,20,8,9,1c,j,1,2,5,x,3,r,5,1,1s' +
  ',1k,4,k,2,1e,1,2,5,8,1,3,1,t,2,3,4,a,7,9,7,1s,w,13,4,c,9,1i,3,t,2,r,5,q,7,4,c,7,28,21,1j,1f,d,1f' +
  ',7,1a,8,a,86,v,1,16,1,3,2,2,23,17,8,16,m,q,12,s,k,n,9,26,4,10,9,1q,1,5,d,p,7,a,6,1h,1,i,8,13,9,2' +
  'o,1,k,b,i,1,1b,1q,7,1,1,1,4,1,f,1,b,6,1n,5,a,6,4,1,8,2,2,2,m,1,7,1,2,1,5,1,a,2,2,2,3,2,1,6,1,5,7' +
  ',2,7,3,5,3v,2k,1,5,u,20,8,a,4m,1i,2,12,y,1x,b,a,6,d,j,1m,6,a,1i,r,2,f,4,n,55,1o,2s,2b,c,8,2,1,2,' +
  '8,1,2,1,u,1,2,2,c,9,a,1y,8,2,1a,2,b,r,20,8,2b,d,21,7,a,6u,9,1,19,1,e,a,t,3,w,2,m,1,e,21,7,1,2,1,' +
  '18,3,1,1,2,1,9,8,a,6,6,1,2,1,11,1,2,1,6,7,a,8m,p,7,h,1,15,3,s,2e,1,f,1e,d,pn,2u,33,1,5,b,5g,218,' +
  '2r,d,ts,g,m,33e,g7,6nt,ft,7,v,1,a,4,29,1,a,6,u,2,6,a,1y,a,a,1,7,1,l,5,j,j4,2j,2t,23,4,1l,7,h,1s,' +
  '5,b,2,e,4qg,8,ye,16,9,6w7,4,1,7,1,2,1,83,f,1,t,3,2,1,e,4,8,b0,1s4,2z,5,d,3,9,7,a,2,4,3mo,1a,2,n,' +
  '9,38,1o,6u,a,13,2,22,8,34,l,1y,3e,k,c,k,c,2f,9,p,3r,2d,1,1z,1,2,2,1,2,2,2,4,1,c,1,1,1,7,1,1t,1,4' +
  ',2,8,1,7,1,s,1,4,1,5,1,1,3,7,1,9g,2,84,2,ji,f,5,1,f,uo,v,6,6,5x,7,1,h,2,7,1,2,1,5,5,1q,x,1,34,19' +
  ',3,e,2,a,4,2,8w,v,h,1m,5,1,cw,16,km,7,1,4,1,2,1,f,1,5h,2,g,15,24,4,a,4,2,lt,1w,24,1p,5e,4,1,r,1,' +
  '2,1,1,2,1,1,a,1,4,1,1,1,1,6,1,4,1,1,1,1,1,1,3,1,2,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,2,4,1,7,1,4,1,' +
  '4,1,1,1,a,1,h,5,3,1,5,1,h,1g,2,7i,18,4,2s,c,f,2,f,1,f,1,11,a,4u,1k,t,d,18,4,9,7,2,e,6,4a,rc,4,h,' +
  '3,d,3,3b,4,2n,6,c,4,1,f,c,4,1k,8,a,6,14,8,u,2,2,26,9g,c,e,2,d,3,9,7,1a,1,7,8,e,4,9,7,9,7,43,1,1j' +
  ',11,a,sm,wyo,w,37e,6,66,2,4g2,e,5rl,2e7,f2,15u,3t7,5,38g,f9e8,6o';

let printStarts: number[] | undefined;

function printRuns(): number[] {
  if (!printStarts) {
    let at = 0;
    printStarts = PRINT_TABLE.split(',').map((d) => (at += Number.parseInt(d, 36)));
  }
  return printStarts;
}

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols (Unicode 15.0) and ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x7f) return r >= 0x20;
  if (r >= 0xd800 && r <= 0xdfff) return false;
  if (r > MaxRune) return false;
  // runs[k] starts a printable run when k is even; find the last start <= r.
  const runs = printRuns();
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid] <= r) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (lo - 1) % 2 === 0;
}

// ---------------------------------------------------------------------------------
// Quoting

const lowerhex = '0123456789abcdef';

function hexN(r: number, digits: number): string {
  let s = '';
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) s += lowerhex[Math.floor(r / 2 ** shift) & 0xf];
  return s;
}

function appendEscapedRune(r: number, quoteCh: number, asciiOnly: boolean): string {
  if (r === quoteCh || r === 0x5c) return '\\' + String.fromCodePoint(r);
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) return String.fromCharCode(r);
  } else if (isPrint(r)) {
    return String.fromCodePoint(r);
  }
  switch (r) {
    case 0x07:
      return '\\a';
    case 0x08:
      return '\\b';
    case 0x0c:
      return '\\f';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
    case 0x0b:
      return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hexN(r, 2);
  if (!validRune(r)) r = RuneError;
  if (r < 0x10000) return '\\u' + hexN(r, 4);
  return '\\U' + hexN(r, 8);
}

function quoteWith(b: Uint8Array, quoteCh: number, asciiOnly: boolean): string {
  const q = String.fromCharCode(quoteCh);
  let out = q;
  for (let i = 0; i < b.length; ) {
    const [r, width] = decodeRune(b, i);
    if (width === 1 && r === RuneError) {
      // A byte that is not UTF-8 is shown as itself.
      out += '\\x' + hexN(b[i], 2);
      i++;
      continue;
    }
    out += appendEscapedRune(r, quoteCh, asciiOnly);
    i += width;
  }
  return out + q;
}

/** strconv.Quote */
export function quote(s: string): string {
  // Printable ASCII without quote or backslash (most strings) quotes as itself.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return quoteWith(toBytes(s), 0x22, false);
  }
  return '"' + s + '"';
}

/** strconv.QuoteToASCII */
export function quoteToASCII(s: string): string {
  return quoteWith(toBytes(s), 0x22, true);
}

/** strconv.Quote of a []byte converted to string (invalid UTF-8 shows as \x..). */
export function quoteBytes(b: Uint8Array, asciiOnly = false): string {
  return quoteWith(b, 0x22, asciiOnly);
}

/** strconv.QuoteRune: an invalid code point quotes as U+FFFD. */
export function quoteRune(r: number): string {
  if (!validRune(r)) r = RuneError;
  return "'" + appendEscapedRune(r, 0x27, false) + "'";
}

/** strconv.QuoteRuneToASCII */
export function quoteRuneToASCII(r: number): string {
  if (!validRune(r)) r = RuneError;
  return "'" + appendEscapedRune(r, 0x27, true) + "'";
}

/** strconv.CanBackquote: one line, no control characters but tab, no backquote, no BOM. */
export function canBackquote(s: string | Uint8Array): boolean {
  const b = typeof s === 'string' ? toBytes(s) : s;
  for (let i = 0; i < b.length; ) {
    const [r, wid] = decodeRune(b, i);
    i += wid;
    if (wid > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === RuneError) return false;
    if ((r < 0x20 && r !== 0x09) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------
// Integers

function lowerByte(c: number): number {
  return c | 0x20;
}

/**
 * underscoreOK: underscores may stand only between digits, or between a base prefix
 * and a digit ("0x_1f", "1_000"; not "_1", "1__0", "1_").
 */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0') {
    const l = lowerByte(s.charCodeAt(1));
    if (l === 0x62 || l === 0x6f || l === 0x78) {
      i = 2;
      saw = '0';
      hex = l === 0x78;
    }
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (hex && lowerByte(c) >= 0x61 && lowerByte(c) <= 0x66)) {
      saw = '0';
      continue;
    }
    if (c === 0x5f) {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const maxUint64 = (1n << 64n) - 1n;

/** strconv.ParseUint: base 0 reads a 0b/0o/0x/0 prefix and allows underscores; bitSize 0 is 64. */
export function parseUint(s: string, base: number, bitSize: number): bigint {
  const fn = 'ParseUint';
  if (s === '') throw new NumError(fn, s, ErrSyntax);
  const base0 = base === 0;
  const s0 = s;
  if (base >= 2 && base <= 36) {
    // as given
  } else if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const l = s.length >= 3 ? lowerByte(s.charCodeAt(1)) : 0;
      if (l === 0x62) {
        base = 2;
        s = s.slice(2);
      } else if (l === 0x6f) {
        base = 8;
        s = s.slice(2);
      } else if (l === 0x78) {
        base = 16;
        s = s.slice(2);
      } else {
        base = 8;
        s = s.slice(1);
      }
    }
  } else {
    throw new NumError(fn, s0, 'invalid base ' + base);
  }
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) throw new NumError(fn, s0, 'invalid bit size ' + bitSize);

  const bigBase = BigInt(base);
  const cutoff = maxUint64 / bigBase + 1n;
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  let underscores = false;
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 0x5f && base0) {
      underscores = true;
      continue;
    } else if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (lowerByte(c) >= 0x61 && lowerByte(c) <= 0x7a) d = lowerByte(c) - 0x61 + 10;
    else throw new NumError(fn, s0, ErrSyntax);
    if (d >= base) throw new NumError(fn, s0, ErrSyntax);
    if (n >= cutoff) throw new NumError(fn, s0, ErrRange, maxVal);
    n *= bigBase;
    const n1 = n + BigInt(d);
    if (n1 > maxVal) throw new NumError(fn, s0, ErrRange, maxVal);
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) throw new NumError(fn, s0, ErrSyntax);
  return n;
}

/** strconv.ParseInt: an optional sign, then ParseUint's syntax; the result fits bitSize bits. */
export function parseInt(s: string, base: number, bitSize: number): bigint {
  const fn = 'ParseInt';
  if (s === '') throw new NumError(fn, s, ErrSyntax);
  const s0 = s;
  let neg = false;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    s = s.slice(1);
  }
  let un: bigint;
  try {
    un = parseUint(s, base, bitSize);
  } catch (e) {
    if (!(e instanceof NumError)) throw e;
    if (e.err !== ErrRange) throw new NumError(fn, s0, e.err);
    un = e.value as bigint;
  }
  if (bitSize === 0) bitSize = 64;
  const cutoff = 1n << BigInt(bitSize - 1);
  if (!neg && un >= cutoff) throw new NumError(fn, s0, ErrRange, cutoff - 1n);
  if (neg && un > cutoff) throw new NumError(fn, s0, ErrRange, -cutoff);
  return neg ? -un : un;
}

/** strconv.Atoi (ParseInt(s, 10, 0) with Atoi in the error). */
export function atoi(s: string): bigint {
  try {
    return parseInt(s, 10, 0);
  } catch (e) {
    if (e instanceof NumError) throw new NumError('Atoi', e.num, e.err, e.value);
    throw e;
  }
}

/** strconv.FormatInt of an int64 (the bigint is wrapped to 64 bits as Go's int64 would be). */
export function formatInt(i: bigint, base = 10): string {
  if (base < 2 || base > 36) throw new Error('strconv: illegal AppendInt/FormatInt base');
  return BigInt.asIntN(64, i).toString(base);
}

/** strconv.FormatUint */
export function formatUint(i: bigint, base = 10): string {
  if (base < 2 || base > 36) throw new Error('strconv: illegal AppendInt/FormatInt base');
  return BigInt.asUintN(64, i).toString(base);
}

/** strconv.ParseBool */
export function parseBool(s: string): boolean {
  switch (s) {
    case '1':
    case 't':
    case 'T':
    case 'true':
    case 'TRUE':
    case 'True':
      return true;
    case '0':
    case 'f':
    case 'F':
    case 'false':
    case 'FALSE':
    case 'False':
      return false;
  }
  throw new NumError('ParseBool', s, ErrSyntax);
}

/** strconv.FormatBool */
export function formatBool(b: boolean): string {
  return b ? 'true' : 'false';
}

// ---------------------------------------------------------------------------------
// ParseFloat

function commonPrefixLenIgnoreCase(s: string, prefix: string): number {
  const n = Math.min(prefix.length, s.length);
  for (let i = 0; i < n; i++) {
    if (s[i].toLowerCase() !== prefix[i] || s.charCodeAt(i) > 0x7f) return i;
  }
  return n;
}

/** special: a (signed) "inf"/"infinity" or an unsigned "nan" prefix, any case. */
function special(s: string): [number, number] | undefined {
  if (s.length === 0) return undefined;
  let sign = 1;
  let nsign = 0;
  let c = s[0];
  if (c === '+' || c === '-') {
    if (c === '-') sign = -1;
    nsign = 1;
    s = s.slice(1);
    c = 'i';
  }
  if (c === 'i' || c === 'I') {
    let n = commonPrefixLenIgnoreCase(s, 'infinity');
    if (n > 3 && n < 8) n = 3;
    if (n === 3 || n === 8) return [sign * Infinity, nsign + n];
  } else if (c === 'n' || c === 'N') {
    if (commonPrefixLenIgnoreCase(s, 'nan') === 3) return [NaN, 3];
  }
  return undefined;
}

interface ReadFloat {
  ok: boolean;
  /** bytes consumed */
  n: number;
  neg: boolean;
  hex: boolean;
  /** significant digits in base 10 or 16, leading zeros dropped */
  digits: string;
  /** value = 0.digits × base^dp (decimal) or digits × 2^exp2 (hex) */
  dp: number;
  exp2: number;
}

/** readFloat: a decimal or hexadecimal mantissa with its exponent at the start of s. */
function readFloat(s: string): ReadFloat {
  const r: ReadFloat = { ok: false, n: 0, neg: false, hex: false, digits: '', dp: 0, exp2: 0 };
  let i = 0;
  let underscores = false;
  if (i >= s.length) return r;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    i++;
    r.neg = true;
  }
  let base = 10;
  let expChar = 0x65; // 'e'
  if (i + 2 < s.length && s[i] === '0' && lowerByte(s.charCodeAt(i + 1)) === 0x78) {
    base = 16;
    i += 2;
    expChar = 0x70; // 'p'
    r.hex = true;
  }
  let sawdot = false;
  let sawdigits = false;
  let nd = 0; // digits seen, leading zeros excluded
  let dp = 0;
  let fracDigits = 0; // hex digits after the point
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      underscores = true;
      continue;
    }
    if (c === 0x2e) {
      if (sawdot) break;
      sawdot = true;
      dp = nd;
      continue;
    }
    const isDec = c >= 0x30 && c <= 0x39;
    const isHex = base === 16 && lowerByte(c) >= 0x61 && lowerByte(c) <= 0x66;
    if (!isDec && !isHex) break;
    sawdigits = true;
    if (sawdot) fracDigits++;
    if (c === 0x30 && nd === 0) {
      dp--;
      continue;
    }
    nd++;
    r.digits += s[i];
  }
  if (!sawdigits) return r;
  if (!sawdot) dp = nd;
  let e = 0;
  let esign = 1;
  if (i < s.length && lowerByte(s.charCodeAt(i)) === expChar) {
    i++;
    if (i >= s.length) return r;
    if (s[i] === '+') i++;
    else if (s[i] === '-') {
      i++;
      esign = -1;
    }
    if (i >= s.length || s[i] < '0' || s[i] > '9') return r;
    for (; i < s.length && ((s[i] >= '0' && s[i] <= '9') || s[i] === '_'); i++) {
      if (s[i] === '_') {
        underscores = true;
        continue;
      }
      if (e < 10000) e = e * 10 + (s.charCodeAt(i) - 0x30);
    }
  } else if (base === 16) {
    return r; // a hex float must have a p exponent
  }
  if (underscores && !underscoreOK(s.slice(0, i))) return r;
  r.dp = dp + esign * e;
  r.exp2 = esign * e - 4 * fracDigits;
  r.n = i;
  r.ok = true;
  return r;
}

/** m × 2^e rounded to the nearest float64 (ties to even); Infinity when too large. */
function bigToFloat(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bitLen = m.toString(2).length;
  const top = bitLen - 1 + e; // exponent of the leading bit
  if (top > 1023) return Infinity;
  const lsb = Math.max(top - 52, -1074);
  const drop = lsb - e;
  let q = m;
  if (drop > 0) {
    const d = BigInt(drop);
    q = m >> d;
    const rem = m & ((1n << d) - 1n);
    const half = 1n << (d - 1n);
    // A carry out to 2^53 is still exact; past the top exponent it becomes Infinity.
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
  } else if (drop < 0) {
    q = m << BigInt(-drop);
  }
  return Number(q) * 2 ** lsb;
}

/** strconv.ParseFloat(s, 64): Go's float literal syntax, inf/infinity/nan in any case. */
export function parseFloat(s: string): number {
  const fn = 'ParseFloat';
  const sp = special(s);
  if (sp) {
    if (sp[1] !== s.length) throw new NumError(fn, s, ErrSyntax);
    return sp[0];
  }
  const r = readFloat(s);
  if (!r.ok || r.n !== s.length) throw new NumError(fn, s, ErrSyntax);
  let f: number;
  if (r.hex) {
    f = bigToFloat(r.digits === '' ? 0n : BigInt('0x' + r.digits), r.exp2);
  } else if (r.digits === '') {
    f = 0;
  } else {
    // JavaScript's own decimal conversion rounds correctly, like Go's.
    f = Number('0.' + r.digits + 'e' + r.dp);
  }
  if (r.neg) f = -f;
  if (!Number.isFinite(f)) throw new NumError(fn, s, ErrRange, f);
  return f;
}

// ---------------------------------------------------------------------------------
// FormatFloat

/** A decimal 0.d × 10^dp with no leading or trailing zeros in d; zero is d = ''. */
interface Decimal {
  d: string;
  dp: number;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** The float's sign, and |f| = mant × 2^(exp-52) as strconv sees it (exp already unbiased). */
function floatBits(f: number): { neg: boolean; mant: bigint; exp: number; special: boolean } {
  f64[0] = f;
  const bits = u64[0];
  const neg = bits >> 63n === 1n;
  let exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  if (exp === 0x7ff) return { neg, mant, exp, special: true };
  if (exp === 0) exp++;
  else mant |= 1n << 52n;
  exp -= 1023;
  return { neg, mant, exp, special: false };
}

/** Every digit of |f|: a float64 is a dyadic rational, so its decimal expansion is finite. */
function exactDecimal(mant: bigint, exp: number): Decimal {
  if (mant === 0n) return { d: '', dp: 0 };
  const e2 = exp - 52;
  let s: string;
  let dp: number;
  if (e2 >= 0) {
    s = (mant << BigInt(e2)).toString();
    dp = s.length;
  } else {
    // mant / 2^k = mant × 5^k / 10^k
    s = (mant * 5n ** BigInt(-e2)).toString();
    dp = s.length + e2;
  }
  return { d: s.replace(/0+$/, ''), dp };
}

/** The shortest digits that read back as f (what Go's shortest formatting finds). */
function shortestDecimal(abs: number): Decimal {
  if (abs === 0) return { d: '', dp: 0 };
  const [m, e] = abs.toExponential().split('e');
  return { d: m.replace('.', ''), dp: Number(e) + 1 };
}

/** decimal.Round to nd digits: exact ties go to the even digit (a tie at nd = 0 rounds down). */
function roundDecimal(a: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= a.d.length) return a;
  const c = a.d.charCodeAt(nd);
  let up: boolean;
  if (c === 0x35 && nd + 1 === a.d.length) {
    up = nd > 0 && (a.d.charCodeAt(nd - 1) - 0x30) % 2 === 1;
  } else {
    up = c >= 0x35;
  }
  if (!up) return { d: a.d.slice(0, nd).replace(/0+$/, ''), dp: a.dp };
  let i = nd - 1;
  while (i >= 0 && a.d[i] === '9') i--;
  if (i < 0) return { d: '1', dp: a.dp + 1 };
  return { d: a.d.slice(0, i) + String.fromCharCode(a.d.charCodeAt(i) + 1), dp: a.dp };
}

/** %e: -d.ddddde±dd */
function fmtE(neg: boolean, d: Decimal, prec: number, fmt: string): string {
  let out = neg ? '-' : '';
  out += d.d.length !== 0 ? d.d[0] : '0';
  if (prec > 0) {
    out += '.';
    const m = Math.min(d.d.length, prec + 1);
    let i = 1;
    if (i < m) {
      out += d.d.slice(i, m);
      i = m;
    }
    for (; i <= prec; i++) out += '0';
  }
  out += fmt;
  let exp = d.d.length === 0 ? 0 : d.dp - 1;
  out += exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  out += exp < 10 ? '0' + exp : String(exp);
  return out;
}

/** %f: -ddddddd.ddddd */
function fmtF(neg: boolean, d: Decimal, prec: number): string {
  let out = neg ? '-' : '';
  if (d.dp > 0) {
    const m = Math.min(d.d.length, d.dp);
    out += d.d.slice(0, m) + '0'.repeat(d.dp - m);
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      const j = d.dp + i;
      out += j >= 0 && j < d.d.length ? d.d[j] : '0';
    }
  }
  return out;
}

/** %b: -ddddp±ddd, the mantissa and binary exponent as integers. */
function fmtB(neg: boolean, mant: bigint, exp: number): string {
  exp -= 52;
  return (neg ? '-' : '') + mant.toString() + 'p' + (exp >= 0 ? '+' : '') + exp;
}

/** %x: -0x1.yyyyyyyyp±ddd or -0x0p+00, rounded (ties to even) to prec hex digits. */
function fmtX(prec: number, fmt: string, neg: boolean, mant: bigint, exp: number): string {
  const mask64 = (1n << 64n) - 1n;
  if (mant === 0n) exp = 0;
  // Shift digits so that the leading 1 (if any) is at bit 60.
  mant = (mant << 8n) & mask64;
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant = (mant << 1n) & mask64;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant = (mant << (60n - shift)) & mask64;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === 'X' ? '0123456789ABCDEF' : lowerhex;
  let out = (neg ? '-' : '') + '0' + fmt + ((mant >> 60n) & 1n).toString();
  mant = (mant << 4n) & mask64;
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) {
      out += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask64;
    }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      out += hex[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & mask64;
    }
  }
  out += fmt === 'X' ? 'P' : 'p';
  out += exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  out += exp < 10 ? '0' + exp : String(exp);
  return out;
}

/**
 * strconv.FormatFloat(f, fmt, prec, 64) for fmt 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'.
 * prec -1 means the fewest digits that read back exactly; otherwise the exact binary
 * value is rounded half to even (JavaScript's toFixed/toPrecision round such ties away).
 */
export function formatFloat(f: number, fmt: string, prec: number, bitSize = 64): string {
  // The common case of values files, a whole number below 1e6 in shortest %g, is its
  // integer text (-0 keeps its sign through the general path).
  if (fmt === 'g' && prec < 0 && bitSize === 64 && Number.isInteger(f) && f > -1e6 && f < 1e6 && (f !== 0 || 1 / f > 0)) {
    return String(f);
  }
  const { neg, mant, exp, special } = floatBits(f);
  if (special) return mant !== 0n ? 'NaN' : neg ? '-Inf' : '+Inf';
  if (fmt === 'b') return fmtB(neg, mant, exp);
  if (fmt === 'x' || fmt === 'X') return fmtX(prec, fmt, neg, mant, exp);
  const shortest = prec < 0;
  let digs: Decimal;
  if (shortest) {
    digs = shortestDecimal(Math.abs(f));
    switch (fmt) {
      case 'e':
      case 'E':
        prec = Math.max(digs.d.length - 1, 0);
        break;
      case 'f':
        prec = Math.max(digs.d.length - digs.dp, 0);
        break;
      case 'g':
      case 'G':
        prec = digs.d.length;
        break;
    }
  } else {
    const exact = exactDecimal(mant, exp);
    switch (fmt) {
      case 'e':
      case 'E':
        digs = roundDecimal(exact, prec + 1);
        break;
      case 'f':
        digs = roundDecimal(exact, exact.dp + prec);
        break;
      case 'g':
      case 'G':
        if (prec === 0) prec = 1;
        digs = roundDecimal(exact, prec);
        break;
      default:
        digs = exact;
    }
  }
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, digs, prec, fmt);
    case 'f':
      return fmtF(neg, digs, prec);
    case 'g':
    case 'G': {
      const nd = digs.d.length;
      let eprec = prec;
      if (eprec > nd && nd >= digs.dp) eprec = nd;
      // %e is used if the exponent from the conversion is less than -4 or greater than
      // or equal to the precision; the shortest form decides with precision 6.
      if (shortest) eprec = 6;
      const e = digs.dp - 1;
      if (e < -4 || e >= eprec) {
        if (prec > nd) prec = nd;
        return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > digs.dp) prec = nd;
      return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
    }
  }
  return '%' + fmt;
}

// ---------------------------------------------------------------------------------
// Unquoting (the template parser's string and character literals)

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** The code point at s[i] and its UTF-16 length; a lone surrogate reads as U+FFFD. */
function codePointAt(s: string, i: number): [number, number] {
  const c = s.codePointAt(i)!;
  if (c > 0xffff) return [c, 2];
  if (c >= 0xd800 && c <= 0xdfff) return [RuneError, 1];
  return [c, 1];
}

/**
 * strconv.UnquoteChar: the first character (or escape) of s inside a literal quoted
 * with `quote`. `multibyte` false means a single byte (`\xff`, `\377`), not a rune.
 * Throws Error("invalid syntax").
 */
export function unquoteChar(s: string, quoteCh: string): { rune: number; multibyte: boolean; tail: string } {
  if (s.length === 0) throw new Error(ErrSyntax);
  const c = s[0];
  if (c === quoteCh && (quoteCh === "'" || quoteCh === '"')) throw new Error(ErrSyntax);
  if (s.charCodeAt(0) >= 0x80) {
    const [r, size] = codePointAt(s, 0);
    return { rune: r, multibyte: true, tail: s.slice(size) };
  }
  if (c !== '\\') return { rune: s.charCodeAt(0), multibyte: false, tail: s.slice(1) };
  if (s.length <= 1) throw new Error(ErrSyntax);
  const e = s[1];
  s = s.slice(2);
  let value: number;
  let multibyte = false;
  switch (e) {
    case 'a':
      value = 7;
      break;
    case 'b':
      value = 8;
      break;
    case 'f':
      value = 12;
      break;
    case 'n':
      value = 10;
      break;
    case 'r':
      value = 13;
      break;
    case 't':
      value = 9;
      break;
    case 'v':
      value = 11;
      break;
    case 'x':
    case 'u':
    case 'U': {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      if (s.length < n) throw new Error(ErrSyntax);
      let v = 0;
      for (let j = 0; j < n; j++) {
        const x = unhex(s.charCodeAt(j));
        if (x < 0) throw new Error(ErrSyntax);
        v = v * 16 + x;
      }
      s = s.slice(n);
      if (e === 'x') {
        // A single byte, possibly not UTF-8.
        value = v;
        break;
      }
      if (!validRune(v)) throw new Error(ErrSyntax);
      value = v;
      multibyte = true;
      break;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      let v = e.charCodeAt(0) - 0x30;
      if (s.length < 2) throw new Error(ErrSyntax);
      for (let j = 0; j < 2; j++) {
        const x = s.charCodeAt(j) - 0x30;
        if (x < 0 || x > 7) throw new Error(ErrSyntax);
        v = (v << 3) | x;
      }
      s = s.slice(2);
      if (v > 255) throw new Error(ErrSyntax);
      value = v;
      break;
    }
    case '\\':
      value = 0x5c;
      break;
    case "'":
    case '"':
      if (e !== quoteCh) throw new Error(ErrSyntax);
      value = e.charCodeAt(0);
      break;
    default:
      throw new Error(ErrSyntax);
  }
  return { rune: value, multibyte, tail: s };
}

/**
 * strconv.Unquote for "…", '…' and `…` literals; throws Error("invalid syntax").
 * Escapes of single bytes (`\xc3\xa9`) are collected as bytes and read as UTF-8 at the
 * end; bytes that are not UTF-8 become U+FFFD, the nearest a JavaScript string can hold.
 */
export function unquote(s: string): string {
  if (s.length < 2) throw new Error(ErrSyntax);
  const q = s[0];
  const endIdx = s.indexOf(q, 1);
  if (endIdx < 0) throw new Error(ErrSyntax);
  const end = endIdx + 1; // after the terminating quote, if there are no escapes
  if (q === '`') {
    if (end !== s.length) throw new Error(ErrSyntax);
    // Carriage returns inside raw strings are discarded.
    return s.slice(1, end - 1).replace(/\r/g, '');
  }
  if (q !== '"' && q !== "'") throw new Error(ErrSyntax);
  const body = s.slice(1, end - 1);
  if (!body.includes('\\') && !body.includes('\n')) {
    let valid: boolean;
    if (q === '"') valid = true;
    else {
      const [r, size] = body.length > 0 ? codePointAt(body, 0) : [RuneError, 0];
      valid = size > 0 && size === body.length && !(r === RuneError && body.charCodeAt(0) !== RuneError);
    }
    if (valid) {
      if (end !== s.length) throw new Error(ErrSyntax);
      return body;
    }
  }
  const bytes: number[] = [];
  let rest = s.slice(1);
  while (rest.length > 0 && rest[0] !== q) {
    if (rest[0] === '\n') throw new Error(ErrSyntax);
    const { rune, multibyte, tail } = unquoteChar(rest, q);
    rest = tail;
    if (rune < 0x80 || !multibyte) bytes.push(rune & 0xff);
    else bytes.push(...utf8Enc.encode(String.fromCodePoint(rune)));
    // A single-quoted literal holds one character.
    if (q === "'") break;
  }
  if (!(rest.length > 0 && rest[0] === q)) throw new Error(ErrSyntax);
  if (rest.length !== 1) throw new Error(ErrSyntax);
  return fromBytes(new Uint8Array(bytes));
}

/** text/template's character constant: UnquoteChar after the opening quote. */
export function unquoteCharConstant(text: string): { rune: number; tail: string } {
  const { rune, tail } = unquoteChar(text.slice(1), text[0]);
  return { rune, tail };
}

/** ParseFloat(s, 64), or null where Go returns an error (syntax or range). */
export function parseFloat64(s: string): number | null {
  try {
    return parseFloat(s);
  } catch (e) {
    if (e instanceof NumError) return null;
    throw e;
  }
}

/** ParseInt(s, 0, 64), or null on error. */
export function parseInt0(s: string): bigint | null {
  try {
    return parseInt(s, 0, 64);
  } catch (e) {
    if (e instanceof NumError) return null;
    throw e;
  }
}

/** ParseUint(s, 0, 64), or null on error. */
export function parseUint0(s: string): bigint | null {
  try {
    return parseUint(s, 0, 64);
  } catch (e) {
    if (e instanceof NumError) return null;
    throw e;
  }
}

/** fmt's %#U of a rune: "U+0041 'A'", or "U+0001" when not printable. */
export function formatRuneU(r: number): string {
  let s = 'U+' + (r < 0 ? BigInt.asUintN(64, BigInt(r)) : BigInt(r)).toString(16).toUpperCase().padStart(4, '0');
  if (r >= 0 && r <= MaxRune && isPrint(r)) s += " '" + String.fromCodePoint(r) + "'";
  return s;
}

/** fmt's %.Nq: the first n runes of s, quoted. */
export function quotePrefix(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += codePointAt(s, i)[1];
  return quote(s.slice(0, i));
}

/** unicode.IsSpace */
export function isSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return r === 0x1680 || (r >= 0x2000 && r <= 0x200a) || r === 0x2028 || r === 0x2029 || r === 0x202f || r === 0x205f || r === 0x3000;
}

/** len(bytes.TrimSpace(text)) == 0: text/template drops such text in empty-tree checks. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, size] = codePointAt(s, i);
    if (!isSpace(r)) return false;
    i += size;
  }
  return true;
}
