// gobwas/glob with '/' as separator, as Helm's .Files.Glob compiles it:
//   *  any run of non-separator characters     **  any run, separators included
//   ?  one non-separator character             [abc] [a-z] [!abc]  character classes
//   {a,b}  alternatives (each may hold globs)  \x  a literal x
// A pattern gobwas rejects is matched literally, as Helm falls back to QuoteMeta.

export function compileGlob(pattern: string): (name: string) => boolean {
  let re: RegExp;
  try {
    const p = new GlobParser(pattern);
    const body = p.parseSeq(false);
    if (p.i !== pattern.length) throw new Error('unexpected');
    re = new RegExp('^(?:' + body + ')$', 'su');
  } catch {
    return (name) => name === pattern;
  }
  return (name) => re.test(name);
}

const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;

function lit(c: string): string {
  return c.replace(REGEX_SPECIAL, '\\$&');
}

class GlobParser {
  i = 0;
  constructor(private readonly s: string) {}

  // Seq: (literal | '*' | '**' | '?' | class | '{' Seq (',' Seq)* '}')*
  parseSeq(inAlt: boolean): string {
    let out = '';
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (inAlt && (c === ',' || c === '}')) return out;
      if (c === '*') {
        if (s[this.i + 1] === '*') {
          this.i += 2;
          out += '.*';
        } else {
          this.i++;
          out += '[^/]*';
        }
      } else if (c === '?') {
        this.i++;
        out += '[^/]';
      } else if (c === '[') {
        out += this.parseClass();
      } else if (c === '{') {
        this.i++;
        const alts: string[] = [];
        for (;;) {
          alts.push(this.parseSeq(true));
          if (this.i >= s.length) throw new Error('unclosed {');
          if (s[this.i] === ',') {
            this.i++;
            continue;
          }
          this.i++; // '}'
          break;
        }
        out += '(?:' + alts.join('|') + ')';
      } else if (c === '\\') {
        if (this.i + 1 >= s.length) throw new Error('trailing escape');
        const cp = s.codePointAt(this.i + 1)!;
        const ch = String.fromCodePoint(cp);
        this.i += 1 + ch.length;
        out += lit(ch);
      } else if (c === '}' || c === ']') {
        throw new Error('unexpected ' + c);
      } else {
        const cp = s.codePointAt(this.i)!;
        const ch = String.fromCodePoint(cp);
        this.i += ch.length;
        out += lit(ch);
      }
    }
    if (inAlt) throw new Error('unclosed {');
    return out;
  }

  // Class: '[' '!'? (char | char '-' char)+ ']'
  parseClass(): string {
    const s = this.s;
    this.i++;
    let neg = false;
    if (s[this.i] === '!') {
      neg = true;
      this.i++;
    }
    let body = '';
    let n = 0;
    while (this.i < s.length && s[this.i] !== ']') {
      const lo = String.fromCodePoint(s.codePointAt(this.i)!);
      this.i += lo.length;
      if (s[this.i] === '-' && this.i + 1 < s.length && s[this.i + 1] !== ']') {
        const hi = String.fromCodePoint(s.codePointAt(this.i + 1)!);
        this.i += 1 + hi.length;
        if (hi < lo) throw new Error('bad range');
        body += lit(lo) + '-' + lit(hi);
      } else {
        body += lit(lo);
      }
      n++;
    }
    if (this.i >= s.length || n === 0) throw new Error('bad class');
    this.i++;
    return (neg ? '[^' : '[') + body + ']';
  }
}
