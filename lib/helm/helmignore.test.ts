import { describe, expect, it } from 'vitest';
import { IgnoreRules } from './helmignore';

describe('.helmignore rules', () => {
  const cases: { name: string; rules: string; path: string; dir?: boolean; want: boolean }[] = [
    { name: 'basename pattern', rules: '*.bak', path: 'a/b/x.bak', want: true },
    { name: 'path pattern', rules: 'docs/*.md', path: 'docs/a.md', want: true },
    { name: 'path pattern is anchored', rules: 'docs/*.md', path: 'x/docs/a.md', want: false },
    { name: 'dir only rule skips files', rules: 'build/', path: 'build', want: false },
    { name: 'dir only rule matches dirs', rules: 'build/', path: 'build', dir: true, want: true },
    { name: 'leading slash', rules: '/secret.txt', path: 'secret.txt', want: true },
    { name: 'comment and blank', rules: '# c\n\n*.tmp', path: 'a.tmp', want: true },
    { name: 'negation ignores non-matching', rules: '!keep.txt', path: 'other.txt', want: true },
    { name: 'negation keeps matching', rules: '!keep.txt', path: 'keep.txt', want: false },
    { name: 'default ignores template dotfiles', rules: '', path: 'templates/.hidden', want: true },
    { name: 'default keeps other dotfiles', rules: '', path: '.helmignore', want: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = IgnoreRules.parse(c.rules);
      r.addDefaults();
      expect(r.ignore(c.path, c.dir ?? false)).toBe(c.want);
    });
  }
  it('rejects **', () => expect(() => IgnoreRules.parse('a/**')).toThrow('double-star (**) syntax is not supported'));
  it('rejects a bad pattern', () => expect(() => IgnoreRules.parse('[')).toThrow('syntax error in pattern'));
});
