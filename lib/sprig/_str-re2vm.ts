// Go's NFA matcher (regexp/exec.go, the "Pike VM"): all threads advance one rune at a
// time in priority order, a thread reaching an instruction another thread already holds
// at this position is dropped, and a match cuts off every lower-priority thread. That
// gives Go's leftmost-first results — including what groups inside loops hold and how a
// loop whose body can match the empty string stops — in time linear in the input.
//
// Positions are UTF-16 indexes into the JS string; a rune is a code point (a lone
// surrogate reads as U+FFFD, as Go reads the bytes TextEncoder would produce).
import {
  EmptyBeginLine,
  EmptyBeginText,
  EmptyEndLine,
  EmptyEndText,
  EmptyNoWordBoundary,
  EmptyWordBoundary,
  type Inst,
  InstOp,
  type Prog,
} from './_str-re2prog';

const END_OF_TEXT = -1;

function isWordChar(r: number): boolean {
  return (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) || r === 0x5f;
}

/** syntax.EmptyOpContext: the zero-width assertions that hold between runes r1 and r2. */
function emptyOpContext(r1: number, r2: number): number {
  let op = EmptyNoWordBoundary;
  let boundary = 0;
  if (isWordChar(r1)) boundary = 1;
  else if (r1 === 0x0a) op |= EmptyBeginLine;
  else if (r1 < 0) op |= EmptyBeginText | EmptyBeginLine;
  if (isWordChar(r2)) boundary ^= 1;
  else if (r2 === 0x0a) op |= EmptyEndLine;
  else if (r2 < 0) op |= EmptyEndText | EmptyEndLine;
  if (boundary !== 0) op ^= EmptyWordBoundary | EmptyNoWordBoundary;
  return op;
}

