// A chart as Helm's loader builds it from a directory (pkg/chart/v2/loader): the files
// of the directory (path → bytes) filtered by .helmignore, sorted into Chart.yaml
// metadata, values.yaml, values.schema.json, templates/, subcharts under charts/ and
// the remaining files that .Files serves. Subcharts are loaded from the same file map,
// so only the top chart's .helmignore applies, as with `helm template DIR`; a packaged
// one (charts/NAME-VERSION.tgz) from its archive (archive/), unfiltered, as Helm does.
import type { GoMap, GoValue } from '../gotemplate/value';
import { quote } from '../gotemplate/strconv';
import { fromBytes, toBytes } from '../gotemplate/utf8';
import { HelmError } from './errors';
import { GoYamlError, JsonFieldError, goFloatString, jsonTypeName, parseGoYaml, stringField } from './goyaml';
import { IgnoreRules } from './helmignore';
import { parseVersion } from './semver';
import { readValues } from './values';
import { deepCopy as copyValues } from './coalesce';
import { TextMemo } from './memo';
import { unpackSubchart } from './archive/subchart';

/** Chart files as path (relative to the chart root, '/'-separated) → content. */
export type ChartFiles = Record<string, Uint8Array | string>;

export interface ChartFile {
  name: string;
  data: Uint8Array;
  /** the text of `data`, when the file was given as that very text (saves decoding it) */
  str?: string;
}

export interface Maintainer {
  name: string;
  email: string;
  url: string;
}

export interface Dependency {
  name: string;
  version: string;
  repository: string;
  condition: string;
  tags: string[];
  enabled: boolean;
  importValues: GoValue[];
  alias: string;
}

export interface Metadata {
  name: string;
  home: string;
  sources: string[];
  version: string;
  description: string;
  keywords: string[];
  maintainers: Maintainer[];
  icon: string;
  apiVersion: string;
  condition: string;
  tags: string;
  appVersion: string;
  deprecated: boolean;
  annotations: Record<string, string>;
  kubeVersion: string;
  dependencies: Dependency[] | null;
  type: string;
}

export interface Chart {
  metadata: Metadata;
  /** templates/… files, names relative to this chart */
  templates: ChartFile[];
  /** everything .Files serves (and crds/) */
  files: ChartFile[];
  /** values.yaml as read (an empty map when absent) */
  values: GoMap;
  schema: Uint8Array | null;
  dependencies: Chart[];
  parent: Chart | null;
  /** the folder under the parent's charts/ it was loaded from */
  dirName?: string;
}

const BOM = [0xef, 0xbb, 0xbf];

function bytesOf(v: Uint8Array | string): Uint8Array {
  const b = typeof v === 'string' ? toBytes(v) : v;
  // Helm drops a UTF-8 byte order mark from every file it loads.
  if (b.length >= 3 && b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2]) return b.subarray(3);
  return b;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// A file given as text keeps that text (less the BOM bytesOf drops) and makes its bytes
// only when they are asked for (.Files, the schema): templates and YAML files are read
// as text. Not for text with a lone surrogate, which its bytes encode as U+FFFD.
class TextFile implements ChartFile {
  private bytes?: Uint8Array;

  constructor(
    readonly name: string,
    readonly str: string,
    private readonly content: string,
  ) {}

  get data(): Uint8Array {
    return (this.bytes ??= bytesOf(this.content));
  }

  withName(name: string): TextFile {
    const f = new TextFile(name, this.str, this.content);
    f.bytes = this.bytes;
    return f;
  }
}

function fileOf(name: string, content: Uint8Array | string): ChartFile {
  if (typeof content === 'string' && !LONE_SURROGATE.test(content)) {
    return new TextFile(name, content.charCodeAt(0) === 0xfeff ? content.slice(1) : content, content);
  }
  return { name, data: bytesOf(content) };
}

// The same file under another name (a subchart's files, relative to the subchart).
function renamed(f: ChartFile, name: string): ChartFile {
  return f instanceof TextFile ? f.withName(name) : { ...f, name };
}

// Go's string(bytes): keeps a leading U+FEFF (past the one bytesOf dropped) and bytes
// that are not UTF-8 (utf8.ts).
export function text(f: ChartFile | Uint8Array): string {
  if (f instanceof Uint8Array) return fromBytes(f);
  return f.str ?? fromBytes(f.data);
}

