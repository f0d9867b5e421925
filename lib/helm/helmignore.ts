// .helmignore, as Helm's pkg/ignore reads it: one path.Match pattern a line; a pattern
// without '/' matches the base name only, one with '/' (or a leading '/') the whole
// path; a trailing '/' matches directories only; '!' negates; '**' is an error.
// Helm always adds "templates/.?*" (dot files in templates/ are never loaded).
import { BadPatternError, pathMatch } from './gomatch';

interface Rule {
  raw: string;
  negate: boolean;
  mustDir: boolean;
  match: (path: string) => boolean;
}

export class IgnoreRules {
  private readonly rules: Rule[] = [];
  // Decisions already made, by path (a directory's with a trailing '/'): the same rules
  // see the same paths render after render.
  private readonly decided = new Map<string, boolean>();

  /** Parses a .helmignore text; throws Error with Helm's message on a bad rule. */
  static parse(text: string): IgnoreRules {
    const r = new IgnoreRules();
    for (const line of text.split('\n')) r.parseRule(line);
    return r;
  }

  static empty(): IgnoreRules {
    return new IgnoreRules();
  }

  /** Helm's defaults, added after the file's own rules. */
  addDefaults(): void {
    this.parseRule('templates/.?*');
  }

  /** Rules.Ignore(path, fi): path relative to the chart root, '/'-separated. */
  ignore(path: string, isDir: boolean): boolean {
    if (path === '' || path === '.' || path === './') return false;
    const key = isDir ? path + '/' : path;
    let v = this.decided.get(key);
    if (v === undefined) {
      v = this.decide(path, isDir);
      this.decided.set(key, v);
    }
    return v;
  }

  private decide(path: string, isDir: boolean): boolean {
    for (const p of this.rules) {
      // A negated rule ignores everything it does not match, and stops at the first.
      if (p.negate) {
        if (p.mustDir && !isDir) return true;
        if (!p.match(path)) return true;
        continue;
      }
      if (p.mustDir && !isDir) continue;
      if (p.match(path)) return true;
    }
    return false;
  }

  private parseRule(rule: string): void {
    rule = rule.trim();
    if (rule === '' || rule.startsWith('#')) return;
    if (rule.includes('**')) throw new Error('double-star (**) syntax is not supported');
    // Go compiles the pattern once against "abc" so that a malformed one fails early.
    try {
      pathMatch(rule, 'abc');
    } catch (e) {
      if (e instanceof BadPatternError) throw new Error('syntax error in pattern');
      throw e;
    }
    const p: Rule = { raw: rule, negate: false, mustDir: false, match: () => false };
    if (rule.startsWith('!')) {
      p.negate = true;
      rule = rule.slice(1);
    }
    if (rule.endsWith('/')) {
      p.mustDir = true;
      rule = rule.slice(0, -1);
    }
    const safe = (pat: string, n: string) => {
      try {
        return pathMatch(pat, n);
      } catch {
        return false;
      }
    };
    if (rule.startsWith('/')) {
      const pat = rule.slice(1);
      p.match = (n) => safe(pat, n);
    } else if (rule.includes('/')) {
      const pat = rule;
      p.match = (n) => safe(pat, n);
    } else {
      const pat = rule;
      p.match = (n) => safe(pat, n.slice(n.lastIndexOf('/') + 1));
    }
    this.rules.push(p);
    this.decided.clear();
  }
}
