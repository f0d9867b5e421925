// Resource limits for one (possibly nested) execution. Go has only maxExecDepth; the
// browser needs more, because a runaway range or include would freeze the page.
export interface Limits {
  /** walk and command evaluations, summed over nested executions */
  maxSteps: number;
  /** output size in UTF-16 code units (bytes for ASCII), summed over nested executions */
  maxOutputBytes: number;
  /** wall time of the outermost execution */
  maxMillis: number;
  /** nesting of {{template}} calls and nested executions (Go's maxExecDepth) */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxSteps: 20_000_000,
  maxOutputBytes: 20 * 1024 * 1024,
  maxMillis: 5_000,
  maxDepth: 100_000,
};

/** Date.now() is read once per this many steps. */
export const CLOCK_EVERY = 1024;

/** The shared budget of one outermost execute() and everything it runs. */
export class Budget {
  steps = 0;
  output = 0;
  depth = 0;
  /**
   * whether a function with side effects (one that writes into a map, or one that
   * gives a different result each call) has run: such an execution cannot be run a
   * second time to the same effect
   */
  impure = false;
  readonly deadline: number;
  constructor(readonly limits: Limits) {
    this.deadline = Date.now() + limits.maxMillis;
  }
}

export function resolveLimits(l?: Partial<Limits>): Limits {
  return { ...DEFAULT_LIMITS, ...(l ?? {}) };
}
