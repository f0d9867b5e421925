// Deep include chains without a deep JavaScript stack.
//
// Helm lets a template include itself up to 1000 times deep before it fails with
// "rendering template has a nested reference name" (Go's stack grows as needed). Each
// nesting costs the executor about a dozen JavaScript frames, and a JavaScript stack
// (V8's 984 KB, a browser worker's too) holds only some 600 of them. So past
// SEGMENT_DEPTH nested includes the chain is cut: the include at the cut throws an
// Unwind carrying its name, data and Helm's include counts; the outermost execution
// catches it, computes that include on a fresh stack (the same way, cutting again if it
// goes deeper still), remembers the result — output or Go error — and executes again from
// the start, this time finding the result at the cut.
//
// Executing again is exact only when the first pass changed nothing and drew nothing at
// random: the executor marks the budget impure when a function that writes into a map
// (set, unset, merge…) or a nondeterministic one ran. An impure execution is not cut (it
// nests on the stack as far as the stack goes); one that turns impure after a cut ends as
// a too-deep recursion did before cuts: with the stack's error.
import { ExecAbort, TemplateError, isStackOverflow } from '../gotemplate/errors';
import type { Budget } from '../gotemplate/limits';
import { type GoValue, GoFuncValue, GoStruct, Int64, goTypeName, isMap, sortedKeys } from '../gotemplate/value';

/** Nested includes executed on the JavaScript stack before the chain is cut. */
export const SEGMENT_DEPTH = 150;

// Cut includes computed for one outermost execution at most. Helm's limit (1000 per
// name) needs 7 per name; a cut whose key is new on every pass (data holding a map made
// afresh, such as .Files.Glob's) would go on until the time limit. Past it, the (pure)
// execution runs once more without cuts, as deep as the stack goes.
const MAX_SOLVED = 50;

class GiveUp extends ExecAbort {}

// An include result computed apart: its output, or the error it failed with.
type Outcome = { out: string } | { err: unknown };

class Unwind extends ExecAbort {
  constructor(
    readonly key: string,
    readonly tmplName: string,
    readonly data: GoValue,
    readonly counts: Map<string, number>,
  ) {
    super('include chain cut for a fresh stack');
  }
}

/** What one render's include functions share to cut deep chains. */
export class IncludeSegments {
  /** includes of the main template set now executing on the JavaScript stack */
  depth = 0;
  // the budget of the outermost execution under way (run), and its cuts computed so far
  private budget: Budget | null = null;
  private solved = 0;
  private uncut = false;
  private readonly memo = new Map<string, Outcome>();
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;

  constructor(
    private readonly execute: (name: string, data: GoValue, budget: Budget) => string,
    private readonly counts: Map<string, number>,
  ) {}

  /** Whether an include this deep is cut rather than executed on the stack. */
  shouldCut(): boolean {
    return this.depth >= SEGMENT_DEPTH && this.budget !== null && !this.budget.impure && !this.uncut;
  }

  /**
   * An include too deep for the stack (the caller has counted it in `counts`): its
   * result when computed already, else an Unwind to the outermost execution.
   */
  cut(name: string, data: GoValue): string {
    const key = this.keyOf(name, data);
    const o = key === null ? undefined : this.memo.get(key);
    if (o !== undefined) {
      if ('err' in o) throw o.err;
      return o.out;
    }
    if (key === null) throw new GiveUp('data too big to key');
    throw new Unwind(key, name, data, new Map(this.counts));
  }

  /** Runs one outermost execution, computing every cut include it meets. */
  run(budget: Budget, exec: () => string): string {
    this.budget = budget;
    this.solved = 0;
    this.uncut = false;
    try {
      for (;;) {
        let u: Unwind;
        try {
          return exec();
        } catch (e) {
          if (e instanceof GiveUp) {
            this.uncut = true;
            continue;
          }
          if (!(e instanceof Unwind)) throw e;
          u = e;
        }
        if (budget.impure) throw stackExhausted(u.tmplName);
        try {
          this.solve(u, budget);
        } catch (e) {
          if (!(e instanceof GiveUp)) throw e;
          this.uncut = true;
          continue;
        }
        if (budget.impure) throw stackExhausted(u.tmplName);
      }
    } finally {
      this.budget = null;
    }
  }

