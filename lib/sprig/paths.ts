// Sprig's path functions: Go's path (base, dir, clean, ext, isAbs) and path/filepath
// (osBase, osClean, osDir, osExt, osIsAbs). Helm runs on Linux, where filepath uses "/"
// and has no volume names, so both families behave the same.
import type { FuncMap } from '../gotemplate/value';

/** path.Clean: the shortest equivalent path, by lexical processing only. */
export function clean(path: string): string {
  if (path === '') return '.';
  const rooted = path[0] === '/';
  const n = path.length;
  // out is built as in Go's lazybuf: w counts the bytes written so far.
  let out = '';
  let r = 0;
  let dotdot = 0;
  if (rooted) {
    out = '/';
    r = 1;
    dotdot = 1;
  }
  while (r < n) {
    if (path[r] === '/') {
      // empty path element
      r++;
    } else if (path[r] === '.' && (r + 1 === n || path[r + 1] === '/')) {
      // . element
      r++;
    } else if (path[r] === '.' && path[r + 1] === '.' && (r + 2 === n || path[r + 2] === '/')) {
      // .. element: remove to last /
      r += 2;
      if (out.length > dotdot) {
        let w = out.length - 1;
        while (w > dotdot && out[w] !== '/') w--;
        out = out.slice(0, w);
      } else if (!rooted) {
        // cannot backtrack, but not rooted, so append .. element.
        if (out.length > 0) out += '/';
        out += '..';
        dotdot = out.length;
      }
    } else {
      // real path element. add slash if needed
      if ((rooted && out.length !== 1) || (!rooted && out.length !== 0)) out += '/';
      for (; r < n && path[r] !== '/'; r++) out += path[r];
    }
  }
  // Turn empty string into "."
  return out === '' ? '.' : out;
}

/** path.Base: the last element; trailing slashes removed; "" → ".", all slashes → "/". */
export function base(path: string): string {
  if (path === '') return '.';
  while (path.length > 0 && path[path.length - 1] === '/') path = path.slice(0, -1);
  const i = path.lastIndexOf('/');
  if (i >= 0) path = path.slice(i + 1);
  return path === '' ? '/' : path;
}

/** path.Dir: all but the last element, cleaned. */
export function dir(path: string): string {
  return clean(path.slice(0, path.lastIndexOf('/') + 1));
}

/** path.Ext: the suffix from the final dot of the last element. */
export function ext(path: string): string {
  for (let i = path.length - 1; i >= 0 && path[i] !== '/'; i--) {
    if (path[i] === '.') return path.slice(i);
  }
  return '';
}

export function isAbs(path: string): boolean {
  return path.length > 0 && path[0] === '/';
}

export const funcs: FuncMap = {
  base: { params: ['string'], fn: base },
  dir: { params: ['string'], fn: dir },
  clean: { params: ['string'], fn: clean },
  ext: { params: ['string'], fn: ext },
  isAbs: { params: ['string'], fn: isAbs },
  osBase: { params: ['string'], fn: base },
  osClean: { params: ['string'], fn: clean },
  osDir: { params: ['string'], fn: dir },
  osExt: { params: ['string'], fn: ext },
  osIsAbs: { params: ['string'], fn: isAbs },
};
