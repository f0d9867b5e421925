import { describe, expect, it } from 'vitest';
import { pathMatch } from './gomatch';
import { compileGlob } from './glob';

describe('pathMatch (Go path.Match)', () => {
  const cases: { name: string; pattern: string; input: string; want: boolean | 'error' }[] = [
    { name: 'literal', pattern: 'abc', input: 'abc', want: true },
    { name: 'star', pattern: '*', input: 'abc', want: true },
    { name: 'star does not cross slash', pattern: '*', input: 'a/b', want: false },
    { name: 'star in middle', pattern: 'a*/b', input: 'abc/b', want: true },
    { name: 'question', pattern: 'a?c', input: 'abc', want: true },
    { name: 'question not slash', pattern: 'a?c', input: 'a/c', want: false },
    { name: 'class', pattern: '[a-c]x', input: 'bx', want: true },
    { name: 'negated class', pattern: '[^a-c]x', input: 'bx', want: false },
    { name: 'escape', pattern: 'a\\*', input: 'a*', want: true },
    { name: 'templates path', pattern: 'templates/*.yaml', input: 'templates/a.yaml', want: true },
    { name: 'bad class', pattern: '[', input: 'a', want: 'error' },
    { name: 'trailing escape', pattern: 'a\\', input: 'a', want: 'error' },
    { name: 'dot files', pattern: 'templates/.?*', input: 'templates/.x', want: true },
    { name: 'dot files need one char', pattern: 'templates/.?*', input: 'templates/.', want: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.want === 'error') expect(() => pathMatch(c.pattern, c.input)).toThrow('syntax error in pattern');
      else expect(pathMatch(c.pattern, c.input)).toBe(c.want);
    });
  }
});

describe('compileGlob (gobwas/glob with / separator)', () => {
  const cases: { name: string; pattern: string; input: string; want: boolean }[] = [
    { name: 'star one level', pattern: 'files/*', input: 'files/a.txt', want: true },
    { name: 'star not deeper', pattern: 'files/*', input: 'files/sub/b.yaml', want: false },
    { name: 'double star deeper', pattern: 'files/**', input: 'files/sub/b.yaml', want: true },
    { name: 'double star suffix', pattern: '**.yaml', input: 'files/sub/b.yaml', want: true },
    { name: 'alternatives', pattern: 'files/{a,c}.*', input: 'files/c.yaml', want: true },
    { name: 'alternatives miss', pattern: 'files/{a,c}.*', input: 'files/b.yaml', want: false },
    { name: 'class negated', pattern: 'f[!x]', input: 'fy', want: true },
    { name: 'bad pattern is literal', pattern: 'a[', input: 'a[', want: true },
    { name: 'dots are literal', pattern: 'a.b', input: 'axb', want: false },
  ];
  for (const c of cases) {
    it(c.name, () => expect(compileGlob(c.pattern)(c.input)).toBe(c.want));
  }
});