// Parses of chart files by their text (see memo.ts); the results are shared, so callers
// copy what they may modify.
const ignoreMemo = new TextMemo<IgnoreRules>(64);
const chartYamlMemo = new TextMemo<unknown>(256);
const valuesMemo = new TextMemo<GoMap>(256);

// The chart's .helmignore rules with Helm's defaults (no file: the defaults alone).
function ignoreRules(ig: string): IgnoreRules {
  let rules = ignoreMemo.get(ig);
  if (rules === undefined) {
    rules = IgnoreRules.parse(ig);
    rules.addDefaults();
    ignoreMemo.set(ig, rules);
  }
  return rules;
}

// Chart.yaml as sigs.k8s.io/yaml reads it (throws GoYamlError). Shared: read only.
function readChartYaml(s: string): unknown {
  const hit = chartYamlMemo.get(s);
  return hit !== undefined ? hit : chartYamlMemo.set(s, parseGoYaml(s));
}

// values.yaml as LoadValues reads it: a fresh copy, since coalescing modifies values.
function readChartValues(s: string): GoMap {
  return copyValues(valuesMemo.get(s) ?? valuesMemo.set(s, readValues(s, 'values.yaml')));
}

/** Loads a chart directory given as a file map: what `helm template NAME DIR` loads. */
export function loadChart(input: ChartFiles): Chart {
  const all = new Map<string, ChartFile>();
  for (const [raw, content] of Object.entries(input)) {
    let p = raw.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
    if (p === '' || p.endsWith('/')) continue;
    p = p.replace(/\/+/g, '/');
    all.set(p, fileOf(p, content));
  }
  // LoadDir reads Chart.yaml's apiVersion before anything else, .helmignore included.
  const cy = all.get('Chart.yaml');
  if (cy) chartBaseApiVersion(text(cy));
  let rules: IgnoreRules;
  try {
    const ig = all.get('.helmignore');
    rules = ignoreRules(ig ? text(ig) : '');
  } catch (e) {
    throw new HelmError({ kind: 'chart', text: (e as Error).message, file: '.helmignore', cause: e });
  }
  const kept: ChartFile[] = [];
  const dirIgnored = new Map<string, boolean>();
  const isDirIgnored = (dir: string): boolean => {
    let v = dirIgnored.get(dir);
    if (v === undefined) {
      const slash = dir.lastIndexOf('/');
      v = (slash > 0 && isDirIgnored(dir.slice(0, slash))) || rules.ignore(dir, true);
      dirIgnored.set(dir, v);
    }
    return v;
  };
  // Go's filepath.Walk visits in lexical order; the order only matters for ties later.
  for (const name of [...all.keys()].sort()) {
    const slash = name.lastIndexOf('/');
    if (slash > 0 && isDirIgnored(name.slice(0, slash))) continue;
    if (rules.ignore(name, false)) continue;
    kept.push(all.get(name)!);
  }
  return loadFiles(kept);
}

