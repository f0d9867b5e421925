// Go's regexp/syntax parser (Perl flags, as regexp.Compile uses it), producing a small
// syntax tree and failing with Go's *syntax.Error texts. It follows parse.go's single
// left-to-right scan and its parse stack, so that the *first* error Go reports — and the
// exact expression fragment it quotes — is the one reported here.
import {
  type CharClass,
  appendFoldedRange,
  appendGroup,
  appendRange,
  appendTable,
  cleanClass,
  newClass,
  perlGroup,
  posixGroup,
  unicodeTable,
} from './_str-re2class';
import { simpleFold } from './_str-unicode';

export type Node =
  | { op: 'lit'; r: number; fold: boolean }
  | { op: 'class'; cls: CharClass }
  | { op: 'anyChar' }
  | { op: 'anyCharNotNL' }
  | { op: 'beginLine' }
  | { op: 'endLine' }
  | { op: 'beginText' }
  | { op: 'endText' }
  | { op: 'wordBoundary' }
  | { op: 'noWordBoundary' }
  | { op: 'empty' }
  | { op: 'capture'; cap: number; sub: Node }
  | { op: 'star' | 'plus' | 'quest'; sub: Node; greedy: boolean }
  | { op: 'repeat'; min: number; max: number; sub: Node; greedy: boolean }
  | { op: 'concat'; subs: Node[] }
  | { op: 'alternate'; subs: Node[] };

export interface Parsed {
  tree: Node;
  /** subexpNames: index 0 is the whole match (""), then one per capture group */
  names: string[];
}

/** Go's *syntax.Error. */
export class RegexpSyntaxError extends Error {
  constructor(
    readonly code: string,
    readonly expr: string,
  ) {
    super('error parsing regexp: ' + code + ': `' + expr + '`');
  }
}

const ErrInvalidCharRange = 'invalid character class range';
const ErrInvalidEscape = 'invalid escape sequence';
const ErrInvalidNamedCapture = 'invalid named capture';
const ErrInvalidPerlOp = 'invalid or unsupported Perl syntax';
const ErrInvalidRepeatOp = 'invalid nested repetition operator';
const ErrInvalidRepeatSize = 'invalid repeat count';
const ErrMissingBracket = 'missing closing ]';
const ErrMissingParen = 'missing closing )';
const ErrMissingRepeatArgument = 'missing argument to repetition operator';
const ErrTrailingBackslash = 'trailing backslash at end of expression';
const ErrUnexpectedParen = 'unexpected )';

// Parse flags (the subset Perl mode can change).
const FoldCase = 1;
const DotNL = 2;
const OneLine = 4;
const NonGreedy = 8;

const MAX_REPEAT = 1000;

/** Parse-stack entries: a finished node, or the pseudo-operators "(" and "|". */
type Entry = { node: Node } | { lparen: true; cap: number; name: string; flags: number } | { vbar: true };

function isPseudo(e: Entry): boolean {
  return !('node' in e);
}

/** The rune at the start of s and its length in UTF-16 units. */
function nextRune(s: string): [number, number] {
  const r = s.codePointAt(0)!;
  return [r, r > 0xffff ? 2 : 1];
}

function isalnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function isValidCaptureName(name: string): boolean {
  return name !== '' && /^[A-Za-z0-9_]+$/.test(name);
}

class Parser {
  flags = OneLine;
  stack: Entry[] = [];
  numCap = 0;
  names: string[] = [''];

  constructor(readonly wholeRegexp: string) {}

  push(node: Node): void {
    this.stack.push({ node });
  }

  literal(r: number): void {
    this.push({ op: 'lit', r, fold: (this.flags & FoldCase) !== 0 });
  }

  /** Replaces the top of the stack with itself repeated (Go's parser.repeat). */
  repeat(op: 'star' | 'plus' | 'quest' | 'repeat', min: number, max: number, before: string, after: string, lastRepeat: string): string {
    let flags = this.flags;
    if (after.length > 0 && after[0] === '?') {
      after = after.slice(1);
      flags ^= NonGreedy;
    }
    if (lastRepeat !== '') {
      // Perl forbids stacking repetition operators: a** is an error, not a doubled star.
      throw new RegexpSyntaxError(ErrInvalidRepeatOp, lastRepeat.slice(0, lastRepeat.length - after.length));
    }
    const n = this.stack.length;
    const opText = before.slice(0, before.length - after.length);
    if (n === 0 || isPseudo(this.stack[n - 1])) throw new RegexpSyntaxError(ErrMissingRepeatArgument, opText);
    const sub = (this.stack[n - 1] as { node: Node }).node;
    const greedy = (flags & NonGreedy) === 0;
    const node: Node = op === 'repeat' ? { op, min, max, sub, greedy } : { op, sub, greedy };
    this.stack[n - 1] = { node };
    if (op === 'repeat' && (min >= 2 || max >= 2) && !repeatIsValid(node, MAX_REPEAT)) {
      throw new RegexpSyntaxError(ErrInvalidRepeatSize, opText);
    }
    return after;
  }