  // Computes a cut include on a fresh stack with Helm's counts as they were at the cut.
  private solve(u: Unwind, budget: Budget): void {
    if (++this.solved > MAX_SOLVED) throw budget.impure ? stackExhausted(u.tmplName) : new GiveUp('too many cuts');
    const saved = new Map(this.counts);
    const savedDepth = this.depth;
    this.counts.clear();
    for (const [k, v] of u.counts) this.counts.set(k, v);
    try {
      for (;;) {
        this.depth = 0;
        try {
          this.memo.set(u.key, { out: this.execute(u.tmplName, u.data, budget) });
          return;
        } catch (e) {
          if (e instanceof GiveUp) throw e;
          if (e instanceof Unwind) {
            if (budget.impure) throw stackExhausted(e.tmplName);
            this.solve(e, budget);
            continue;
          }
          // Limits and the stack end the render; a Go error is the include's result.
          if ((e instanceof TemplateError && e.kind === 'limit') || e instanceof ExecAbort || isStackOverflow(e)) throw e;
          this.memo.set(u.key, { err: e });
          return;
        }
      }
    } finally {
      this.counts.clear();
      for (const [k, v] of saved) this.counts.set(k, v);
      this.depth = savedDepth;
    }
  }

  // The memo key of an include: its name, Helm's counts and its data. Values made during
  // the execution (dict, list, numbers) are new objects each time, so they are keyed by
  // their content; structs, functions and named maps (`.`, .Values, .Files) live across
  // executions and are keyed by identity. null: too big or cyclic to key.
  private keyOf(name: string, data: GoValue): string | null {
    const counts = [...this.counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k}=${v}`);
    const parts: string[] = [];
    let size = 0;
    const seen = new Set<object>();
    const walk = (v: GoValue): boolean => {
      if (++size > 100_000) return false;
      if (v === null || v === undefined) return parts.push('n') > 0;
      switch (typeof v) {
        case 'boolean':
          return parts.push(v ? 't' : 'f') > 0;
        case 'string':
          return parts.push('s' + JSON.stringify(v)) > 0;
        case 'bigint':
          return parts.push('i' + v) > 0;
        case 'number':
          return parts.push('d' + (Object.is(v, -0) ? '-0' : String(v))) > 0;
      }
      if (v instanceof Int64) return parts.push('I' + v.v) > 0;
      if (v instanceof Uint8Array) return parts.push('b' + Array.from(v).join(',')) > 0;
      const t = goTypeName(v);
      if (v instanceof GoStruct || v instanceof GoFuncValue || !(t.startsWith('[]') || t.startsWith('map['))) {
        return parts.push('#' + this.idOf(v)) > 0;
      }
      if (seen.has(v)) return false;
      seen.add(v);
      parts.push(t + '{');
      if (Array.isArray(v)) {
        for (const x of v) if (!walk(x)) return false;
      } else if (isMap(v)) {
        for (const k of sortedKeys(v)) {
          parts.push(JSON.stringify(k));
          if (!walk(v[k])) return false;
        }
      }
      seen.delete(v);
      return parts.push('}') > 0;
    };
    if (!walk(data)) return null;
    return `${name}\0${counts.join(',')}\0${parts.join(' ')}`;
  }

  private idOf(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(o, id);
    }
    return id;
  }
}

// What a too-deep recursion gave before chains were cut: the stack's error.
function stackExhausted(name: string): TemplateError {
  return new TemplateError({
    kind: 'limit',
    template: name,
    executing: name,
    message: 'exceeded maximum template depth (the JavaScript call stack is exhausted)',
  });
}
