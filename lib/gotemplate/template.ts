// Go's text/template/template.go for one shared set of templates, as Helm uses it: each
// file is parsed into the set (New(name).Parse(text)), defines become templates of
// their own, and any template can be executed by name. Executions are re-entrant:
// a function (Helm's include, tpl) may execute again during an execution, and nested
// executions share one budget so that runaway recursion stops with a clear error.
import type { FuncMap, GoValue } from './value';
import { type ExecEnv, type MissingKey, Output, State } from './exec';
import { type Tree, isEmptyTree, parseTrees } from './parse';
import { NoTemplateError, TemplateError, isStackOverflow } from './errors';
import { Budget, type Limits, resolveLimits } from './limits';
import { builtins } from './builtins';

const hasOwn = Object.prototype.hasOwnProperty;

// The budget of the outermost execution in progress; nested executions join it.
let activeBudget: Budget | null = null;

// Parse trees are immutable once built, so a text parsed again under the same name (the
// wizard re-renders unchanged templates on every keystroke) reuses its trees. A parse
// depends on the function map only through the questions it asked ("is X defined?",
// including break/continue), so a hit requires the same answers from the current map.
interface CacheEntry {
  answers: Map<string, boolean>;
  trees: Map<string, Tree>;
}
// Keyed by name, then by text: the same text string is looked up render after render,
// and V8 keeps a string's hash, so no long key is built and hashed each time. A name
// keeps its few most recent texts (an edited file leaves stale texts behind; tpl parses
// several texts under one name).
const parseCache = new Map<string, Map<string, CacheEntry>>();
let parseCacheSize = 0;
const PARSE_CACHE_PER_NAME = 16;
const PARSE_CACHE_MAX = 2048;

/** Empties the parse cache (tests; memory pressure). */
export function clearParseCache(): void {
  parseCache.clear();
  parseCacheSize = 0;
}

function cachedParse(name: string, text: string, hasFunction: (fn: string) => boolean): Map<string, Tree> {
  const hit = parseCache.get(name)?.get(text);
  if (hit !== undefined) {
    let same = true;
    for (const [fn, answer] of hit.answers) {
      if (hasFunction(fn) !== answer) {
        same = false;
        break;
      }
    }
    if (same) return hit.trees;
  }
  const answers = new Map<string, boolean>();
  const trees = parseTrees(name, text, (fn) => {
    const a = hasFunction(fn);
    answers.set(fn, a);
    return a;
  });
  if (parseCacheSize >= PARSE_CACHE_MAX) clearParseCache();
  let byText = parseCache.get(name);
  if (byText === undefined) {
    byText = new Map();
    parseCache.set(name, byText);
  }
  if (byText.delete(text)) parseCacheSize--;
  byText.set(text, { answers, trees });
  parseCacheSize++;
  if (byText.size > PARSE_CACHE_PER_NAME) {
    byText.delete(byText.keys().next().value!);
    parseCacheSize--;
  }
  return trees;
}

export class TemplateSet implements ExecEnv {
  /** Template funcs; they override builtins of the same name. Mutable: Helm adds include/tpl later. */
  funcs: FuncMap;
  /**
   * Funcs consulted after `funcs` (before the builtins), shared and never modified here:
   * a large function map built once serves many sets and their clones without a copy.
   */
  readonly baseFuncs?: FuncMap;
  readonly limits: Limits;
  /** Go's Option("missingkey=…"); Helm sets "zero" (and "error" for --strict lint). */
  missingKey: MissingKey = 'zero';
  /** The name of the set's root template, as "associated with template %q" prints it (Helm: "gotpl"). */
  name = 'gotpl';
  private tmpl: Map<string, Tree>;

  constructor(funcs: FuncMap, limits?: Partial<Limits>, baseFuncs?: FuncMap) {
    this.funcs = funcs;
    this.limits = resolveLimits(limits);
    this.tmpl = new Map();
    if (baseFuncs !== undefined) this.baseFuncs = baseFuncs;
  }

  /** Whether a function by that name is defined: own funcs, base funcs, builtins. */
  hasFunction(fn: string): boolean {
    const funcs = this.funcs;
    if (hasOwn.call(funcs, fn) && funcs[fn] !== undefined) return true;
    const base = this.baseFuncs;
    if (base !== undefined && hasOwn.call(base, fn) && base[fn] !== undefined) return true;
    return builtins[fn] !== undefined;
  }

  /**
   * Like template.New(name).Funcs(funcs).Parse(text) within this set: the text's
   * top-level template and its defines are added. A later non-empty definition replaces
   * an earlier one; an empty one (only space and comments) does not. Throws a
   * TemplateError of kind 'parse'.
   */
  parse(name: string, text: string): void {
    const trees = cachedParse(name, text, (fn) => this.hasFunction(fn));
    for (const [n, tree] of trees) this.addParseTree(n, tree);
  }

  // AddParseTree + associate: a template by that name is not replaced by an empty one.
  private addParseTree(name: string, tree: Tree): void {
    const old = this.tmpl.get(name);
    if (old !== undefined && isEmptyTree(tree.root)) return;
    this.tmpl.set(name, tree);
  }

  has(name: string): boolean {
    return this.tmpl.has(name);
  }

  /** Template names, sorted. */
  names(): string[] {
    return [...this.tmpl.keys()].sort();
  }

  /** The parse tree of a template (for tools; trees are shared, do not modify). */
  lookup(name: string): Tree | undefined {
    return this.tmpl.get(name);
  }

  /** A copy that shares the parse trees; parsing into it leaves this set unchanged. */
  clone(): TemplateSet {
    const c = new TemplateSet(Object.assign(Object.create(null), this.funcs), this.limits, this.baseFuncs);
    c.missingKey = this.missingKey;
    c.name = this.name;
    c.tmpl = new Map(this.tmpl);
    return c;
  }

  /**
   * Executes the named template on data and returns the output (Go's ExecuteTemplate).
   * Throws a TemplateError ('exec' or 'limit'). Re-entrant: a nested call made by a
   * function during an execution shares the outer execution's budget and depth; an
   * outermost one gets a new budget, or continues `budget0` when given.
   */
  execute(name: string, data: GoValue, budget0?: Budget): string {
    const tree = this.tmpl.get(name);
    if (tree === undefined) {
      throw new NoTemplateError(name, this.name);
    }
    const outer = activeBudget;
    const budget = outer ?? budget0 ?? new Budget(this.limits);
    if (outer !== null && budget.depth >= budget.limits.maxDepth) {
      throw new TemplateError({
        kind: 'limit',
        template: name,
        executing: name,
        message: `exceeded maximum template depth (${budget.limits.maxDepth})`,
      });
    }
    activeBudget = budget;
    // A nested execution (include inside a template) is one level deeper.
    if (outer !== null) budget.depth++;
    const out = new Output();
    const state = new State(this as ExecEnv, name, tree, out, budget);
    try {
      state.run(data);
    } catch (e) {
      if (isStackOverflow(e)) {
        throw new TemplateError({
          kind: 'limit',
          template: tree.parseName,
          executing: name,
          message: 'exceeded maximum template depth (the JavaScript call stack is exhausted)',
        });
      }
      throw e;
    } finally {
      if (outer !== null) budget.depth--;
      activeBudget = outer;
    }
    return out.s;
  }
}
