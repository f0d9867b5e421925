// Go's package unicode on single code points (runes), for the string functions that
// classify or re-case characters exactly as Go does.
//
// JavaScript's toUpperCase/toLowerCase apply *full* case mappings (ß → SS, ᾀ → ἈΙ) and
// context rules (final sigma); Go maps one rune to one rune using UnicodeData's *simple*
// mappings. So every mapping here is computed on one isolated code point and the few
// runes whose full mapping is longer than one rune are mapped by hand.

const MAX_RUNE = 0x10ffff;

const reLu = /^\p{Lu}$/u;
const reLl = /^\p{Ll}$/u;
const reLt = /^\p{Lt}$/u;
const reL = /^\p{L}$/u;
const reNd = /^\p{Nd}$/u;
const reN = /^\p{N}$/u;
const reP = /^\p{P}$/u;
const reSpace = /^\p{White_Space}$/u;

function ch(r: number): string {
  return String.fromCodePoint(r);
}

/** The code points of s. */
export function runesOf(s: string): number[] {
  return Array.from(s, (c) => c.codePointAt(0)!);
}

/** A string from code points, in chunks (a spread of a long array overflows the call stack). */
export function fromRunes(r: number[]): string {
  let out = '';
  for (let i = 0; i < r.length; i += 4096) out += String.fromCodePoint(...r.slice(i, i + 4096));
  return out;
}

/** unicode.IsUpper: general category Lu. */
export function isUpper(r: number): boolean {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a;
  return r <= MAX_RUNE && reLu.test(ch(r));
}

/** unicode.IsLower: general category Ll. */
export function isLower(r: number): boolean {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a;
  return r <= MAX_RUNE && reLl.test(ch(r));
}

/** unicode.IsTitle: general category Lt. */
export function isTitle(r: number): boolean {
  return r >= 0x80 && r <= MAX_RUNE && reLt.test(ch(r));
}

/** unicode.IsLetter: category L. */
export function isLetter(r: number): boolean {
  if (r < 0x80) return (r | 0x20) >= 0x61 && (r | 0x20) <= 0x7a;
  return r <= MAX_RUNE && reL.test(ch(r));
}

/** unicode.IsDigit: category Nd. */
export function isDigit(r: number): boolean {
  if (r < 0x80) return r >= 0x30 && r <= 0x39;
  return r <= MAX_RUNE && reNd.test(ch(r));
}

/** unicode.IsNumber: category N. */
export function isNumber(r: number): boolean {
  if (r < 0x80) return r >= 0x30 && r <= 0x39;
  return r <= MAX_RUNE && reN.test(ch(r));
}

/** unicode.IsPunct: category P. */
export function isPunct(r: number): boolean {
  return r >= 0 && r <= MAX_RUNE && reP.test(ch(r));
}

/** unicode.IsSpace: Latin-1 spaces (\t \n \v \f \r, space, U+0085, U+00A0), else White_Space. */
export function isSpace(r: number): boolean {
  if (r <= 0xff) return (r >= 0x09 && r <= 0x0d) || r === 0x20 || r === 0x85 || r === 0xa0;
  return r <= MAX_RUNE && reSpace.test(ch(r));
}

/** The one code point of s, or -1 when the mapping produced several. */
function single(s: string): number {
  const c = s.codePointAt(0)!;
  return s.length === (c > 0xffff ? 2 : 1) ? c : -1;
}

/** unicode.ToUpper (simple mapping). */
export function toUpper(r: number): number {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  if (r > MAX_RUNE || (r >= 0xd800 && r <= 0xdfff)) return r;
  const u = single(ch(r).toUpperCase());
  if (u >= 0) return u;
  // Greek with ypogegrammeni: the full mapping is two runes, the simple one the
  // titlecase letter (ᾀ → ᾈ, ᾳ → ᾼ). Every other multi-rune mapping has no simple one.
  if (r >= 0x1f80 && r <= 0x1faf && (r & 0xf) < 8) return r + 8;
  if (r === 0x1fb3 || r === 0x1fc3 || r === 0x1ff3) return r + 9;
  return r;
}

/** unicode.ToLower (simple mapping). */
export function toLower(r: number): number {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  if (r > MAX_RUNE || (r >= 0xd800 && r <= 0xdfff)) return r;
  const l = single(ch(r).toLowerCase());
  if (l >= 0) return l;
  return r === 0x130 ? 0x69 : r; // İ: full "i̇", simple "i"
}

