// The parts of github.com/huandu/xstrings v1.5.0 that Sprig exposes: camelcase,
// snakecase, kebabcase and shuffle. Ported rune for rune (strings are arrays of code
// points here) so that the word splitting quirks match: "HTTPServer" → "http_server",
// "Bld4Floor3rd" → "bld4_floor_3rd", camelcase "HTTPServer" → "Httpserver".
import { fromRunes, isLetter, isNumber, isPunct, isSpace, isUpper, runesOf, toLower, toUpper } from './_str-unicode';
import { validRunes } from '../gotemplate/utf8';

const RUNE_ERROR = 0xfffd;

// utf8.RuneError as Go's range over a string yields it: U+FFFD itself, or a byte that is
// not UTF-8 (kept as U+DC80–U+DCFF, lib/gotemplate/utf8.ts), which the word keeps as is.
function isRuneError(r: number): boolean {
  return r === RUNE_ERROR || (r >= 0xdc80 && r <= 0xdcff);
}

const runes = runesOf;
const str = fromRunes;

function isConnector(r: number): boolean {
  return r === 0x2d || r === 0x5f || isSpace(r);
}

/** xstrings' isAlphabet: a letter, but not a CJK ideograph. */
function isAlphabet(r: number): boolean {
  if (!isLetter(r)) return false;
  if (r < 0x3400) return true;
  if (r >= 0x4e00 && r <= 0x9fcc) return false;
  if (r >= 0x3400 && r <= 0x4d85) return false;
  if (r >= 0x20000 && r <= 0x2b81d) return false;
  return true;
}

/**
 * xstrings.ToCamelCase as v1.5.0 has it: the first rune of each word upper-cased; runes
 * that follow an upper-case word start are lowered while they stay upper case.
 */
export function toCamelCase(s: string): string {
  if (s === '') return '';
  // it writes rune by rune: a byte that is not UTF-8 comes out as U+FFFD
  const src = runes(validRunes(s));
  const buf: number[] = [];
  let i = 0;
  let r0 = 0;
  let isFirstRuneUpper = false;
  let took = false;
  // leading connectors appear in the output unchanged
  while (i < src.length) {
    r0 = src[i++];
    took = true;
    if (!isConnector(r0)) {
      isFirstRuneUpper = isUpper(r0);
      r0 = toUpper(r0);
      break;
    }
    buf.push(r0);
  }
  if (i >= src.length) {
    // a string of one rune (or only connectors, whose last one is written again)
    if (took) buf.push(r0);
    return str(buf);
  }
  while (i < src.length) {
    const r1 = r0;
    r0 = src[i++];
    if (isConnector(r0) && isConnector(r1)) {
      buf.push(r1);
      continue;
    }
    if (isConnector(r1)) {
      isFirstRuneUpper = isUpper(r0);
      r0 = toUpper(r0);
    } else {
      if (isFirstRuneUpper) {
        if (isUpper(r0)) r0 = toLower(r0);
        else isFirstRuneUpper = false;
      }
      buf.push(r1);
    }
  }
  buf.push(r0);
  return str(buf);
}

export function toSnakeCase(s: string): string {
  return camelCaseToLowerCase(s, 0x5f);
}

export function toKebabCase(s: string): string {
  return camelCaseToLowerCase(s, 0x2d);
}

const enum WordType {
  invalid,
  number,
  upperCase,
  alphabet,
  connector,
  punct,
  other,
}

interface Word {
  wt: WordType;
  word: number[];
  /** where the rest of the string starts (Go slices the string; an index avoids the copies) */
  rest: number;
}