  /** concat: the entries above the topmost "(" or "|" become one node. */
  concat(): void {
    let i = this.stack.length;
    while (i > 0 && !isPseudo(this.stack[i - 1])) i--;
    const subs = this.stack.splice(i).map((e) => (e as { node: Node }).node);
    if (subs.length === 0) this.push({ op: 'empty' });
    else if (subs.length === 1) this.push(subs[0]);
    else this.push({ op: 'concat', subs });
  }

  /** alternate: the concatenations separated by "|" above the topmost "(" become one node. */
  alternate(): void {
    let i = this.stack.length;
    while (i > 0 && !('lparen' in this.stack[i - 1])) i--;
    const subs = this.stack
      .splice(i)
      .filter((e) => 'node' in e)
      .map((e) => (e as { node: Node }).node);
    this.push(subs.length === 1 ? subs[0] : { op: 'alternate', subs });
  }

  parseVerticalBar(): void {
    this.concat();
    this.stack.push({ vbar: true });
  }

  parseRightParen(): void {
    this.concat();
    this.alternate();
    const n = this.stack.length;
    if (n < 2) throw new RegexpSyntaxError(ErrUnexpectedParen, this.wholeRegexp);
    const re1 = this.stack[n - 1] as { node: Node };
    const re2 = this.stack[n - 2];
    this.stack.length = n - 2;
    if (!('lparen' in re2)) throw new RegexpSyntaxError(ErrUnexpectedParen, this.wholeRegexp);
    this.flags = re2.flags; // flags set inside the group end with it
    if (re2.cap === 0) this.push(re1.node);
    else this.push({ op: 'capture', cap: re2.cap, sub: re1.node });
  }