/** unicode.ToTitle (simple mapping): the upper case except for digraphs and Georgian. */
export function toTitle(r: number): number {
  if (r >= 0x1c4 && r <= 0x1cc) return 0x1c5 + 3 * Math.floor((r - 0x1c4) / 3);
  if (r >= 0x1f1 && r <= 0x1f3) return 0x1f2;
  // Georgian Mkhedruli has an upper case (Mtavruli) but is its own title case.
  if ((r >= 0x10d0 && r <= 0x10fa) || (r >= 0x10fd && r <= 0x10ff)) return r;
  return toUpper(r);
}

// unicode.SimpleFold: orbits with more than two members (or not simply upper/lower)
// are listed in Go's caseOrbit table; every other rune folds to its lower case, or
// failing that its upper case.
const caseOrbit = new Map<number, number>([
  [0x004b, 0x006b], [0x0053, 0x0073], [0x006b, 0x212a], [0x0073, 0x017f],
  [0x00b5, 0x039c], [0x00c5, 0x00e5], [0x00df, 0x1e9e], [0x00e5, 0x212b],
  [0x0130, 0x0130], [0x0131, 0x0131], [0x017f, 0x0053], [0x01c4, 0x01c5],
  [0x01c5, 0x01c6], [0x01c6, 0x01c4], [0x01c7, 0x01c8], [0x01c8, 0x01c9],
  [0x01c9, 0x01c7], [0x01ca, 0x01cb], [0x01cb, 0x01cc], [0x01cc, 0x01ca],
  [0x01f1, 0x01f2], [0x01f2, 0x01f3], [0x01f3, 0x01f1], [0x0345, 0x0399],
  [0x0392, 0x03b2], [0x0395, 0x03b5], [0x0398, 0x03b8], [0x0399, 0x03b9],
  [0x039a, 0x03ba], [0x039c, 0x03bc], [0x03a0, 0x03c0], [0x03a1, 0x03c1],
  [0x03a3, 0x03c2], [0x03a6, 0x03c6], [0x03a9, 0x03c9], [0x03b2, 0x03d0],
  [0x03b5, 0x03f5], [0x03b8, 0x03d1], [0x03b9, 0x1fbe], [0x03ba, 0x03f0],
  [0x03bc, 0x00b5], [0x03c0, 0x03d6], [0x03c1, 0x03f1], [0x03c2, 0x03c3],
  [0x03c3, 0x03a3], [0x03c6, 0x03d5], [0x03c9, 0x2126], [0x03d0, 0x0392],
  [0x03d1, 0x03f4], [0x03d5, 0x03a6], [0x03d6, 0x03a0], [0x03f0, 0x039a],
  [0x03f1, 0x03a1], [0x03f4, 0x0398], [0x03f5, 0x0395], [0x0412, 0x0432],
  [0x0414, 0x0434], [0x041e, 0x043e], [0x0421, 0x0441], [0x0422, 0x0442],
  [0x042a, 0x044a], [0x0432, 0x1c80], [0x0434, 0x1c81], [0x043e, 0x1c82],
  [0x0441, 0x1c83], [0x0442, 0x1c84], [0x044a, 0x1c86], [0x0462, 0x0463],
  [0x0463, 0x1c87], [0x1c80, 0x0412], [0x1c81, 0x0414], [0x1c82, 0x041e],
  [0x1c83, 0x0421], [0x1c84, 0x1c85], [0x1c85, 0x0422], [0x1c86, 0x042a],
  [0x1c87, 0x0462], [0x1c88, 0xa64a], [0x1e60, 0x1e61], [0x1e61, 0x1e9b],
  [0x1e9b, 0x1e60], [0x1e9e, 0x00df], [0x1fbe, 0x0345], [0x2126, 0x03a9],
  [0x212a, 0x004b], [0x212b, 0x00c5], [0xa64a, 0xa64b], [0xa64b, 0x1c88],
]);

/** The smallest and largest runes that take part in case folding (regexp/syntax). */
export const MIN_FOLD = 0x0041;
export const MAX_FOLD = 0x1e943;

/** unicode.SimpleFold: the next rune in r's case-folding orbit. */
export function simpleFold(r: number): number {
  if (r < 0 || r > MAX_RUNE) return r;
  const o = caseOrbit.get(r);
  if (o !== undefined) return o;
  const l = toLower(r);
  if (l !== r) return l;
  return toUpper(r);
}
