import { describe, expect, it } from 'vitest';
import { diffLines, hunks } from './line-diff';

function apply(lines: ReturnType<typeof diffLines>) {
  return {
    a: lines.filter((l) => l.op !== '+').map((l) => l.text).join('\n'),
    b: lines.filter((l) => l.op !== '-').map((l) => l.text).join('\n'),
  };
}

describe('diffLines', () => {
  const cases: { name: string; a: string; b: string; changes: number }[] = [
    { name: 'equal', a: 'a\nb\nc', b: 'a\nb\nc', changes: 0 },
    { name: 'one changed', a: 'a\nb\nc', b: 'a\nB\nc', changes: 2 },
    { name: 'insert', a: 'a\nc', b: 'a\nb\nc', changes: 1 },
    { name: 'delete', a: 'a\nb\nc', b: 'a\nc', changes: 1 },
    { name: 'from empty', a: '', b: 'x\ny', changes: 3 },
    { name: 'replicas', a: 'spec:\n  replicas: 1\n  x: 2', b: 'spec:\n  replicas: 3\n  x: 2', changes: 2 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const d = diffLines(c.a, c.b);
      expect(apply(d)).toEqual({ a: c.a, b: c.b });
      expect(d.filter((l) => l.op !== ' ').length).toBe(c.changes);
    });
  }
  it('hunks keep context and separate distant changes', () => {
    const a = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n');
    const b = a.replace('l1\n', 'L1\n').replace('l18', 'L18');
    const h = hunks(diffLines(a, b), 1);
    expect(h.map((l) => l.op + l.text)).toEqual([' l0', '-l1', '+L1', ' l2', ' @@', ' l17', '-l18', '+L18', ' l19']);
  });
});