  /** parsePerlFlags: (?i) (?i:…) (?P<name>…) (?<name>…); s starts with "(?". */
  parsePerlFlags(s: string): string {
    const t0 = s;
    const startsWithP = t0.length > 4 && t0[2] === 'P' && t0[3] === '<';
    const startsWithName = t0.length > 3 && t0[2] === '<';
    if (startsWithP || startsWithName) {
      const exprStart = startsWithP ? 4 : 3;
      const end = t0.indexOf('>');
      if (end < 0) throw new RegexpSyntaxError(ErrInvalidNamedCapture, s);
      const capture = t0.slice(0, end + 1);
      const name = t0.slice(exprStart, end);
      if (!isValidCaptureName(name)) throw new RegexpSyntaxError(ErrInvalidNamedCapture, capture);
      this.numCap++;
      this.names.push(name);
      this.stack.push({ lparen: true, cap: this.numCap, name, flags: this.flags });
      return t0.slice(end + 1);
    }

    let t = t0.slice(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t !== '') {
      const [c, size] = nextRune(t);
      t = t.slice(size);
      switch (String.fromCodePoint(c)) {
        case 'i':
          flags |= FoldCase;
          sawFlag = true;
          break;
        case 'm':
          flags &= ~OneLine;
          sawFlag = true;
          break;
        case 's':
          flags |= DotNL;
          sawFlag = true;
          break;
        case 'U':
          flags |= NonGreedy;
          sawFlag = true;
          break;
        case '-':
          if (sign < 0) break loop;
          sign = -1;
          // Invert flags so that the additions above clear bits, and vice versa.
          flags = ~flags;
          sawFlag = false;
          break;
        case ':':
        case ')':
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === 0x3a) this.stack.push({ lparen: true, cap: 0, name: '', flags: this.flags });
          this.flags = flags;
          return t;
        default:
          break loop;
      }
    }
    throw new RegexpSyntaxError(ErrInvalidPerlOp, s.slice(0, s.length - t.length));
  }

  /** parseRepeat: {n}, {n,}, {n,m}; null when s is not of that form (then "{" is a literal). */
  parseRepeat(s: string): { min: number; max: number; rest: string } | null {
    if (s === '' || s[0] !== '{') return null;
    s = s.slice(1);
    const a = parseInt(s);
    if (!a) return null;
    let min = a.n;
    let max: number;
    s = a.rest;
    if (s === '') return null;
    if (s[0] !== ',') max = min;
    else {
      s = s.slice(1);
      if (s === '') return null;
      if (s[0] === '}') max = -1;
      else {
        const b = parseInt(s);
        if (!b) return null;
        max = b.n;
        s = b.rest;
        if (max < 0) min = -1; // too big
      }
    }
    if (s === '' || s[0] !== '}') return null;
    return { min, max, rest: s.slice(1) };
  }

  /** parseEscape: an escape standing for one rune; s starts with "\". */
  parseEscape(s: string): [number, string] {
    let t = s.slice(1);
    if (t === '') throw new RegexpSyntaxError(ErrTrailingBackslash, '');
    let [c, size] = nextRune(t);
    t = t.slice(size);
    const bad = () => new RegexpSyntaxError(ErrInvalidEscape, s.slice(0, s.length - t.length));
    const ch = String.fromCodePoint(c);
    if (ch >= '1' && ch <= '7') {
      // a single non-zero digit would be a backreference, which RE2 does not support
      if (t === '' || t[0] < '0' || t[0] > '7') throw bad();
    }
    if (ch >= '0' && ch <= '7') {
      let r = c - 0x30;
      for (let i = 1; i < 3; i++) {
        if (t === '' || t[0] < '0' || t[0] > '7') break;
        r = r * 8 + t.charCodeAt(0) - 0x30;
        t = t.slice(1);
      }
      return [r, t];
    }
    switch (ch) {
      case 'x': {
        if (t === '') throw bad();
        [c, size] = nextRune(t);
        t = t.slice(size);
        if (c === 0x7b) {
          // \x{…}: any number of hex digits, at least one
          let nhex = 0;
          let r = 0;
          for (;;) {
            if (t === '') throw bad();
            [c, size] = nextRune(t);
            t = t.slice(size);
            if (c === 0x7d) break;
            const v = unhex(c);
            if (v < 0) throw bad();
            r = r * 16 + v;
            if (r > 0x10ffff) throw bad();
            nhex++;
          }
          if (nhex === 0) throw bad();
          return [r, t];
        }
        const x = unhex(c);
        let y = -1;
        if (t !== '') {
          [c, size] = nextRune(t);
          t = t.slice(size);
          y = unhex(c);
        }
        if (x < 0 || y < 0) throw bad();
        return [x * 16 + y, t];
      }
      // No \b: in a class Perl means backspace, which RE2 rejects rather than guess.
      case 'a':
        return [7, t];
      case 'f':
        return [12, t];
      case 'n':
        return [10, t];
      case 'r':
        return [13, t];
      case 't':
        return [9, t];
      case 'v':
        return [11, t];
    }
    // Escaped ASCII punctuation stands for itself (\_ included); anything else is an error.
    if (c < 0x80 && !isalnum(c)) return [c, t];
    throw bad();
  }

  /** parseClassChar: one class character or escape; wholeClass is quoted when "]" is missing. */
  parseClassChar(s: string, wholeClass: string): [number, string] {
    if (s === '') throw new RegexpSyntaxError(ErrMissingBracket, wholeClass);
    if (s[0] === '\\') return this.parseEscape(s);
    const [r, size] = nextRune(s);
    return [r, s.slice(size)];
  }

  /** parseUnicodeClass: \pL, \p{Name}, \PL, \P{^Name}; null when s does not start with one. */
  parseUnicodeClass(s: string, cls: CharClass): string | null {
    if (s.length < 2 || s[0] !== '\\' || (s[1] !== 'p' && s[1] !== 'P')) return null;
    let sign = s[1] === 'P' ? -1 : 1;
    let t = s.slice(2);
    let seq: string;
    let name: string;
    const [c, size] = t === '' ? [0xfffd, 0] : nextRune(t);
    t = t.slice(size);
    if (c !== 0x7b) {
      seq = s.slice(0, s.length - t.length);
      name = seq.slice(2);
    } else {
      const end = s.indexOf('}');
      if (end < 0) throw new RegexpSyntaxError(ErrInvalidCharRange, s);
      seq = s.slice(0, end + 1);
      t = s.slice(end + 1);
      name = s.slice(3, end);
    }
    if (name !== '' && name[0] === '^') {
      sign = -sign;
      name = name.slice(1);
    }
    const table = unicodeTable(name);
    if (!table) throw new RegexpSyntaxError(ErrInvalidCharRange, seq);
    appendTable(cls, table, sign, (this.flags & FoldCase) !== 0);
    return t;
  }

  /** parsePerlClassEscape: \d \D \s \S \w \W; null when s does not start with one. */
  parsePerlClassEscape(s: string, cls: CharClass): string | null {
    if (s.length < 2 || s[0] !== '\\') return null;
    const g = perlGroup(s.slice(0, 2));
    if (!g) return null;
    appendGroup(cls.ranges, g, (this.flags & FoldCase) !== 0);
    return s.slice(2);
  }

  /** parseNamedClass: [:alpha:] inside a class; null when s does not hold one. */
  parseNamedClass(s: string, cls: CharClass): string | null {
    if (s.length < 2 || s[0] !== '[' || s[1] !== ':') return null;
    const i = s.indexOf(':]', 2);
    if (i < 0) return null;
    const name = s.slice(0, i + 2);
    const g = posixGroup(name);
    if (!g) throw new RegexpSyntaxError(ErrInvalidCharRange, name);
    appendGroup(cls.ranges, g, (this.flags & FoldCase) !== 0);
    return s.slice(i + 2);
  }

  /** parseClass: "[" … "]"; s starts with "[". */
  parseClass(s: string): string {
    let t = s.slice(1);
    const cls = newClass();
    if (t !== '' && t[0] === '^') {
      cls.neg = true;
      t = t.slice(1);
    }
    const fold = (this.flags & FoldCase) !== 0;
    let first = true; // "]" is a literal as the first character
    while (t === '' || t[0] !== ']' || first) {
      first = false;
      if (t.length > 2 && t[0] === '[' && t[1] === ':') {
        const nt = this.parseNamedClass(t, cls);
        if (nt !== null) {
          t = nt;
          continue;
        }
      }
      let nt = this.parseUnicodeClass(t, cls);
      if (nt !== null) {
        t = nt;
        continue;
      }
      nt = this.parsePerlClassEscape(t, cls);
      if (nt !== null) {
        t = nt;
        continue;
      }
      const rng = t;
      let lo: number;
      [lo, t] = this.parseClassChar(t, s);
      let hi = lo;
      // [a-] means a or -
      if (t.length >= 2 && t[0] === '-' && t[1] !== ']') {
        t = t.slice(1);
        [hi, t] = this.parseClassChar(t, s);
        if (hi < lo) throw new RegexpSyntaxError(ErrInvalidCharRange, rng.slice(0, rng.length - t.length));
      }
      if (fold) appendFoldedRange(cls.ranges, lo, hi);
      else appendRange(cls.ranges, lo, hi);
    }
    cls.ranges = cleanClass(cls.ranges);
    this.push({ op: 'class', cls });
    return t.slice(1);
  }

  parse(): Parsed {
    let t = this.wholeRegexp;
    let lastRepeat = '';
    while (t !== '') {
      let repeat = '';
      const c = t[0];
      switch (c) {
        case '(':
          if (t.length >= 2 && t[1] === '?') {
            t = this.parsePerlFlags(t);
            break;
          }
          this.numCap++;
          this.names.push('');
          this.stack.push({ lparen: true, cap: this.numCap, name: '', flags: this.flags });
          t = t.slice(1);
          break;
        case '|':
          this.parseVerticalBar();
          t = t.slice(1);
          break;
        case ')':
          this.parseRightParen();
          t = t.slice(1);
          break;
        case '^':
          this.push({ op: this.flags & OneLine ? 'beginText' : 'beginLine' });
          t = t.slice(1);
          break;
        case '$':
          this.push({ op: this.flags & OneLine ? 'endText' : 'endLine' });
          t = t.slice(1);
          break;
        case '.':
          this.push({ op: this.flags & DotNL ? 'anyChar' : 'anyCharNotNL' });
          t = t.slice(1);
          break;
        case '[':
          t = this.parseClass(t);
          break;
        case '*':
        case '+':
        case '?': {
          const before = t;
          const op = c === '*' ? 'star' : c === '+' ? 'plus' : 'quest';
          t = this.repeat(op, 0, 0, before, t.slice(1), lastRepeat);
          repeat = before;
          break;
        }
        case '{': {
          const before = t;
          const r = this.parseRepeat(t);
          if (!r) {
            // not a well-formed repeat: "{" is a literal
            this.literal(0x7b);
            t = t.slice(1);
            break;
          }
          const { min, max, rest } = r;
          if (min < 0 || min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && min > max)) {
            throw new RegexpSyntaxError(ErrInvalidRepeatSize, before.slice(0, before.length - rest.length));
          }
          t = this.repeat('repeat', min, max, before, rest, lastRepeat);
          repeat = before;
          break;
        }
        case '\\':
          t = this.parseBackslash(t);
          break;
        default: {
          const [r, size] = nextRune(t);
          this.literal(r);
          t = t.slice(size);
        }
      }
      lastRepeat = repeat;
    }
    this.concat();
    this.alternate();
    if (this.stack.length !== 1 || !('node' in this.stack[0])) {
      throw new RegexpSyntaxError(ErrMissingParen, this.wholeRegexp);
    }
    return { tree: this.stack[0].node, names: this.names };
  }

  parseBackslash(t: string): string {
    if (t.length >= 2) {
      switch (t[1]) {
        case 'A':
          this.push({ op: 'beginText' });
          return t.slice(2);
        case 'b':
          this.push({ op: 'wordBoundary' });
          return t.slice(2);
        case 'B':
          this.push({ op: 'noWordBoundary' });
          return t.slice(2);
        case 'C':
          // any byte: not supported
          throw new RegexpSyntaxError(ErrInvalidEscape, t.slice(0, 2));
        case 'Q': {
          // \Q … \E: everything between is literal
          const rest = t.slice(2);
          const end = rest.indexOf('\\E');
          const lit = end < 0 ? rest : rest.slice(0, end);
          for (const ch of lit) this.literal(ch.codePointAt(0)!);
          return end < 0 ? '' : rest.slice(end + 2);
        }
        case 'z':
          this.push({ op: 'endText' });
          return t.slice(2);
      }
    }
    if (t.length >= 2 && (t[1] === 'p' || t[1] === 'P')) {
      const cls = newClass();
      const rest = this.parseUnicodeClass(t, cls);
      if (rest !== null) {
        cls.ranges = cleanClass(cls.ranges);
        this.push({ op: 'class', cls });
        return rest;
      }
    }
    const cls = newClass();
    const rest = this.parsePerlClassEscape(t, cls);
    if (rest !== null) {
      cls.ranges = cleanClass(cls.ranges);
      this.push({ op: 'class', cls });
      return rest;
    }
    const [r, after] = this.parseEscape(t);
    this.literal(r);
    return after;
  }
}

