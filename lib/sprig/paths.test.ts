// Expected values were checked against Helm 4.1.4 (see paths.diff.test.ts).
import { describe, expect, it } from 'vitest';
import { base, clean, dir, ext, isAbs, funcs } from './paths';

const samples = ['', '.', '..', '/', '//', 'a', 'a/', '/a/b/c.txt', 'a//b', './a/../b/', '../../x', '/../x', 'a/b/../../..', 'x.tar.gz', '.bashrc', 'dir.d/file', 'a/./b/.', '/a/b/..'];

const want = {
  base: ['.', '.', '..', '/', '/', 'a', 'a', 'c.txt', 'b', 'b', 'x', 'x', '..', 'x.tar.gz', '.bashrc', 'file', '.', '..'],
  dir: ['.', '.', '.', '/', '/', '.', 'a', '/a/b', 'a', 'b', '../..', '/', '.', '.', '.', 'dir.d', 'a/b', '/a/b'],
  clean: ['.', '.', '..', '/', '/', 'a', 'a', '/a/b/c.txt', 'a/b', 'b', '../../x', '/x', '..', 'x.tar.gz', '.bashrc', 'dir.d/file', 'a/b', '/a'],
  ext: ['', '.', '.', '', '', '', '', '.txt', '', '', '', '', '.', '.gz', '.bashrc', '', '.', '.'],
  isAbs: [false, false, false, true, true, false, false, true, false, false, false, true, false, false, false, false, false, true],
};

describe('path functions', () => {
  const fns = { base, dir, clean, ext, isAbs };
  for (const [name, f] of Object.entries(fns)) {
    samples.forEach((s, i) => {
      it(`${name}(${JSON.stringify(s)})`, () => expect(f(s)).toBe(want[name as keyof typeof want][i]));
    });
  }

  it('os* are the same functions on Linux', () => {
    for (const s of samples) {
      expect(funcs.osBase.fn(s)).toBe(base(s));
      expect(funcs.osDir.fn(s)).toBe(dir(s));
      expect(funcs.osClean.fn(s)).toBe(clean(s));
      expect(funcs.osExt.fn(s)).toBe(ext(s));
      expect(funcs.osIsAbs.fn(s)).toBe(isAbs(s));
    }
  });

  const more: { name: string; got: () => unknown; want: unknown }[] = [
    { name: 'clean keeps leading ..', got: () => clean('a/b/c/./../d/'), want: 'a/b/d' },
    { name: 'ext of dotted dir', got: () => ext('a.b/c'), want: '' },
    { name: 'base of url path', got: () => base('https://example.com/charts/app-1.2.3.tgz'), want: 'app-1.2.3.tgz' },
    { name: 'unicode', got: () => `${base('/données/été.txt')}|${ext('/données/été.txt')}`, want: 'été.txt|.txt' },
  ];
  for (const c of more) it(c.name, () => expect(c.got()).toBe(c.want));
});
