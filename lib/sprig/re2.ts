// Go's package regexp (RE2 syntax, leftmost-first matching) for Sprig's regex functions.
// A pattern is parsed with Go's rules and errors (_str-re2parse), compiled to Go's
// instruction program (_str-re2prog) and run by a port of Go's NFA matcher (_str-re2vm).
// JavaScript's RegExp is not used to match: its captures inside loops, its empty-loop
// rule and its backtracking (exponential on some patterns) all differ from RE2. The Go
// API on top — FindAll's and ReplaceAll's handling of empty matches, Split,
// $-expansion — is reproduced here as well.
import { canBackquote, quote } from '../gotemplate/strconv';
import { RegexpSyntaxError, parse } from './_str-re2parse';
import { type Prog, compileProg } from './_str-re2prog';
import { Machine } from './_str-re2vm';
import { isDigit, isLetter } from './_str-unicode';

export { RegexpSyntaxError } from './_str-re2parse';

/** A match: the text of the whole match and of each group (undefined when it took no part). */
interface Match {
  index: number;
  end: number;
  groups: (string | undefined)[];
}

/** A compiled Go regexp. */
export class GoRegexp {
  private readonly machine: Machine;

  constructor(
    readonly expr: string,
    /** SubexpNames: "" for the whole match and for unnamed groups */
    readonly subexpNames: string[],
    prog: Prog,
  ) {
    this.machine = new Machine(prog);
  }

  /** The leftmost-first match searching from pos, or null. */
  private exec(s: string, pos: number): Match | null {
    const cap = this.machine.match(s, pos);
    if (!cap) return null;
    const groups: (string | undefined)[] = [];
    for (let k = 0; k < this.subexpNames.length; k++) {
      const a = cap[2 * k];
      const b = cap[2 * k + 1];
      groups.push(a >= 0 && b >= 0 ? s.slice(a, b) : undefined);
    }
    return { index: cap[0], end: cap[1], groups };
  }

  matchString(s: string): boolean {
    return this.exec(s, 0) !== null;
  }

  findString(s: string): string {
    const m = this.exec(s, 0);
    return m ? s.slice(m.index, m.end) : '';
  }

  /**
   * allMatches: successive matches; an empty match right after the previous match is
   * skipped, and after an empty match the search moves on by one rune.
   */
  private allMatches(s: string, n: number): Match[] {
    const out: Match[] = [];
    if (n < 0) n = s.length + 1;
    let prevMatchEnd = -1;
    for (let pos = 0; out.length < n && pos <= s.length; ) {
      const m = this.exec(s, pos);
      if (!m) break;
      const end = m.end;
      let accept = true;
      if (end === pos) {
        // an empty match
        if (m.index === prevMatchEnd) accept = false;
        pos += pos < s.length ? runeWidth(s, pos) : 1;
      } else pos = end;
      prevMatchEnd = end;
      if (accept) out.push(m);
    }
    return out;
  }

  findAllString(s: string, n: number): string[] {
    return this.allMatches(s, n).map((m) => s.slice(m.index, m.end));
  }

  split(s: string, n: number): string[] {
    if (n === 0) return [];
    if (this.expr.length > 0 && s.length === 0) return [''];
    const out: string[] = [];
    let beg = 0;
    let end = 0;
    for (const m of this.allMatches(s, n)) {
      if (n > 0 && out.length === n - 1) break;
      end = m.index;
      const mEnd = m.end;
      if (mEnd !== 0) out.push(s.slice(beg, end));
      beg = mEnd;
    }
    if (end !== s.length) out.push(s.slice(beg));
    return out;
  }

  replaceAllString(src: string, repl: string): string {
    return this.replaceAll(src, (m) => this.expand(repl, m));
  }

  replaceAllLiteralString(src: string, repl: string): string {
    return this.replaceAll(src, () => repl);
  }