/** parseInt: a decimal without leading zeros; -1 when it exceeds 1e8. */
function parseInt(s: string): { n: number; rest: string } | null {
  if (s === '' || s[0] < '0' || s[0] > '9') return null;
  if (s.length >= 2 && s[0] === '0' && s[1] >= '0' && s[1] <= '9') return null;
  let i = 0;
  while (i < s.length && s[i] >= '0' && s[i] <= '9') i++;
  let n = 0;
  for (let k = 0; k < i; k++) {
    if (n >= 1e8) {
      n = -1;
      break;
    }
    n = n * 10 + s.charCodeAt(k) - 0x30;
  }
  return { n, rest: s.slice(i) };
}

/** repeatIsValid: nested counted repetitions may not multiply beyond n copies. */
function repeatIsValid(re: Node, n: number): boolean {
  if (re.op === 'repeat') {
    let m = re.max;
    if (m === 0) return true;
    if (m < 0) m = re.min;
    if (m > n) return false;
    if (m > 0) n = Math.trunc(n / m);
  }
  for (const sub of children(re)) if (!repeatIsValid(sub, n)) return false;
  return true;
}

function children(re: Node): Node[] {
  switch (re.op) {
    case 'capture':
    case 'star':
    case 'plus':
    case 'quest':
    case 'repeat':
      return [re.sub];
    case 'concat':
    case 'alternate':
      return re.subs;
    default:
      return [];
  }
}

/** syntax.Parse(expr, syntax.Perl). */
export function parse(expr: string): Parsed {
  return new Parser(expr).parse();
}

/** The runes a literal matches: itself, or under (?i) its whole case-folding orbit. */
export function literalOrbit(r: number, fold: boolean): number[] {
  if (!fold) return [r];
  const out = [r];
  for (let f = simpleFold(r); f !== r; f = simpleFold(f)) out.push(f);
  return out;
}