/** loader.LoadFiles: builds one chart (and, recursively, its subcharts) from its files. */
export function loadFiles(files: ChartFile[]): Chart {
  const chartFile = files.find((f) => f.name === 'Chart.yaml');
  let metadata: Metadata | null = null;
  if (chartFile) {
    // The apiVersion decides the loader before anything else is read.
    const api = peekApiVersion(text(chartFile));
    if (api === 'v3') throw new HelmError({ kind: 'chart', text: 'invalid chart apiVersion', file: 'Chart.yaml' });
    if (api !== '' && api !== 'v1' && api !== 'v2') throw new HelmError({ kind: 'chart', text: 'unsupported chart version', file: 'Chart.yaml' });
    // Every Chart.yaml decodes into the one Metadata, in order: an archive can hold
    // several (one per top folder), and a later one overrides the fields it sets.
    for (const f of files) if (f.name === 'Chart.yaml') metadata = parseMetadata(text(f), metadata ?? emptyMetadata());
  }
  const c: Chart = {
    metadata: metadata ?? emptyMetadata(),
    templates: [],
    files: [],
    values: Object.create(null),
    schema: null,
    dependencies: [],
    parent: null,
  };
  const subcharts = new Map<string, ChartFile[]>();
  for (const f of files) {
    const n = f.name;
    if (n === 'Chart.yaml' || n === 'Chart.lock' || n === 'requirements.lock') continue;
    if (n === 'values.yaml') {
      try {
        c.values = readChartValues(text(f));
      } catch (e) {
        throw new HelmError({ kind: 'values', text: `cannot load values.yaml: ${(e as Error).message}`, file: 'values.yaml', cause: e });
      }
    } else if (n === 'values.schema.json') {
      c.schema = f.data;
    } else if (n === 'requirements.yaml') {
      if (c.metadata.apiVersion === 'v1') c.files.push(f);
    } else if (n.startsWith('templates/')) {
      c.templates.push(f);
    } else if (n.startsWith('charts/')) {
      if (n.endsWith('.prov')) {
        c.files.push(f);
        continue;
      }
      const fname = n.slice('charts/'.length);
      const cname = fname.split('/')[0];
      if (!subcharts.has(cname)) subcharts.set(cname, []);
      subcharts.get(cname)!.push(renamed(f, fname));
    } else {
      c.files.push(f);
    }
  }
  if (!metadata) throw new HelmError({ kind: 'chart', text: 'Chart.yaml file is missing', file: 'Chart.yaml' });
  validateMetadata(c.metadata);

  for (const [n, sfiles] of [...subcharts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n.startsWith('_') || n.startsWith('.')) continue;
    let buff: ChartFile[] = [];
    if (n.endsWith('.tgz')) {
      // A packaged subchart: its files come out of the archive.
      buff = unpackSubchart(n, sfiles, c.metadata.name);
    } else {
      for (const f of sfiles) {
        const i = f.name.indexOf('/');
        if (i < 0) continue;
        buff.push(renamed(f, f.name.slice(i + 1)));
      }
    }
    let sc: Chart;
    try {
      sc = loadFiles(buff);
    } catch (e) {
      if (e instanceof HelmError) {
        throw new HelmError({ kind: e.kind, text: `error unpacking subchart ${n} in ${c.metadata.name}: ${e.text}`, file: `charts/${n}/${e.file ?? ''}`, cause: e });
      }
      throw e;
    }
    sc.parent = c;
    sc.dirName = n;
    c.dependencies.push(sc);
  }
  return c;
}

function emptyMetadata(): Metadata {
  return {
    name: '', home: '', sources: [], version: '', description: '', keywords: [], maintainers: [], icon: '',
    apiVersion: '', condition: '', tags: '', appVersion: '', deprecated: false, annotations: {}, kubeVersion: '',
    dependencies: null, type: '',
  };
}

/**
 * The loader's chartBase: the apiVersion alone, read from Chart.yaml to choose the loader
 * before anything else is loaded (a directory's Chart.yaml, an archive's first one).
 * Throws Helm's error for a Chart.yaml that does not decode or names no known version.
 */
export function chartBaseApiVersion(data: string): string {
  let api: string;
  try {
    const raw = readChartYaml(data);
    if (raw === null || raw === undefined) return '';
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      throw new JsonFieldError(`json: cannot unmarshal ${jsonTypeName(raw)} into Go value of type loader.chartBase`);
    }
    api = stringField((raw as Record<string, unknown>).apiVersion, 'chartBase.apiVersion');
  } catch (e) {
    if (e instanceof GoYamlError) throw new HelmError({ kind: 'chart', text: `cannot load Chart.yaml: ${e.message}`, file: 'Chart.yaml', cause: e });
    if (e instanceof JsonFieldError) {
      throw new HelmError({ kind: 'chart', text: `cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: ${e.message}`, file: 'Chart.yaml', cause: e });
    }
    throw e;
  }
  if (api !== '' && api !== 'v1' && api !== 'v2' && api !== 'v3') throw new HelmError({ kind: 'chart', text: 'unsupported chart version', file: 'Chart.yaml' });
  return api;
}

function peekApiVersion(data: string): string {
  try {
    const v = readChartYaml(data);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const a = (v as Record<string, unknown>).apiVersion;
      if (a === undefined || a === null) return '';
      return typeof a === 'string' ? a : typeof a === 'number' ? goFloatString(a) : String(a);
    }
  } catch {
    // the real parse reports it
  }
  return '';
}

function strList(v: unknown, field: string): string[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) throw new JsonFieldError(`json: cannot unmarshal ${jsonTypeName(v)} into Go struct field ${field} of type []string`);
  return v.map((x) => stringField(x, field));
}

function obj(v: unknown, field: string, goType: string): Record<string, unknown> | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || Array.isArray(v)) throw new JsonFieldError(`json: cannot unmarshal ${jsonTypeName(v)} into Go struct field ${field} of type ${goType}`);
  return v as Record<string, unknown>;
}