  /** replaceAll: no replacement for an empty match adjacent to the previous match. */
  private replaceAll(src: string, repl: (m: Match) => string): string {
    let out = '';
    let lastMatchEnd = 0;
    let searchPos = 0;
    while (searchPos <= src.length) {
      const m = this.exec(src, searchPos);
      if (!m) break;
      const a0 = m.index;
      const a1 = m.end;
      out += src.slice(lastMatchEnd, a0);
      if (a1 > lastMatchEnd || a0 === 0) out += repl(m);
      lastMatchEnd = a1;
      // always advance at least one rune
      const width = searchPos < src.length ? runeWidth(src, searchPos) : 0;
      if (searchPos + width > a1) searchPos += width;
      else if (searchPos + 1 > a1) searchPos++;
      else searchPos = a1;
    }
    return out + src.slice(lastMatchEnd);
  }

  /** Regexp.expand: $1, ${1}, $name, ${name}, $$; a malformed $ stays literal. */
  private expand(template: string, m: Match): string {
    let out = '';
    for (;;) {
      const i = template.indexOf('$');
      if (i < 0) break;
      out += template.slice(0, i);
      template = template.slice(i + 1);
      if (template !== '' && template[0] === '$') {
        out += '$';
        template = template.slice(1);
        continue;
      }
      const x = extract(template);
      if (!x) {
        out += '$';
        continue;
      }
      template = x.rest;
      if (x.num >= 0) {
        if (x.num < m.groups.length && m.groups[x.num] !== undefined) out += m.groups[x.num];
      } else {
        for (let k = 0; k < this.subexpNames.length; k++) {
          if (x.name === this.subexpNames[k] && m.groups[k] !== undefined) {
            out += m.groups[k];
            break;
          }
        }
      }
    }
    return out + template;
  }
}

function runeWidth(s: string, i: number): number {
  return s.codePointAt(i)! > 0xffff ? 2 : 1;
}

/**
 * extract: the name after a "$" — the longest run of letters, digits and "_" (so "$1x"
 * names group "1x", not group 1), or the same in braces. num is its value when it is a
 * number without leading zeros, else -1.
 */
function extract(str: string): { name: string; num: number; rest: string } | null {
  if (str === '') return null;
  let brace = false;
  if (str[0] === '{') {
    brace = true;
    str = str.slice(1);
  }
  let i = 0;
  while (i < str.length) {
    const r = str.codePointAt(i)!;
    if (!isLetter(r) && !isDigit(r) && r !== 0x5f) break;
    i += r > 0xffff ? 2 : 1;
  }
  if (i === 0) return null; // an empty name is not okay
  const name = str.slice(0, i);
  if (brace) {
    if (i >= str.length || str[i] !== '}') return null; // missing closing brace
    i++;
  }
  let num = 0;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 0x30 || c > 0x39 || num >= 1e8) {
      num = -1;
      break;
    }
    num = num * 10 + c - 0x30;
  }
  if (name[0] === '0' && name.length > 1) num = -1; // no leading zeros
  return { name, num, rest: str.slice(i) };
}

const cache = new Map<string, GoRegexp | RegexpSyntaxError>();
const CACHE_MAX = 500;

/** regexp.Compile: a GoRegexp, or throws Go's *syntax.Error. */
export function compile(expr: string): GoRegexp {
  let hit = cache.get(expr);
  if (hit === undefined) {
    try {
      const { tree, names } = parse(expr);
      hit = new GoRegexp(expr, names, compileProg(tree));
    } catch (e) {
      if (!(e instanceof RegexpSyntaxError)) throw e;
      hit = e;
    }
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(expr, hit);
  }
  if (hit instanceof RegexpSyntaxError) throw hit;
  return hit;
}

/** regexp.MustCompile's panic text for a pattern that does not compile. */
export function mustCompileMessage(expr: string, err: RegexpSyntaxError): string {
  const q = canBackquote(expr) ? '`' + expr + '`' : quote(expr);
  return 'regexp: Compile(' + q + '): ' + err.message;
}

/** regexp.QuoteMeta: a backslash before each of \.+*?()|[]{}^$ */
export function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
