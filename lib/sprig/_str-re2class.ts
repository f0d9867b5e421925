// Character classes of Go's regexp/syntax: sorted rune ranges as Go builds them, plus
// Unicode properties that stay JavaScript `\p{…}` escapes (Go's tables are not shipped
// here; the JS engine's own are used, Unicode 15 vs newer aside) and are tested with a
// one-character JS RegExp.
//
// Go applies (?i) while building a class — each range gains its case-folding orbit — and
// negates last, so "[^k]" under (?i) excludes k, K and the Kelvin sign. The same order is
// kept: ranges are folded as they are added and `neg` is applied when a rune is tested.
import { MAX_FOLD, MIN_FOLD, simpleFold } from './_str-unicode';

const MAX_RUNE = 0x10ffff;

/** A class item JavaScript evaluates itself: `\p{…}`/`\P{…}`, or a nested `[^…]` (needs the v flag). */
export interface ClassProp {
  js: string;
  nested: boolean;
}

export interface CharClass {
  /** [lo0, hi0, lo1, hi1, …] */
  ranges: number[];
  props: ClassProp[];
  neg: boolean;
}

export function newClass(): CharClass {
  return { ranges: [], props: [], neg: false };
}

/** appendRange, merging with the last two ranges when they touch (as Go does). */
export function appendRange(r: number[], lo: number, hi: number): void {
  const n = r.length;
  for (let i = 2; i <= 4; i += 2) {
    if (n >= i) {
      const rlo = r[n - i];
      const rhi = r[n - i + 1];
      if (lo <= rhi + 1 && rlo <= hi + 1) {
        if (lo < rlo) r[n - i] = lo;
        if (hi > rhi) r[n - i + 1] = hi;
        return;
      }
    }
  }
  r.push(lo, hi);
}

/** appendFoldedRange: lo-hi and every rune case-fold-equivalent to one in it. */
export function appendFoldedRange(r: number[], lo: number, hi: number): void {
  if (lo <= MIN_FOLD && hi >= MAX_FOLD) return appendRange(r, lo, hi);
  if (hi < MIN_FOLD || lo > MAX_FOLD) return appendRange(r, lo, hi);
  if (lo < MIN_FOLD) {
    appendRange(r, lo, MIN_FOLD - 1);
    lo = MIN_FOLD;
  }
  if (hi > MAX_FOLD) {
    appendRange(r, MAX_FOLD + 1, hi);
    hi = MAX_FOLD;
  }
  if (hi - lo < 1024) {
    for (let c = lo; c <= hi; c++) {
      appendRange(r, c, c);
      for (let f = simpleFold(c); f !== c; f = simpleFold(f)) appendRange(r, f, f);
    }
    return;
  }
  // Same set, faster for wide ranges: only runes with a non-trivial orbit add anything.
  appendRange(r, lo, hi);
  for (const c of foldableRunes()) {
    if (c < lo || c > hi) continue;
    for (let f = simpleFold(c); f !== c; f = simpleFold(f)) if (f < lo || f > hi) appendRange(r, f, f);
  }
}

let foldable: number[] | undefined;

/**
 * Every rune whose case-folding orbit has other members, in order. Candidates are the
 * runes Unicode says change under some case mapping, found in one native regexp scan.
 */