function list(v: unknown, field: string, goType: string): unknown[] | null {
  if (v === null || v === undefined) return null;
  if (!Array.isArray(v)) throw new JsonFieldError(`json: cannot unmarshal ${jsonTypeName(v)} into Go struct field ${field} of type ${goType}`);
  return v;
}

// encoding/json decodes into the value already there: a key that is absent — or null,
// for a string or a bool — leaves the field as it was; null empties a slice or map; a
// map gains the keys it is given; a slice element that exists is decoded into.
const has = (r: Record<string, unknown>, k: string) => k in r;
const str = (r: Record<string, unknown>, k: string, field: string, cur: string) => (r[k] === null || r[k] === undefined ? cur : stringField(r[k], field));
const strs = (r: Record<string, unknown>, k: string, field: string, cur: string[]) => (has(r, k) ? strList(r[k], field) : cur);

function decodeMaintainer(m: unknown, cur: Maintainer | undefined): Maintainer {
  if (m === null || m === undefined) fail('maintainers must not contain empty or null nodes');
  const o = obj(m, 'Metadata.maintainers', 'v2.Maintainer') ?? {};
  const base = cur ?? { name: '', email: '', url: '' };
  return {
    name: str(o, 'name', 'Maintainer.maintainers.name', base.name),
    email: str(o, 'email', 'Maintainer.maintainers.email', base.email),
    url: str(o, 'url', 'Maintainer.maintainers.url', base.url),
  };
}

function decodeDependency(d: unknown, cur: Dependency | undefined): Dependency {
  if (d === null || d === undefined) fail('dependencies must not contain empty or null nodes');
  const o = obj(d, 'Metadata.dependencies', 'v2.Dependency') ?? {};
  const base = cur ?? { name: '', version: '', repository: '', condition: '', tags: [], enabled: false, importValues: [], alias: '' };
  return {
    name: str(o, 'name', 'Dependency.dependencies.name', base.name),
    version: str(o, 'version', 'Dependency.dependencies.version', base.version),
    repository: str(o, 'repository', 'Dependency.dependencies.repository', base.repository),
    condition: str(o, 'condition', 'Dependency.dependencies.condition', base.condition),
    tags: strs(o, 'tags', 'Dependency.dependencies.tags', base.tags),
    enabled: o.enabled === null || o.enabled === undefined ? base.enabled : o.enabled === true,
    importValues: has(o, 'import-values') ? copyValues((list(o['import-values'], 'Dependency.dependencies.import-values', '[]interface {}') ?? []) as GoValue[]) : base.importValues,
    alias: str(o, 'alias', 'Dependency.dependencies.alias', base.alias),
  };
}

// Chart.yaml decoded into `md` (sigs.k8s.io/yaml: YAML to JSON, then encoding/json).
function parseMetadata(data: string, md: Metadata): Metadata {
  let raw: unknown;
  try {
    raw = readChartYaml(data);
  } catch (e) {
    if (e instanceof GoYamlError) throw new HelmError({ kind: 'chart', text: `cannot load Chart.yaml: ${e.message}`, file: 'Chart.yaml', cause: e });
    throw e;
  }
  try {
    if (raw !== null && raw !== undefined) {
      if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new JsonFieldError(`json: cannot unmarshal ${jsonTypeName(raw)} into Go value of type v2.Metadata`);
      }
      const r = raw as Record<string, unknown>;
      md.name = str(r, 'name', 'Metadata.name', md.name);
      md.home = str(r, 'home', 'Metadata.home', md.home);
      md.sources = strs(r, 'sources', 'Metadata.sources', md.sources);
      md.version = str(r, 'version', 'Metadata.version', md.version);
      md.description = str(r, 'description', 'Metadata.description', md.description);
      md.keywords = strs(r, 'keywords', 'Metadata.keywords', md.keywords);
      if (has(r, 'maintainers')) {
        const ms = list(r.maintainers, 'Metadata.maintainers', '[]*v2.Maintainer') ?? [];
        md.maintainers = ms.map((m, i) => decodeMaintainer(m, md.maintainers[i]));
      }
      md.icon = str(r, 'icon', 'Metadata.icon', md.icon);
      md.apiVersion = str(r, 'apiVersion', 'Metadata.apiVersion', md.apiVersion);
      md.condition = str(r, 'condition', 'Metadata.condition', md.condition);
      md.tags = str(r, 'tags', 'Metadata.tags', md.tags);
      md.appVersion = str(r, 'appVersion', 'Metadata.appVersion', md.appVersion);
      if (r.deprecated !== null && r.deprecated !== undefined) md.deprecated = r.deprecated === true;
      if (has(r, 'annotations')) {
        const ann = obj(r.annotations, 'Metadata.annotations', 'map[string]string');
        const into: Record<string, string> = ann ? { ...md.annotations } : {};
        if (ann) for (const [k, v] of Object.entries(ann)) into[k] = stringField(v, 'Metadata.annotations', 'string');
        md.annotations = into;
      }
      md.kubeVersion = str(r, 'kubeVersion', 'Metadata.kubeVersion', md.kubeVersion);
      if (has(r, 'dependencies')) {
        const deps = list(r.dependencies, 'Metadata.dependencies', '[]*v2.Dependency');
        md.dependencies = deps ? deps.map((d, i) => decodeDependency(d, md.dependencies?.[i])) : null;
      }
      md.type = str(r, 'type', 'Metadata.type', md.type);
    }
  } catch (e) {
    if (e instanceof JsonFieldError) {
      throw new HelmError({ kind: 'chart', text: `cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: ${e.message}`, file: 'Chart.yaml', cause: e });
    }
    throw e;
  }
  // A chart without apiVersion is read as a v1 chart.
  if (md.apiVersion === '') md.apiVersion = 'v1';
  return md;
}

