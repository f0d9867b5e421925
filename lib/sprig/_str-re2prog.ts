// Go's regexp/syntax Simplify and Compile: the syntax tree becomes the instruction
// program Go's matchers run. The program's shape decides which of several equally long
// matches wins and what the groups hold, so it is built exactly as Go builds it — down to
// compiling x* as (x+)? when x can match the empty string (golang.org/issue/46123).
import { classMatcher } from './_str-re2class';
import { type Node, literalOrbit } from './_str-re2parse';

export const enum InstOp {
  Alt,
  Capture,
  EmptyWidth,
  Match,
  Rune,
  Nop,
  Fail,
}

// EmptyOp bits (syntax.EmptyOp)
export const EmptyBeginLine = 1;
export const EmptyEndLine = 2;
export const EmptyBeginText = 4;
export const EmptyEndText = 8;
export const EmptyWordBoundary = 16;
export const EmptyNoWordBoundary = 32;

export interface Inst {
  op: InstOp;
  out: number;
  arg: number;
  /** for Rune: does the instruction accept this rune */
  match: ((r: number) => boolean) | null;
}

export interface Prog {
  inst: Inst[];
  start: number;
  numCap: number;
}

// ---------------------------------------------------------------------------------
// Simplify: counted repetitions become copies, x** becomes x*, (?:)* becomes (?:).

type Unary = 'star' | 'plus' | 'quest';

function simplify1(op: Unary, greedy: boolean, sub: Node, re: Node | null): Node {
  if (sub.op === 'empty') return sub;
  // the operators are idempotent when the greediness matches
  if (sub.op === op && sub.greedy === greedy) return sub;
  if (re && re.op === op && re.greedy === greedy && re.sub === sub) return re;
  return { op, sub, greedy };
}

export function simplify(re: Node): Node {
  switch (re.op) {
    case 'capture': {
      const sub = simplify(re.sub);
      return sub === re.sub ? re : { ...re, sub };
    }
    case 'concat':
    case 'alternate': {
      const subs = re.subs.map(simplify);
      return subs.every((s, i) => s === re.subs[i]) ? re : { ...re, subs };
    }
    case 'star':
    case 'plus':
    case 'quest':
      return simplify1(re.op, re.greedy, simplify(re.sub), re);
    case 'repeat': {
      if (re.min === 0 && re.max === 0) return { op: 'empty' };
      const sub = simplify(re.sub);
      if (re.max === -1) {
        if (re.min === 0) return simplify1('star', re.greedy, sub, null);
        if (re.min === 1) return simplify1('plus', re.greedy, sub, null);
        // x{4,} is xxxx+
        const subs: Node[] = [];
        for (let i = 0; i < re.min - 1; i++) subs.push(sub);
        subs.push(simplify1('plus', re.greedy, sub, null));
        return { op: 'concat', subs };
      }
      if (re.min === 1 && re.max === 1) return sub;
      // x{2,5} is xx(x(x(x)?)?)?
      const prefix: Node[] = [];
      for (let i = 0; i < re.min; i++) prefix.push(sub);
      if (re.max > re.min) {
        let suffix = simplify1('quest', re.greedy, sub, null);
        for (let i = re.min + 1; i < re.max; i++) {
          suffix = simplify1('quest', re.greedy, { op: 'concat', subs: [sub, suffix] }, null);
        }
        if (prefix.length === 0) return suffix;
        prefix.push(suffix);
      }
      if (prefix.length > 0) return { op: 'concat', subs: prefix };
      return { op: 'alternate', subs: [] }; // impossible repeat: no match
    }
  }
  return re;
}

// ---------------------------------------------------------------------------------
// Compile

/** patch-list entry: (instruction index << 1) | (1 for arg, 0 for out) */
type PatchList = number[];

interface Frag {
  i: number; // first instruction; 0 means "fails"
  out: PatchList;
  nullable: boolean;
}

class Compiler {
  p: Prog = { inst: [], start: 0, numCap: 2 };

  constructor() {
    this.inst(InstOp.Fail);
  }

  inst(op: InstOp): Frag {
    const f: Frag = { i: this.p.inst.length, out: [], nullable: true };
    this.p.inst.push({ op, out: 0, arg: 0, match: null });
    return f;
  }

  patch(l: PatchList, val: number): void {
    for (const x of l) {
      const inst = this.p.inst[x >> 1];
      if (x & 1) inst.arg = val;
      else inst.out = val;
    }
  }

  nop(): Frag {
    const f = this.inst(InstOp.Nop);
    f.out = [f.i << 1];
    return f;
  }

  fail(): Frag {
    return { i: 0, out: [], nullable: false };
  }

