// A line diff (Myers' O(ND) algorithm) for "what values-local.yaml changes" and "what
// helm upgrade would change" views. Output is unified-diff-like hunks.

export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

export function diffLines(a: string, b: string): DiffLine[] {
  const A = a.split('\n');
  const B = b.split('\n');
  const n = A.length, m = B.length, max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) { x++; y++; }
      v[max + k] = x;
      if (x >= n && y >= m) { found = true; break; }
    }
  }
  // Walk the trace back from the end to recover the edit script.
  const out: DiffLine[] = [];
  let x = n, y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[max + k - 1] < vd[max + k + 1]) ? k + 1 : k - 1;
    const prevX = vd[max + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) { out.push({ op: ' ', text: A[--x] }); y--; }
    if (d > 0) {
      if (x === prevX) out.push({ op: '+', text: B[--y] });
      else out.push({ op: '-', text: A[--x] });
    }
  }
  return out.reverse();
}

/** Only changed lines with `context` lines around them; "@@" separators between hunks. */
export function hunks(lines: DiffLine[], context = 3): DiffLine[] {
  const keep = new Array(lines.length).fill(false);
  lines.forEach((l, i) => {
    if (l.op !== ' ') for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) keep[j] = true;
  });
  const out: DiffLine[] = [];
  let gap = false;
  lines.forEach((l, i) => {
    if (keep[i]) {
      if (gap && out.length) out.push({ op: ' ', text: '@@' });
      gap = false;
      out.push(l);
    } else gap = true;
  });
  return out;
}