// Helm's sanitizeString: control characters (other than whitespace) are dropped.
function sanitize(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const isSpace = c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
    const isControl = c < 0x20 || (c >= 0x7f && c < 0xa0);
    if (isControl && !isSpace) continue;
    out += isSpace ? ' ' : ch;
  }
  return out;
}

const ALIAS_RE = /^[a-zA-Z0-9_-]+$/;

function fail(msg: string): never {
  throw new HelmError({ kind: 'chart', text: `validation: ${msg}`, file: 'Chart.yaml' });
}

/** Metadata.Validate, in Helm's order. */
export function validateMetadata(md: Metadata): void {
  md.name = sanitize(md.name);
  md.description = sanitize(md.description);
  md.home = sanitize(md.home);
  md.icon = sanitize(md.icon);
  md.condition = sanitize(md.condition);
  md.tags = sanitize(md.tags);
  md.appVersion = sanitize(md.appVersion);
  md.kubeVersion = sanitize(md.kubeVersion);
  md.sources = md.sources.map(sanitize);
  md.keywords = md.keywords.map(sanitize);
  if (md.apiVersion === '') fail('chart.metadata.apiVersion is required');
  if (md.name === '') fail('chart.metadata.name is required');
  if (md.name !== goBase(md.name)) fail(`chart.metadata.name ${goQuote(md.name)} is invalid`);
  if (md.version === '') fail('chart.metadata.version is required');
  if (!parseVersion(md.version)) fail(`chart.metadata.version ${goQuote(md.version)} is invalid`);
  if (md.type !== '' && md.type !== 'application' && md.type !== 'library') fail('chart.metadata.type must be application or library');
  for (const m of md.maintainers) {
    m.name = sanitize(m.name);
    m.email = sanitize(m.email);
    m.url = sanitize(m.url);
  }
  const seen = new Set<string>();
  for (const d of md.dependencies ?? []) {
    d.name = sanitize(d.name);
    d.version = sanitize(d.version);
    d.repository = sanitize(d.repository);
    d.condition = sanitize(d.condition);
    d.tags = d.tags.map(sanitize);
    if (d.alias !== '' && !ALIAS_RE.test(d.alias)) fail(`dependency ${goQuote(d.name)} has disallowed characters in the alias`);
    const key = d.alias !== '' ? d.alias : d.name;
    if (seen.has(key)) fail(`more than one dependency with name or alias ${goQuote(key)}`);
    seen.add(key);
  }
}

function goBase(p: string): string {
  if (p === '') return '.';
  const t = p.replace(/\/+$/, '');
  if (t === '') return '/';
  return t.slice(t.lastIndexOf('/') + 1);
}

function goQuote(s: string): string {
  return quote(s);
}

/** c.ChartFullPath(): "parent/charts/child" by chart names. */
export function chartFullPath(c: Chart): string {
  if (c.parent) return chartFullPath(c.parent) + '/charts/' + c.metadata.name;
  return c.metadata.name;
}

export function isLibrary(c: Chart): boolean {
  return c.metadata.type === 'library';
}
