// Go's path.Match (filepath.Match on Unix), used by .helmignore rules and --show-only.
// Ported for its exact corner cases: `*` and `?` never match '/', `[^…]` negates, a
// malformed pattern is an error only when matching reaches it.

export class BadPatternError extends Error {
  constructor() {
    super('syntax error in pattern');
  }
}

/** path.Match(pattern, name); throws BadPatternError where Go returns ErrBadPattern. */
export function pathMatch(pattern: string, name: string): boolean {
  // Pattern: chunk ('*'+ chunk)*
  outer: while (pattern.length > 0) {
    const [star, chunk, rest] = scanChunk(pattern);
    pattern = rest;
    if (star && chunk === '') {
      // A trailing * matches the rest of the name unless it holds a '/'.
      return !name.includes('/');
    }
    const [t, ok] = matchChunk(chunk, name);
    // On the last chunk the name must be used up, or the star may still match more.
    if (ok && (t.length === 0 || pattern.length > 0)) {
      name = t;
      continue;
    }
    if (star) {
      for (let i = 0; i < name.length && name[i] !== '/'; i++) {
        const [t2, ok2] = matchChunk(chunk, name.slice(i + 1));
        if (ok2) {
          if (pattern.length === 0 && t2.length > 0) continue;
          name = t2;
          continue outer;
        }
      }
    }
    // Before failing, the rest of the pattern must still be well formed.
    while (pattern.length > 0) {
      const [, c, r] = scanChunk(pattern);
      pattern = r;
      matchChunk(c, '');
    }
    return false;
  }
  return name.length === 0;
}

function scanChunk(pattern: string): [boolean, string, string] {
  let star = false;
  while (pattern.length > 0 && pattern[0] === '*') {
    pattern = pattern.slice(1);
    star = true;
  }
  let inrange = false;
  let i = 0;
  scan: for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case '\\':
        if (i + 1 < pattern.length) i++;
        break;
      case '[':
        inrange = true;
        break;
      case ']':
        inrange = false;
        break;
      case '*':
        if (!inrange) break scan;
        break;
    }
  }
  return [star, pattern.slice(0, i), pattern.slice(i)];
}

// matchChunk keeps scanning the chunk after a failure so that a malformed pattern is
// reported the same way whatever the name.
function matchChunk(chunk: string, s: string): [string, boolean] {
  let failed = false;
  while (chunk.length > 0) {
    if (!failed && s.length === 0) failed = true;
    switch (chunk[0]) {
      case '[': {
        let r = -1;
        if (!failed) {
          r = s.codePointAt(0)!;
          s = s.slice(r > 0xffff ? 2 : 1);
        }
        chunk = chunk.slice(1);
        let negated = false;
        if (chunk.length > 0 && chunk[0] === '^') {
          negated = true;
          chunk = chunk.slice(1);
        }
        let match = false;
        let nrange = 0;
        for (;;) {
          if (chunk.length > 0 && chunk[0] === ']' && nrange > 0) {
            chunk = chunk.slice(1);
            break;
          }
          let lo: number;
          [lo, chunk] = getEsc(chunk);
          let hi = lo;
          if (chunk[0] === '-') [hi, chunk] = getEsc(chunk.slice(1));
          if (lo <= r && r <= hi) match = true;
          nrange++;
        }
        if (match === negated) failed = true;
        break;
      }
      case '?':
        if (!failed) {
          if (s[0] === '/') failed = true;
          const c = s.codePointAt(0)!;
          s = s.slice(c > 0xffff ? 2 : 1);
        }
        chunk = chunk.slice(1);
        break;
      case '\\':
        chunk = chunk.slice(1);
        if (chunk.length === 0) throw new BadPatternError();
      // fallthrough
      default:
        if (!failed) {
          if (chunk[0] !== s[0]) failed = true;
          s = s.slice(1);
        }
        chunk = chunk.slice(1);
    }
  }
  return failed ? ['', false] : [s, true];
}

function getEsc(chunk: string): [number, string] {
  if (chunk.length === 0 || chunk[0] === '-' || chunk[0] === ']') throw new BadPatternError();
  if (chunk[0] === '\\') {
    chunk = chunk.slice(1);
    if (chunk.length === 0) throw new BadPatternError();
  }
  const r = chunk.codePointAt(0)!;
  const n = chunk.slice(r > 0xffff ? 2 : 1);
  if (n.length === 0) throw new BadPatternError();
  return [r, n];
}