function camelCaseToLowerCase(s: string, connector: number): string {
  if (s === '') return '';
  const buf: number[] = [];
  const src = runes(s);
  let { wt, word, rest } = nextWord(src, 0);

  while (rest < src.length) {
    if (wt !== WordType.connector) toLowerWord(buf, wt, word, connector);
    const prev = wt;
    let last = word;
    ({ wt, word, rest } = nextWord(src, rest));
    switch (prev) {
      case WordType.number:
        while (wt === WordType.alphabet || wt === WordType.number) {
          toLowerWord(buf, wt, word, connector);
          ({ wt, word, rest } = nextWord(src, rest));
        }
        if (wt !== WordType.invalid && wt !== WordType.punct && wt !== WordType.connector) buf.push(connector);
        break;
      case WordType.connector:
        toLowerWord(buf, prev, last, connector);
        break;
      case WordType.punct:
        break;
      default:
        if (wt !== WordType.number) {
          if (wt !== WordType.connector && wt !== WordType.punct) buf.push(connector);
          break;
        }
        if (rest >= src.length) break;
        last = word;
        ({ wt, word, rest } = nextWord(src, rest));
        // a number is part of the previous word ("Bld4Floor" → "bld4_floor")…
        if (wt !== WordType.alphabet) {
          toLowerWord(buf, WordType.number, last, connector);
          if (wt !== WordType.connector && wt !== WordType.punct) buf.push(connector);
          break;
        }
        // …unless lower-case letters follow it ("HTTP2xx" → "http_2xx")
        buf.push(connector);
        toLowerWord(buf, WordType.number, last, connector);
        while (wt === WordType.alphabet || wt === WordType.number) {
          toLowerWord(buf, wt, word, connector);
          ({ wt, word, rest } = nextWord(src, rest));
        }
        if (wt !== WordType.invalid && wt !== WordType.connector && wt !== WordType.punct) buf.push(connector);
    }
  }
  toLowerWord(buf, wt, word, connector);
  return str(buf);
}

/** nextValidRune: the next rune that is not utf8.RuneError, and how many runes it took. */
function nextValidRune(s: number[], from: number, prev: number): [number, number] {
  let size = 0;
  for (let i = from; i < s.length; i++) {
    size++;
    if (!isRuneError(s[i])) return [s[i], size];
  }
  return [prev, size];
}

/** nextWord: the word of src that starts at index start, and its type. */
function nextWord(src: number[], start: number): Word {
  if (start >= src.length) return { wt: WordType.invalid, word: [], rest: start };
  let [r, size] = nextValidRune(src, start, RUNE_ERROR);
  let end = start + size; // end of the word
  if (isRuneError(r)) return { wt: WordType.invalid, word: src.slice(start, end), rest: end };

  let wt: WordType;
  let pos = end; // start of the rest
  // scan: extend the word while pred holds for the next valid rune
  const scan = (pred: (r: number) => boolean) => {
    while (pos < src.length) {
      [r, size] = nextValidRune(src, pos, r);
      if (!pred(r)) break;
      end += size;
      pos += size;
    }
  };

  if (isConnector(r)) {
    wt = WordType.connector;
    scan(isConnector);
  } else if (isPunct(r)) {
    wt = WordType.punct;
    scan(isPunct);
  } else if (isUpper(r)) {
    wt = WordType.upperCase;
    if (pos < src.length) {
      [r, size] = nextValidRune(src, pos, r);
      if (isUpper(r)) {
        let prevSize = size;
        end += size;
        pos += size;
        while (pos < src.length) {
          [r, size] = nextValidRune(src, pos, r);
          if (!isUpper(r)) break;
          prevSize = size;
          end += size;
          pos += size;
        }
        // "HTTPStatus" splits into "HTTP" and "Status": the S belongs to the next word.
        if (pos < src.length && isAlphabet(r)) {
          end -= prevSize;
          pos = end;
        }
      } else if (isAlphabet(r)) {
        end += size;
        pos += size;
        scan((x) => isAlphabet(x) && !isUpper(x));
      }
    }
  } else if (isAlphabet(r)) {
    wt = WordType.alphabet;
    scan((x) => isAlphabet(x) && !isUpper(x));
  } else if (isNumber(r)) {
    wt = WordType.number;
    scan(isNumber);
  } else {
    wt = WordType.other;
    scan((x) => !(isConnector(x) || isAlphabet(x) || isNumber(x) || isPunct(x)));
  }
  return { wt, word: src.slice(start, end), rest: pos };
}

function toLowerWord(buf: number[], wt: WordType, word: number[], connector: number): void {
  if (wt !== WordType.upperCase && wt !== WordType.connector) {
    for (const r of word) buf.push(r);
    return;
  }
  for (const r of word) {
    if (isConnector(r)) buf.push(connector);
    else if (isUpper(r)) buf.push(toLower(r));
    else buf.push(r);
  }
}

/** xstrings.Shuffle: Fisher–Yates over runes (Go's math/rand; any source will do). */
export function shuffle(s: string): string {
  if (s === '') return s;
  const r = runes(s);
  for (let i = r.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    if (i !== j) [r[i], r[j]] = [r[j], r[i]];
  }
  return str(r);
}
