// Helm's pkg/engine: collect the templates of a chart and its subcharts with the values
// each sees, parse them all into one set, execute the non-partial ones, and turn Go's
// errors into Helm's messages.
import { TemplateError } from '../gotemplate/errors';
import { quote } from '../gotemplate/strconv';
import { TemplateSet } from '../gotemplate/template';
import { namedMap } from '../gotemplate/types';
import { type FuncMap, type GoMap, type GoValue, newMap } from '../gotemplate/value';
import type { Limits } from '../gotemplate/limits';
import { type Chart, chartFullPath, isLibrary, text } from './chart';
import { table } from './dependencies';
import { DEBUG_HINT, HelmError } from './errors';
import { makeFiles } from './files';
import { WARN_RE, helmFuncMap } from './funcs';
import { metadataAsMap } from './metadata';

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

// A Go error that wraps another (pkg/errors' Wrapf, fmt's %w). It is a TemplateError so
// that the executor keeps it as the cause of "error calling NAME: …", which Helm's error
// formatting walks; `wrapper` marks it as no execution error of its own.
class WrappedError extends TemplateError {
  readonly wrapper = true;
  constructor(message: string, cause: unknown) {
    super({ kind: 'exec', template: '', message, text: message, cause });
  }
}

function errText(e: unknown): string {
  if (e instanceof TemplateError) return e.toString();
  if (e instanceof Error) return e.message;
  return String(e);
}

function includeFun(t: TemplateSet, includedNames: Map<string, number>) {
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
        return t.execute(name, data);
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
        if (e instanceof TemplateError && e.kind === 'limit') throw e;
        throw new WrappedError(`cannot parse template ${quote(tpl)}: ${errText(e)}`, e);
      }
      let out: string;
      try {
        out = t.execute(t.name, vals);
      } catch (e) {
        if (e instanceof TemplateError && e.kind === 'limit') throw e;
        throw new WrappedError(`error during tpl function execution for ${quote(tpl)}: ${errText(e)}`, e);
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
  const funcMap: FuncMap = Object.assign(Object.create(null), opts.funcs ?? helmFuncMap());
  const t = new TemplateSet(funcMap, opts.limits);
  const includedNames = new Map<string, number>();
  t.funcs.include = includeFun(t, includedNames) as unknown as FuncMap[string];
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
      out = t.execute(filename, r.vals);
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
  for (let cur = e; cur instanceof TemplateError; cur = cur.cause) {
    if (!(cur instanceof WrappedError) && cur.line > 0 && cur.template !== '' && cur.template !== 'gotpl') best = cur;
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

// cleanupParseError keeps Go's location and the last ": "-separated part of the message.
function cleanupParseError(filename: string, err: unknown): HelmError {
  const s = errText(err);
  const tokens = s.split(': ');
  if (tokens.length === 1) return renderError(`parse error in (${filename}): ${s}`, err, filename);
  return renderError(`parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`, err, filename);
}

// Helm reads the location and message back out of Go's error text with these patterns;
// reproducing Helm means applying them to the same text.
const EXEC_ERR_FMT = /^template: (.+?): executing (.+?) at (.+?): (.+?)( template:.*)?$/;
// Other errors from text/template ("template: no template …") are kept as bare messages.
const EXEC_ERR_WITHOUT_TEMPLATE = /^template: .*$/;

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

// The Go error chain of an execution error, as errors.Unwrap walks it: an ExecError
// and the fmt error it holds (same text), then the error a function call wrapped with %w.
const CALL_ERROR = 'error calling ';

function errorChain(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  while (cur !== undefined && cur !== null) {
    if (cur instanceof WrappedError) {
      out.push(cur.toString());
      cur = cur.cause;
    } else if (cur instanceof TemplateError) {
      out.push(cur.toString());
      if (cur.kind === 'exec') out.push(cur.toString());
      if (cur.cause === undefined && cur.kind === 'exec' && cur.message.startsWith(CALL_ERROR)) {
        // Go's "error calling NAME: %w" wraps the function's own error, the end of the
        // chain. The executor keeps only TemplateErrors as causes, so the function's
        // error is taken from the message: Helm reads this chain as text too.
        const rest = cur.message.slice(CALL_ERROR.length);
        out.push(rest.slice(rest.indexOf(': ') + 2));
      }
      cur = cur.cause;
    } else if (cur instanceof Error) {
      out.push(cur.message);
      cur = (cur as { cause?: unknown }).cause;
    } else {
      out.push(String(cur));
      break;
    }
  }
  return out;
}

function reformatExecErrorMsg(filename: string, err: unknown): HelmError {
  if (!(err instanceof TemplateError) || err.kind !== 'exec') {
    if (err instanceof TemplateError) return renderError(err.toString(), err, filename);
    if (err instanceof HelmError) return err;
    return renderError(`rendering template failed: ${errText(err)}`, err, filename);
  }
  const text = err.toString();
  const tokens = splitN(text, ': ', 3);
  if (tokens.length !== 3) return renderError(`execution error in (${filename}): ${text}`, err, filename);
  const location = tokens[1];
  const parts = WARN_RE.exec(tokens[2]);
  if (parts) return renderError(`execution error at (${location}): ${parts[1]}`, err, filename);
  const fileLocations: Traceable[] = [];
  for (const s of errorChain(err)) {
    const m = EXEC_ERR_FMT.exec(s);
    let t: Traceable;
    if (m) t = { location: m[1], message: m[4], executedFunction: `executing ${m[2]} at ${m[3]}:` };
    else if (EXEC_ERR_WITHOUT_TEMPLATE.test(s)) t = { location: '', message: s, executedFunction: '' };
    else return renderError(text, err, filename);
    const last = fileLocations[fileLocations.length - 1];
    if (!last || last.location !== t.location || last.message !== t.message || last.executedFunction !== t.executedFunction) {
      fileLocations.push(t);
    }
  }
  return renderError(fileLocations.map(traceableString).join('').trim(), err, filename);
}

function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}