  cap(arg: number): Frag {
    const f = this.inst(InstOp.Capture);
    f.out = [f.i << 1];
    this.p.inst[f.i].arg = arg;
    if (this.p.numCap < arg + 1) this.p.numCap = arg + 1;
    return f;
  }

  cat(f1: Frag, f2: Frag): Frag {
    if (f1.i === 0 || f2.i === 0) return this.fail();
    this.patch(f1.out, f2.i);
    return { i: f1.i, out: f2.out, nullable: f1.nullable && f2.nullable };
  }

  alt(f1: Frag, f2: Frag): Frag {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.inst(InstOp.Alt);
    const i = this.p.inst[f.i];
    i.out = f1.i;
    i.arg = f2.i;
    f.out = [...f1.out, ...f2.out];
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }

  quest(f1: Frag, nongreedy: boolean): Frag {
    const f = this.inst(InstOp.Alt);
    const i = this.p.inst[f.i];
    if (nongreedy) {
      i.arg = f1.i;
      f.out = [f.i << 1];
    } else {
      i.out = f1.i;
      f.out = [(f.i << 1) | 1];
    }
    f.out = [...f.out, ...f1.out];
    return f;
  }

  /** loop: the main loop of a plus or star. */
  loop(f1: Frag, nongreedy: boolean): Frag {
    const f = this.inst(InstOp.Alt);
    const i = this.p.inst[f.i];
    if (nongreedy) {
      i.arg = f1.i;
      f.out = [f.i << 1];
    } else {
      i.out = f1.i;
      f.out = [(f.i << 1) | 1];
    }
    this.patch(f1.out, f.i);
    return f;
  }

  star(f1: Frag, nongreedy: boolean): Frag {
    // When f1 can match the empty string, f1* is (f1+)? to keep the priority order right.
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }

  plus(f1: Frag, nongreedy: boolean): Frag {
    return { i: f1.i, out: this.loop(f1, nongreedy).out, nullable: f1.nullable };
  }

  empty(op: number): Frag {
    const f = this.inst(InstOp.EmptyWidth);
    this.p.inst[f.i].arg = op;
    f.out = [f.i << 1];
    return f;
  }

  rune(match: (r: number) => boolean): Frag {
    const f = this.inst(InstOp.Rune);
    f.nullable = false;
    this.p.inst[f.i].match = match;
    f.out = [f.i << 1];
    return f;
  }

  compile(re: Node): Frag {
    switch (re.op) {
      case 'empty':
        return this.nop();
      case 'lit': {
        const orbit = literalOrbit(re.r, re.fold);
        if (orbit.length === 1) return this.rune((r) => r === orbit[0]);
        return this.rune((r) => orbit.includes(r));
      }
      case 'class':
        return this.rune(classMatcher(re.cls));
      case 'anyCharNotNL':
        return this.rune((r) => r !== 0x0a);
      case 'anyChar':
        return this.rune(() => true);
      case 'beginLine':
        return this.empty(EmptyBeginLine);
      case 'endLine':
        return this.empty(EmptyEndLine);
      case 'beginText':
        return this.empty(EmptyBeginText);
      case 'endText':
        return this.empty(EmptyEndText);
      case 'wordBoundary':
        return this.empty(EmptyWordBoundary);
      case 'noWordBoundary':
        return this.empty(EmptyNoWordBoundary);
      case 'capture': {
        const bra = this.cap(re.cap << 1);
        const sub = this.compile(re.sub);
        const ket = this.cap((re.cap << 1) | 1);
        return this.cat(this.cat(bra, sub), ket);
      }
      case 'star':
        return this.star(this.compile(re.sub), !re.greedy);
      case 'plus':
        return this.plus(this.compile(re.sub), !re.greedy);
      case 'quest':
        return this.quest(this.compile(re.sub), !re.greedy);
      case 'concat': {
        if (re.subs.length === 0) return this.nop();
        let f = this.compile(re.subs[0]);
        for (let k = 1; k < re.subs.length; k++) f = this.cat(f, this.compile(re.subs[k]));
        return f;
      }
      case 'alternate': {
        let f = this.fail();
        for (const sub of re.subs) f = this.alt(f, this.compile(sub));
        return f;
      }
      case 'repeat':
        throw new Error('regexp: compile of unsimplified repeat');
    }
  }
}

/** syntax.Compile(re.Simplify()). */
export function compileProg(tree: Node): Prog {
  const c = new Compiler();
  const f = c.compile(simplify(tree));
  c.patch(f.out, c.inst(InstOp.Match).i);
  c.p.start = f.i;
  return c.p;
}
