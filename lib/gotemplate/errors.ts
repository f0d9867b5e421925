// The one error type the template engine throws across its public boundary. It keeps
// Go's exact text (toString) and the structured parts, so callers never re-parse text.
import { FuncError } from './value';
import { quote } from './strconv';

export type TemplateErrorKind = 'parse' | 'exec' | 'limit';

export interface TemplateErrorInit {
  kind: TemplateErrorKind;
  /** location name: the name the text was parsed under (Go's Tree.ParseName), the file */
  template: string;
  /** the template being executed (Go's `executing "NAME"`); '' for parse errors */
  executing?: string;
  line?: number;
  col?: number;
  context?: string;
  message: string;
  /** Go's whole error text; computed from the parts when absent */
  text?: string;
  cause?: unknown;
}

export class TemplateError extends Error {
  kind: TemplateErrorKind;
  /** Go's Tree.ParseName of the failing node: the file (or parse name) it was written in. */
  template: string;
  /** The template Go was executing (the `define` name inside a file); '' for parse errors. */
  executing: string;
  /** 1-based line; 0 when Go's text has no location. */
  line: number;
  /** Go's 0-based byte column in the line (exec errors); -1 when Go prints none. */
  col: number;
  /** The `<…>` part of exec errors: the failing node printed back as source. */
  context: string;
  /** The bare message, without Go's "template: NAME:LINE:COL: executing … at <…>: " prefix. */
  declare message: string;
  /**
   * The error this one wraps (Go's %w), if any: for "error calling NAME: …" the function's
   * own error — a TemplateError of a nested execution (include), or any Error a function
   * threw (a FuncError, which may carry a further cause).
   */
  declare cause?: unknown;
  private readonly text: string;

  constructor(init: TemplateErrorInit) {
    super(init.message);
    this.name = 'TemplateError';
    this.kind = init.kind;
    this.template = init.template;
    this.executing = init.executing ?? '';
    this.line = init.line ?? 0;
    this.col = init.col ?? -1;
    this.context = init.context ?? '';
    if (init.cause !== undefined) this.cause = init.cause;
    this.text = init.text ?? formatGoError(this);
  }

  /** Go's exact error text. */
  override toString(): string {
    return this.text;
  }

  /** The innermost TemplateError along the chain of causes (this one when there is none). */
  get innermost(): TemplateError {
    let found: TemplateError = this;
    for (let c = this.cause; c instanceof Error; c = c.cause) if (c instanceof TemplateError) found = c;
    return found;
  }

  toJSON(): Record<string, unknown> {
    return {
      kind: this.kind,
      template: this.template,
      executing: this.executing,
      line: this.line,
      col: this.col,
      context: this.context,
      message: this.message,
      text: this.text,
      cause: causeJSON(this.cause),
    };
  }
}

/**
 * Go's error for ExecuteTemplate of a name the set does not hold: a plain error, not an
 * ExecError ("template: no template %q associated with template %q"), so it has no
 * location and Helm reads it differently.
 */
export class NoTemplateError extends TemplateError {
  constructor(
    /** the name asked for */
    readonly templateName: string,
    /** the set's root template name (Helm's "gotpl") */
    readonly setName: string,
  ) {
    const message = `no template ${quote(templateName)} associated with template ${quote(setName)}`;
    super({ kind: 'exec', template: templateName, executing: templateName, message, text: `template: ${message}` });
  }
}

function causeJSON(c: unknown): unknown {
  if (c instanceof TemplateError) return c.toJSON();
  if (c instanceof Error) return { name: c.name, message: c.message, cause: causeJSON(c.cause) };
  return undefined;
}

function formatGoError(e: TemplateError): string {
  if (e.kind === 'parse') return `template: ${e.template}:${e.line}: ${e.message}`;
  if (e.line === 0) return `template: ${e.executing || e.template}: ${e.message}`;
  return `template: ${e.template}:${e.line}:${e.col}: executing ${quote(e.executing)} at <${e.context}>: ${e.message}`;
}

/** The text a caught error contributes to "error calling NAME: …" (Go's %w of the error). */
export function errorText(e: unknown): string {
  if (e instanceof TemplateError) return e.toString();
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * Not a Go error: control flow of the program embedding the executor (Helm's engine
 * unwinding a deep include chain, engine.ts). It crosses every executor frame untouched:
 * no "error calling NAME" wrapping, no location.
 */
export class ExecAbort extends Error {}

/**
 * Whether an error is the JavaScript engine running out of stack (V8: "Maximum call
 * stack size exceeded", also inside a SyntaxError when a regex overflowed; Firefox:
 * InternalError "too much recursion"). The check itself must need no stack to speak of.
 */
export function isStackOverflow(e: unknown): boolean {
  if (!(e instanceof Error) || e instanceof FuncError || e instanceof TemplateError) return false;
  const m = e.message;
  return m.indexOf('Maximum call stack size exceeded') !== -1 || (e.name === 'InternalError' && m.indexOf('too much recursion') !== -1);
}
