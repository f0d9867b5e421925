// Helm's pkg/engine: collect the templates of a chart and its subcharts with the values
// each sees, parse them all into one set, execute the non-partial ones, and turn Go's
// errors into Helm's messages.
import { ExecAbort, NoTemplateError, TemplateError, errorText } from '../gotemplate/errors';
import { Budget } from '../gotemplate/limits';
import { quote } from '../gotemplate/strconv';
import { TemplateSet } from '../gotemplate/template';
import { namedMap } from '../gotemplate/types';
import { type FuncMap, type GoMap, type GoValue, FuncError, newMap } from '../gotemplate/value';
import type { Limits } from '../gotemplate/limits';
import { type Chart, chartFullPath, isLibrary, text } from './chart';
import { table } from './dependencies';
import { DEBUG_HINT, HelmError } from './errors';
import { makeFiles } from './files';
import { FailError, sharedHelmFuncMap } from './funcs';
import { metadataAsMap } from './metadata';
import { IncludeSegments } from './include-segments';

/** One template file with the values it executes on. */
export interface Renderable {
  tpl: string;
  /** the chart's top-level object (.Values, .Chart, …); shared by the chart's templates */
  vals: GoMap;
  basePath: string;
}

const RECURSION_MAX = 1000;

/** A common.Values map: Helm's named map type for `.`, .Values and .Template. */
export function values<T extends GoMap>(m: T): T {
  return namedMap(m, 'common.Values');
}

// recAllTpls: the chart's templates keyed by full path, and the chart's object as the
// parent's .Subcharts.NAME sees it.
function recAllTpls(c: Chart, templates: Map<string, Renderable>, vals: GoMap): GoMap {
  const subCharts = newMap();
  const chartMetaData = metadataAsMap(c);
  const next = values(newMap());
  next.Chart = chartMetaData;
  next.Files = makeFiles(new Map(c.files.map((f) => [f.name, f.data])));
  next.Release = vals.Release;
  next.Capabilities = vals.Capabilities;
  next.Values = values(newMap());
  next.Subcharts = subCharts;
  if (c.parent === null) {
    next.Values = vals.Values;
  } else {
    // A subchart sees its own section of the parent's values (none when it is no table).
    const vs = table(vals, 'Values.' + c.metadata.name);
    if (vs) next.Values = values(vs);
  }
  for (const child of c.dependencies) subCharts[child.metadata.name] = recAllTpls(child, templates, next);
  const parentID = chartFullPath(c);
  for (const t of c.templates) {
    if (!isTemplateValid(c, t.name)) continue;
    templates.set(parentID + '/' + t.name, { tpl: text(t), vals: next, basePath: parentID + '/templates' });
  }
  return next;
}

