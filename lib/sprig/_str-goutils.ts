// The parts of github.com/Masterminds/goutils v1.1.1 that Sprig exposes (abbrev,
// abbrevboth, wrap, wrapWith, initials, nospace, swapcase, untitle).
//
// goutils mixes byte and rune views of a string: Abbreviate, WrapCustom, Initials and
// DeleteWhiteSpace index *bytes* (and the last two even turn a single byte into a rune,
// so "é" becomes "Ã"), while Uncapitalize and SwapCase walk runes. Each function below
// keeps the view its Go original uses, so multi-byte text comes out as mangled as in Helm.
import { fromBytes, toBytes } from '../gotemplate/value';
import { validRunes } from '../gotemplate/utf8';
import { isLower, isSpace, isTitle, isUpper, toLower, toTitle, toUpper } from './_str-unicode';

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** bytes.Buffer.WriteRune(rune(b)) for a single byte: the byte read as Latin-1, in UTF-8. */
function writeRuneOfByte(out: Uint8Array, n: number, b: number): number {
  if (b < 0x80) {
    out[n] = b;
    return n + 1;
  }
  out[n] = 0xc0 | (b >> 6);
  out[n + 1] = 0x80 | (b & 0x3f);
  return n + 2;
}

/** goutils.AbbreviateFull; null where Go returns an error (Sprig then returns ""). */
export function abbreviateFull(str: string, offset: number, maxWidth: number): string | null {
  if (str === '') return '';
  if (maxWidth < 4) return null;
  const b = toBytes(str);
  const len = b.length;
  if (len <= maxWidth) return str;
  if (offset > len) offset = len;
  if (len - offset < maxWidth - 3) offset = len - (maxWidth - 3);
  const marker = '...';
  if (offset <= 4) return fromBytes(b.subarray(0, maxWidth - 3)) + marker;
  if (maxWidth < 7) return null;
  if (offset + maxWidth - 3 < len) {
    const rest = abbreviateFull(fromBytes(b.subarray(offset)), 0, maxWidth - 3) ?? '';
    return marker + rest;
  }
  return marker + fromBytes(b.subarray(len - (maxWidth - 3)));
}

/** goutils.WrapCustom over bytes; an empty newLineStr means "\n". */
export function wrapCustom(str: string, wrapLength: number, newLineStr: string, wrapLongWords: boolean): string {
  if (str === '') return '';
  const nl = toBytes(newLineStr === '' ? '\n' : newLineStr);
  if (wrapLength < 1) wrapLength = 1;
  const s = toBytes(str);
  const inputLineLength = s.length;
  const SPACE = 0x20;
  let offset = 0;
  const out: Uint8Array[] = [];
  while (inputLineLength - offset > wrapLength) {
    if (s[offset] === SPACE) {
      offset++;
      continue;
    }
    const end = wrapLength + offset + 1;
    // strings.LastIndex(str[offset:end], " ") + offset
    let spaceToWrapAt = s.subarray(offset, end).lastIndexOf(SPACE) + offset;
    if (spaceToWrapAt >= offset) {
      out.push(s.subarray(offset, spaceToWrapAt), nl);
      offset = spaceToWrapAt + 1;
    } else if (wrapLongWords) {
      out.push(s.subarray(offset, wrapLength + offset), nl);
      offset += wrapLength;
    } else {
      const e = wrapLength + offset;
      const index = s.subarray(e).indexOf(SPACE);
      spaceToWrapAt = index === -1 ? -1 : index + e;
      if (spaceToWrapAt >= 0) {
        out.push(s.subarray(offset, spaceToWrapAt), nl);
        offset = spaceToWrapAt + 1;
      } else {
        out.push(s.subarray(offset));
        offset = inputLineLength;
      }
    }
  }
  out.push(s.subarray(offset));
  return fromBytes(concat(out));
}

/** goutils.Initials with whitespace delimiters, byte by byte. */
export function initials(str: string): string {
  if (str === '') return str;
  const s = toBytes(str);
  const out = new Uint8Array(2 * s.length);
  let n = 0;
  let lastWasGap = true;
  for (const b of s) {
    if (isSpace(b)) lastWasGap = true;
    else if (lastWasGap) {
      n = writeRuneOfByte(out, n, b);
      lastWasGap = false;
    }
  }
  return fromBytes(out.subarray(0, n));
}

/** goutils.DeleteWhiteSpace: byte by byte, returning the input untouched when nothing was deleted. */
export function deleteWhiteSpace(str: string): string {
  if (str === '') return str;
  const s = toBytes(str);
  const out = new Uint8Array(2 * s.length);
  let n = 0;
  let count = 0;
  for (const b of s) {
    if (isSpace(b)) continue;
    n = writeRuneOfByte(out, n, b);
    count++;
  }
  if (count === s.length) return str;
  return fromBytes(out.subarray(0, n));
}

/** goutils.Uncapitalize with whitespace delimiters. */
export function uncapitalize(str: string): string {
  if (str === '') return str;
  let out = '';
  let next = true;
  for (const c of str) {
    const r = c.codePointAt(0)!;
    if (isSpace(r)) {
      next = true;
      out += c;
    } else if (next) {
      out += String.fromCodePoint(toLower(r));
      next = false;
    } else out += c;
  }
  return out;
}

/** goutils.SwapCase: upper/title → lower, lower after whitespace → title, other lower → upper. */
export function swapCase(str: string): string {
  if (str === '') return str;
  let out = '';
  let whitespace = true;
  // it ranges over runes and writes each back: a stray byte becomes U+FFFD
  for (const c of validRunes(str)) {
    const r = c.codePointAt(0)!;
    let m = r;
    if (isUpper(r) || isTitle(r)) {
      m = toLower(r);
      whitespace = false;
    } else if (isLower(r)) {
      if (whitespace) {
        m = toTitle(r);
        whitespace = false;
      } else m = toUpper(r);
    } else whitespace = isSpace(r);
    out += String.fromCodePoint(m);
  }
  return out;
}