/** The rune at pos (END_OF_TEXT at the end); its width is runeWidth(r). */
function runeAt(s: string, pos: number): number {
  if (pos >= s.length) return END_OF_TEXT;
  const c = s.charCodeAt(pos);
  if (c < 0xd800 || c > 0xdfff) return c;
  if (c <= 0xdbff && pos + 1 < s.length) {
    const d = s.charCodeAt(pos + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return LONE_SURROGATE;
}

// A lone surrogate reads as U+FFFD but is one UTF-16 unit wide; this stand-in keeps
// the two apart until a rune is handed to an instruction.
const LONE_SURROGATE = -2;

function runeWidth(r: number): number {
  return r === END_OF_TEXT ? 0 : r > 0xffff ? 2 : 1;
}

function runeValue(r: number): number {
  return r === LONE_SURROGATE ? 0xfffd : r;
}

/** The rune ending at pos (for the context of a search that starts mid-string). */
function runeBefore(s: string, pos: number): number {
  if (pos <= 0) return END_OF_TEXT;
  const d = s.charCodeAt(pos - 1);
  if (d < 0xd800 || d > 0xdfff) return d;
  if (d >= 0xdc00 && pos >= 2) {
    const c = s.charCodeAt(pos - 2);
    if (c >= 0xd800 && c <= 0xdbff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return 0xfffd;
}

interface Thread {
  inst: Inst;
  cap: number[];
}

/** A sparse set of instructions in priority order, each with the thread that holds it. */
class Queue {
  sparse: Uint32Array;
  densePc: number[] = [];
  denseT: (Thread | null)[] = [];

  constructor(n: number) {
    this.sparse = new Uint32Array(n);
  }

  has(pc: number): boolean {
    const j = this.sparse[pc];
    return j < this.densePc.length && this.densePc[j] === pc;
  }

  clear(): void {
    this.densePc.length = 0;
    this.denseT.length = 0;
  }
}

export class Machine {
  private q0: Queue;
  private q1: Queue;
  private matched = false;
  private matchcap: number[];
  private readonly startCap: number[];
  private readonly hasEmptyWidth: boolean;
  /** finished threads, reused so that stepping allocates nothing */
  private readonly pool: Thread[] = [];

  constructor(private readonly p: Prog) {
    this.q0 = new Queue(p.inst.length);
    this.q1 = new Queue(p.inst.length);
    this.matchcap = new Array(p.numCap).fill(-1);
    this.startCap = new Array(p.numCap).fill(-1);
    this.hasEmptyWidth = p.inst.some((i) => i.op === InstOp.EmptyWidth);
  }

  /**
   * The leftmost-first match starting the search at pos: the capture positions
   * [start0, end0, start1, end1, …] (-1 for groups that did not take part), or null.
   */
  match(s: string, pos: number): number[] | null {
    this.matched = false;
    this.matchcap.fill(-1);
    let runq = this.q0;
    let nextq = this.q1;
    let r = runeAt(s, pos);
    let width = runeWidth(r);
    let r1 = r !== END_OF_TEXT ? runeAt(s, pos + width) : END_OF_TEXT;
    // the zero-width context only matters to programs with zero-width assertions
    const ctx = this.hasEmptyWidth;
    let flag = ctx ? emptyOpContext(pos === 0 ? END_OF_TEXT : runeBefore(s, pos), runeValue(r)) : 0;
    const start = this.startCap;
    for (;;) {
      if (runq.densePc.length === 0 && this.matched) break; // finished exploring alternatives
      if (!this.matched) {
        start.fill(-1);
        start[0] = pos;
        this.add(runq, this.p.start, pos, start, flag);
      }
      if (ctx) flag = emptyOpContext(runeValue(r), runeValue(r1));
      this.step(runq, nextq, pos, pos + width, runeValue(r), flag);
      if (width === 0) break;
      pos += width;
      r = r1;
      width = runeWidth(r);
      if (r !== END_OF_TEXT) r1 = runeAt(s, pos + width);
      const q = runq;
      runq = nextq;
      nextq = q;
    }
    this.release(runq);
    this.release(nextq);
    return this.matched ? this.matchcap.slice() : null;
  }

  private release(q: Queue): void {
    for (const t of q.denseT) if (t) this.pool.push(t);
    q.clear();
  }

  private step(runq: Queue, nextq: Queue, pos: number, nextPos: number, c: number, nextCond: number): void {
    const n = runq.densePc.length;
    for (let j = 0; j < n; j++) {
      const t = runq.denseT[j];
      if (t === null) continue;
      const i = t.inst;
      if (i.op === InstOp.Match) {
        t.cap[1] = pos;
        for (let k = 0; k < t.cap.length; k++) this.matchcap[k] = t.cap[k];
        this.matched = true;
        // first-match mode: cut off all lower-priority threads
        this.pool.push(t);
        for (let k = j + 1; k < n; k++) {
          const u = runq.denseT[k];
          if (u) this.pool.push(u);
        }
        break;
      }
      if (c !== END_OF_TEXT && i.match!(c)) this.add(nextq, i.out, nextPos, t.cap, nextCond);
      this.pool.push(t);
    }
    runq.clear();
  }

  /** add: follows empty-width instructions from pc, queueing the threads that consume a rune. */
  private add(q: Queue, pc: number, pos: number, cap: number[], cond: number): void {
    for (;;) {
      if (pc === 0 || q.has(pc)) return;
      const j = q.densePc.length;
      q.densePc.push(pc);
      q.denseT.push(null);
      q.sparse[pc] = j;
      const i = this.p.inst[pc];
      switch (i.op) {
        case InstOp.Fail:
          return;
        case InstOp.Alt:
          this.add(q, i.out, pos, cap, cond);
          pc = i.arg;
          continue;
        case InstOp.EmptyWidth:
          if ((i.arg & ~cond) === 0) {
            pc = i.out;
            continue;
          }
          return;
        case InstOp.Nop:
          pc = i.out;
          continue;
        case InstOp.Capture: {
          if (i.arg < cap.length) {
            const opos = cap[i.arg];
            cap[i.arg] = pos;
            this.add(q, i.out, pos, cap, cond);
            cap[i.arg] = opos;
            return;
          }
          pc = i.out;
          continue;
        }
        case InstOp.Match:
        case InstOp.Rune: {
          const t = this.pool.pop() ?? { inst: i, cap: new Array<number>(cap.length) };
          t.inst = i;
          for (let k = 0; k < cap.length; k++) t.cap[k] = cap[k];
          q.denseT[j] = t;
          return;
        }
      }
    }
  }
}