function isTemplateValid(c: Chart, name: string): boolean {
  if (isLibrary(c)) return baseName(name).startsWith('_');
  return true;
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** allTemplates(chart, top): every template of the tree with its values. */
export function allTemplates(c: Chart, top: GoMap): Map<string, Renderable> {
  const templates = new Map<string, Renderable>();
  recAllTpls(c, templates, top);
  return templates;
}

/**
 * sortTemplates: deepest paths first, then reverse path order. Parsing in this order
 * lets the shallowest (then alphabetically first) file's `define` win; executing in it
 * is what makes side effects on shared maps visible in Helm's order.
 */
export function sortTemplates(keys: Iterable<string>): string[] {
  const depth = (s: string) => s.split('/').length - 1;
  return [...keys].sort((a, b) => {
    const ca = depth(a);
    const cb = depth(b);
    if (ca !== cb) return cb - ca;
    return a < b ? 1 : a > b ? -1 : 0;
  });
}

// A Go error that wraps another with %w (tpl's "error during tpl function execution for
// %q: %w"); the executor keeps it, like any function error, as the cause of "error
// calling NAME: …", and Helm's error formatting walks on to the error it wraps.
class WrappedError extends FuncError {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

// segs: the main set's include cuts deep chains (include-segments.ts); include inside
// a tpl text runs on its clone and nests on the stack as it is.
function includeFun(t: TemplateSet, includedNames: Map<string, number>, segs: IncludeSegments | null = null) {
  return {
    params: ['string', 'any'] as const,
    fn: (name: string, data: GoValue): string => {
      const v = includedNames.get(name);
      if (v !== undefined) {
        if (v > RECURSION_MAX) {
          throw new WrappedError(`rendering template has a nested reference name: ${name}: unable to execute template`, undefined);
        }
        includedNames.set(name, v + 1);
      } else {
        includedNames.set(name, 1);
      }
      try {
        if (segs === null) return t.execute(name, data);
        if (segs.shouldCut()) return segs.cut(name, data);
        segs.depth++;
        try {
          return t.execute(name, data);
        } finally {
          segs.depth--;
        }
      } finally {
        includedNames.set(name, includedNames.get(name)! - 1);
      }
    },
  };
}

// tpl parses its text into a clone of the set as the clone's root ("gotpl"), so the
// text sees every define but its own defines stay local; include inside it closes over
// the clone.
function tplFun(parent: TemplateSet, includedNames: Map<string, number>) {
  return {
    params: ['string', 'any'] as const,
    fn: (tpl: string, vals: GoValue): string => {
      const t = parent.clone();
      t.funcs.include = includeFun(t, includedNames) as unknown as FuncMap[string];
      t.funcs.tpl = tplFun(t, includedNames) as unknown as FuncMap[string];
      try {
        t.parse(t.name, tpl);
      } catch (e) {
        if ((e instanceof TemplateError && e.kind === 'limit') || e instanceof ExecAbort) throw e;
        throw new WrappedError(`cannot parse template ${quote(tpl)}: ${errorText(e)}`, e);
      }
      let out: string;
      try {
        out = t.execute(t.name, vals);
      } catch (e) {
        if ((e instanceof TemplateError && e.kind === 'limit') || e instanceof ExecAbort) throw e;
        throw new WrappedError(`error during tpl function execution for ${quote(tpl)}: ${errorText(e)}`, e);
      }
      return out.replaceAll('<no value>', '');
    },
  };
}

export interface RenderOptions {
  limits?: Partial<Limits>;
  /** replaces the function map (tests, deterministic previews); include/tpl are added */
  funcs?: FuncMap;
}

/** Engine.render: rendered text of every non-partial template, by full path. */
export function renderTemplates(tpls: Map<string, Renderable>, opts: RenderOptions = {}): Map<string, string> {
  // Helm's (or the caller's) function map is shared, not copied; include and tpl close
  // over this render's set.
  const t = new TemplateSet(Object.create(null) as FuncMap, opts.limits, opts.funcs ?? sharedHelmFuncMap());
  const includedNames = new Map<string, number>();
  const segs = new IncludeSegments((name, data, budget) => t.execute(name, data, budget), includedNames);
  t.funcs.include = includeFun(t, includedNames, segs) as unknown as FuncMap[string];
  t.funcs.tpl = tplFun(t, includedNames) as unknown as FuncMap[string];
  const keys = sortTemplates(tpls.keys());
  for (const filename of keys) {
    try {
      t.parse(filename, tpls.get(filename)!.tpl);
    } catch (e) {
      throw cleanupParseError(filename, e);
    }
  }
  const rendered = new Map<string, string>();
  for (const filename of keys) {
    if (baseName(filename).startsWith('_')) continue;
    const r = tpls.get(filename)!;
    // The chart's object is shared by its templates; .Template is set for each in turn.
    const tv = values(newMap());
    tv.Name = filename;
    tv.BasePath = r.basePath;
    r.vals.Template = tv;
    let out: string;
    try {
      // one budget over the executions that deep include chains take (include-segments.ts)
      const budget = new Budget(t.limits);
      out = segs.run(budget, () => t.execute(filename, r.vals, budget));
    } catch (e) {
      throw reformatExecErrorMsg(filename, e);
    }
    rendered.set(filename, out.replaceAll('<no value>', ''));
  }
  return rendered;
}

// The deepest error with a location in a chart file (tpl texts are parsed as "gotpl").
function locatedError(e: unknown): TemplateError | null {
  let best: TemplateError | null = null;
  for (let cur = e; cur instanceof Error; cur = cur.cause) {
    if (cur instanceof TemplateError && cur.line > 0 && cur.template !== '' && cur.template !== 'gotpl') best = cur;
  }
  return best;
}

function renderError(text: string, cause: unknown, filename: string): HelmError {
  const te = locatedError(cause);
  return new HelmError({
    kind: 'render',
    text: text + DEBUG_HINT,
    file: te?.template || filename,
    line: te && te.line > 0 ? te.line : undefined,
    col: te && te.col >= 0 ? te.col : undefined,
    cause,
  });
}

// The first piece of s split at sep (Go's strings.Split(s, sep)[0]).
function firstPiece(s: string, sep: string): string {
  const i = s.indexOf(sep);
  return i < 0 ? s : s.slice(0, i);
}

// The last piece of s split at sep.
function lastPiece(s: string, sep: string): string {
  const i = s.lastIndexOf(sep);
  return i < 0 ? s : s.slice(i + sep.length);
}

// cleanupParseError: Helm splits Go's text ("template: NAME:LINE: MESSAGE") at every ": "
// and keeps the second piece as the location and the last as the message.
function cleanupParseError(filename: string, err: unknown): HelmError {
  if (err instanceof TemplateError && err.kind === 'parse') {
    const location = firstPiece(`${err.template}:${err.line}`, ': ');
    return renderError(`parse error at (${location}): ${lastPiece(err.message, ': ')}`, err, filename);
  }
  // Not a parse error of text/template: Helm's reading of whatever text it has.
  const s = errorText(err);
  const tokens = s.split(': ');
  if (tokens.length === 1) return renderError(`parse error in (${filename}): ${s}`, err, filename);
  return renderError(`parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`, err, filename);
}

/** One error of the chain as Helm prints it (its TraceableError). */
interface Traceable {
  location: string;
  message: string;
  executedFunction: string;
}

function traceableString(t: Traceable): string {
  let s = '';
  if (t.location !== '') s += `${t.location}\n  `;
  if (t.executedFunction !== '') s += `${t.executedFunction}\n    `;
  if (t.message !== '') s += `${t.message}\n`;
  return s;
}

// The message of an error up to the text of the error it wraps: Helm cuts each message
// at the first " template:", where Go's text of a nested execution error begins.
function ownMessage(msg: string): string {
  const i = msg.indexOf(' template:');
  return i < 0 ? msg : msg.slice(0, i);
}

/**
 * Helm 4.1.4's parseTemplateExecErrorString: how Helm reads one error of the chain back
 * out of Go's text. Used for texts Helm reads differently from their parts: errors that
 * are no TemplateError (a function's own error), and the rare TemplateError one of whose
 * parts contains one of the separators Helm looks for (see traceable).
 *   "template: no template …"                                   kept whole
 *   "template: WHERE: executing "NAME" at <CONTEXT>: MESSAGE"   its parts
 *   "template: LOCATION: MESSAGE"                               split at the last ": "
 *   anything else                                               null: Helm gives up
 */
function parseExecErrorString(s: string): Traceable | null {
  const prefix = 'template: ';
  if (!s.startsWith(prefix)) return null;
  const rest = s.slice(prefix.length);
  if (rest.startsWith('no template ')) return { location: '', message: s, executedFunction: '' };
  const exec = ': executing ';
  const i = rest.indexOf(exec);
  if (i >= 0) {
    const after = rest.slice(i + exec.length);
    const endQuote = after.startsWith('"') ? after.indexOf('"', 1) : -1;
    if (endQuote > 0 && after.startsWith(' at <', endQuote + 1)) {
      const afterAt = after.slice(endQuote + 1 + ' at <'.length);
      const endLoc = afterAt.indexOf('>: ');
      if (endLoc >= 0) {
        return {
          location: rest.slice(0, i),
          executedFunction: `executing "${after.slice(1, endQuote)}" at <${afterAt.slice(0, endLoc)}>:`,
          message: ownMessage(afterAt.slice(endLoc + 3)),
        };
      }
    }
  }
  const j = rest.lastIndexOf(': ');
  if (j < 0) return null;
  return { location: rest.slice(0, j), message: rest.slice(j + 2), executedFunction: '' };
}

/**
 * How Helm prints one error of the chain. A located TemplateError gives its parts — as
 * Helm's reading of Go's text would, unless a part contains one of Helm's separators (a
 * `"` in a define name, ">: " in the failing action, ": executing " in a file name):
 * then Helm splits elsewhere, and its reading of the text is reproduced.
 */
function traceable(e: unknown): Traceable | null {
  if (e instanceof NoTemplateError) return { location: '', message: e.toString(), executedFunction: '' };
  if (e instanceof TemplateError) {
    if (e.kind !== 'parse' && e.line > 0) {
      const where = `${e.template}:${e.line}:${e.col}`;
      if (!where.includes(': executing ') && !e.executing.includes('"') && !e.context.includes('>: ')) {
        return { location: where, executedFunction: `executing ${quote(e.executing)} at <${e.context}>:`, message: ownMessage(e.message) };
      }
    }
    return parseExecErrorString(e.toString());
  }
  return parseExecErrorString(errorText(e));
}

// The Go error chain (errors.Unwrap) from an error down, one entry per distinct error:
// Go's ExecError and the fmt error inside it have the same text, which Helm prints once.
function errorChain(e: unknown): unknown[] {
  const out: unknown[] = [];
  for (let cur: unknown = e; cur !== undefined && cur !== null; cur = cur instanceof Error ? cur.cause : undefined) out.push(cur);
  return out;
}

/** reformatExecErrorMsg: Helm's message for an error of executing a chart's template. */
function reformatExecErrorMsg(filename: string, err: unknown): HelmError {
  // Only Go's ExecError is reformatted; any other error is printed as it is.
  if (!(err instanceof TemplateError) || err.kind !== 'exec' || err instanceof NoTemplateError) {
    if (err instanceof TemplateError) return renderError(err.toString(), err, filename);
    if (err instanceof HelmError) return err;
    return renderError(`rendering template failed: ${errorText(err)}`, err, filename);
  }
  // Helm splits Go's text "template: WHERE: …" in three at ": " and takes WHERE as the
  // location; required and fail print just their message with it.
  const location = firstPiece(err.line > 0 ? `${err.template}:${err.line}:${err.col}` : err.executing || err.template, ': ');
  const chain = errorChain(err);
  const fail = chain.find((c): c is FailError => c instanceof FailError);
  if (fail) return renderError(`execution error at (${location}): ${fail.warn}`, err, filename);
  const fileLocations: Traceable[] = [];
  for (const e of chain) {
    const t = traceable(e);
    if (t === null) return renderError(err.toString(), err, filename);
    const last = fileLocations[fileLocations.length - 1];
    if (!last || last.location !== t.location || last.message !== t.message || last.executedFunction !== t.executedFunction) {
      fileLocations.push(t);
    }
  }
  return renderError(fileLocations.map(traceableString).join('').trim(), err, filename);
}