function foldableRunes(): number[] {
  if (foldable) return foldable;
  let all = '';
  for (let c = MIN_FOLD; c <= MAX_FOLD; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCodePoint(c);
  foldable = [];
  for (const m of all.matchAll(/\p{Changes_When_Casemapped}/gu)) {
    const c = m[0].codePointAt(0)!;
    if (simpleFold(c) !== c) foldable.push(c);
  }
  return foldable;
}

/** cleanClass: sort by lo, merge overlapping and abutting ranges. */
export function cleanClass(r: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < r.length; i += 2) pairs.push([r[i], r[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const w = out.length;
    if (w > 0 && lo <= out[w - 1] + 1) {
      if (hi > out[w - 1]) out[w - 1] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

/** negateClass of a clean class. */
export function negateRanges(r: number[]): number[] {
  const out: number[] = [];
  let nextLo = 0;
  for (let i = 0; i < r.length; i += 2) {
    if (nextLo <= r[i] - 1) out.push(nextLo, r[i] - 1);
    nextLo = r[i + 1] + 1;
  }
  if (nextLo <= MAX_RUNE) out.push(nextLo, MAX_RUNE);
  return out;
}

function foldRanges(x: number[]): number[] {
  const r: number[] = [];
  for (let i = 0; i < x.length; i += 2) appendFoldedRange(r, x[i], x[i + 1]);
  return cleanClass(r);
}

// ---------------------------------------------------------------------------------
// Perl and POSIX groups (regexp/syntax/perl_groups.go)

interface Group {
  sign: 1 | -1;
  ranges: number[];
}

const c = (s: string) => s.codePointAt(0)!;
const digit = [c('0'), c('9')];
const space = [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20];
const word = [c('0'), c('9'), c('A'), c('Z'), c('_'), c('_'), c('a'), c('z')];

const perlGroups: Record<string, Group> = {
  '\\d': { sign: 1, ranges: digit },
  '\\D': { sign: -1, ranges: digit },
  '\\s': { sign: 1, ranges: space },
  '\\S': { sign: -1, ranges: space },
  '\\w': { sign: 1, ranges: word },
  '\\W': { sign: -1, ranges: word },
};

const posix: Record<string, number[]> = {
  alnum: [c('0'), c('9'), c('A'), c('Z'), c('a'), c('z')],
  alpha: [c('A'), c('Z'), c('a'), c('z')],
  ascii: [0, 0x7f],
  blank: [0x09, 0x09, 0x20, 0x20],
  cntrl: [0, 0x1f, 0x7f, 0x7f],
  digit,
  graph: [c('!'), c('~')],
  lower: [c('a'), c('z')],
  print: [c(' '), c('~')],
  punct: [c('!'), c('/'), c(':'), c('@'), c('['), c('`'), c('{'), c('~')],
  space: [0x09, 0x0d, 0x20, 0x20],
  upper: [c('A'), c('Z')],
  word,
  xdigit: [c('0'), c('9'), c('A'), c('F'), c('a'), c('f')],
};

export function perlGroup(escape: string): Group | undefined {
  return Object.prototype.hasOwnProperty.call(perlGroups, escape) ? perlGroups[escape] : undefined;
}

/** "[:alpha:]" or "[:^alpha:]" */
export function posixGroup(name: string): Group | undefined {
  const m = /^\[:(\^?)([a-z]+):\]$/.exec(name);
  if (!m || !Object.prototype.hasOwnProperty.call(posix, m[2])) return undefined;
  return { sign: m[1] ? -1 : 1, ranges: posix[m[2]] };
}

/** appendGroup: a Perl or POSIX group, folded first under (?i), negated last. */
export function appendGroup(r: number[], g: Group, fold: boolean): void {
  let x = fold ? foldRanges(g.ranges) : g.ranges;
  if (g.sign < 0) x = negateRanges(x);
  for (let i = 0; i < x.length; i += 2) appendRange(r, x[i], x[i + 1]);
}

// ---------------------------------------------------------------------------------
// Unicode classes: \pL, \p{Greek}, \P{Lu}, \p{^Han}

const categories = 'C Cc Cf Cn Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs'.split(' ');

// unicode.CategoryAliases (Unicode's long names), looked up by their canonical form
const categoryAliases: Record<string, string> = {
  Other: 'C', Control: 'Cc', Cntrl: 'Cc', Format: 'Cf', Unassigned: 'Cn', Private_Use: 'Co', Surrogate: 'Cs',
  Letter: 'L', Cased_Letter: 'LC', Lowercase_Letter: 'Ll', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Titlecase_Letter: 'Lt', Uppercase_Letter: 'Lu', Mark: 'M', Combining_Mark: 'M', Spacing_Mark: 'Mc',
  Enclosing_Mark: 'Me', Nonspacing_Mark: 'Mn', Number: 'N', Decimal_Number: 'Nd', Digit: 'Nd',
  Letter_Number: 'Nl', Other_Number: 'No', Punctuation: 'P', Punct: 'P', Connector_Punctuation: 'Pc',
  Dash_Punctuation: 'Pd', Close_Punctuation: 'Pe', Final_Punctuation: 'Pf', Initial_Punctuation: 'Pi',
  Other_Punctuation: 'Po', Open_Punctuation: 'Ps', Symbol: 'S', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk',
  Math_Symbol: 'Sm', Other_Symbol: 'So', Separator: 'Z', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Space_Separator: 'Zs',
};

// unicode.Scripts (Unicode 15.0.0, Go 1.25). Only names that are already in canonical form
// can be looked up, because Go canonicalizes the requested name before the lookup:
// \p{Old_Italic} is an error in Helm 4.1.4 while \p{greek} works.
const scripts = new Set(
  ('Adlam Ahom Arabic Armenian Avestan Balinese Bamum Batak Bengali Bhaiksuki Bopomofo Brahmi Braille ' +
    'Buginese Buhid Carian Chakma Cham Cherokee Chorasmian Common Coptic Cuneiform Cypriot Cyrillic Deseret ' +
    'Devanagari Dogra Duployan Elbasan Elymaic Ethiopic Georgian Glagolitic Gothic Grantha Greek Gujarati ' +
    'Gurmukhi Han Hangul Hanunoo Hatran Hebrew Hiragana Inherited Javanese Kaithi Kannada Katakana Kawi ' +
    'Kharoshthi Khmer Khojki Khudawadi Lao Latin Lepcha Limbu Lisu Lycian Lydian Mahajani Makasar Malayalam ' +
    'Mandaic Manichaean Marchen Medefaidrin Miao Modi Mongolian Mro Multani Myanmar Nabataean Nandinagari Newa ' +
    'Nko Nushu Ogham Oriya Osage Osmanya Palmyrene Phoenician Rejang Runic Samaritan Saurashtra Sharada ' +
    'Shavian Siddham Sinhala Sogdian Soyombo Sundanese Syriac Tagalog Tagbanwa Takri Tamil Tangsa Tangut ' +
    'Telugu Thaana Thai Tibetan Tifinagh Tirhuta Toto Ugaritic Vai Vithkuqi Wancho Yezidi Yi').split(' '),
);

/** canonicalName: first letter upper, the rest lower, without "_", "-" and " ". */
function canonicalName(name: string): string {
  let out = '';
  let first = true;
  for (const ch of name) {
    if (ch === '_' || ch === '-' || ch === ' ') continue;
    if (first) {
      out += ch >= 'a' && ch <= 'z' ? ch.toUpperCase() : ch;
      first = false;
    } else out += ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch;
  }
  return out;
}

const canonicalCategories = new Map<string, string>();
for (const cat of categories) canonicalCategories.set(canonicalName(cat), cat);
canonicalCategories.set('Lc', 'LC');
for (const [alias, cat] of Object.entries(categoryAliases)) canonicalCategories.set(canonicalName(alias), cat);

interface UnicodeTable {
  /** the JS property escape body, e.g. "gc=Lu"; null for Any */
  prop: string | null;
  /** Go's "Assigned" is the inverted Cn table */
  invert: boolean;
}

/** unicodeTable: the table a \p name denotes, or undefined when Go does not know it. */
export function unicodeTable(name: string): UnicodeTable | undefined {
  const n = canonicalName(name);
  if (n === 'Any') return { prop: null, invert: false };
  if (n === 'Assigned') return { prop: 'gc=Cn', invert: true };
  if (n === 'Ascii') return { prop: 'ASCII', invert: false };
  const cat = canonicalCategories.get(n);
  if (cat) return { prop: 'gc=' + cat, invert: false };
  if (scripts.has(n)) return { prop: 'sc=' + n, invert: false };
  return undefined;
}

// Runes outside a property that fold to runes inside it (Go's FoldCategory/FoldScript),
// computed from the JS property and Go's fold orbits the first time a property is used
// under (?i).
const foldExtrasCache = new Map<string, number[]>();

function foldExtras(prop: string): number[] {
  const hit = foldExtrasCache.get(prop);
  if (hit) return hit;
  const re = new RegExp(`^\\p{${prop}}$`, 'u');
  const r: number[] = [];
  for (const x of foldableRunes()) {
    if (!re.test(String.fromCodePoint(x))) continue;
    for (let f = simpleFold(x); f !== x; f = simpleFold(f)) if (!re.test(String.fromCodePoint(f))) appendRange(r, f, f);
  }
  const out = cleanClass(r);
  foldExtrasCache.set(prop, out);
  return out;
}

/** Appends a Unicode table with sign (+1 \p, -1 \P) to class cls, folding under (?i). */
export function appendTable(cls: CharClass, t: UnicodeTable, sign: number, fold: boolean): void {
  if (t.invert) sign = -sign;
  if (t.prop === null) {
    if (sign > 0) appendRange(cls.ranges, 0, MAX_RUNE);
    return;
  }
  const extras = fold ? foldExtras(t.prop) : [];
  if (sign > 0) {
    cls.props.push({ js: `\\p{${t.prop}}`, nested: false });
    for (let i = 0; i < extras.length; i += 2) appendRange(cls.ranges, extras[i], extras[i + 1]);
  } else if (extras.length === 0) {
    cls.props.push({ js: `\\P{${t.prop}}`, nested: false });
  } else {
    // not (table ∪ extras): only a nested class can say that inside a larger class
    cls.props.push({ js: `[^\\p{${t.prop}}${rangesSource(extras)}]`, nested: true });
  }
}

/** A rune as a JS escape valid in u and v mode, inside or outside a class. */
function runeSource(r: number): string {
  if ((r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a)) return String.fromCharCode(r);
  return `\\u{${r.toString(16)}}`;
}

function rangesSource(r: number[]): string {
  let out = '';
  for (let i = 0; i < r.length; i += 2) {
    out += r[i] === r[i + 1] ? runeSource(r[i]) : `${runeSource(r[i])}-${runeSource(r[i + 1])}`;
  }
  return out;
}

/** inCharClass: binary search in clean ranges. */
function inRanges(r: number, ranges: number[]): boolean {
  let lo = 0;
  let hi = ranges.length / 2;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (r < ranges[2 * m]) hi = m;
    else if (r > ranges[2 * m + 1]) lo = m + 1;
    else return true;
  }
  return false;
}

/** A membership test for a finished (clean) class. */
export function classMatcher(cls: CharClass): (r: number) => boolean {
  const { ranges, neg } = cls;
  if (cls.props.length === 0) return (r) => inRanges(r, ranges) !== neg;
  const body = rangesSource(ranges) + cls.props.map((p) => p.js).join('');
  const re = new RegExp(`^[${neg ? '^' : ''}${body}]$`, cls.props.some((p) => p.nested) ? 'v' : 'u');
  return (r) => re.test(String.fromCodePoint(r));
}
