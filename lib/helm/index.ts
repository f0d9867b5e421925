// The public API of the render pipeline: `helm template` as a function.
//   renderChart(files, {releaseName, valuesFiles, set, …}) → {manifests, notes, documents}
// `manifests` is exactly what `helm template` prints on stdout; a failure throws a
// HelmError whose toString() is what it prints on stderr after "Error: ".
import type { FuncMap, GoMap, GoValue } from '../gotemplate/value';
import { newMap } from '../gotemplate/value';
import { quote } from '../gotemplate/strconv';
import { fromBytes } from '../gotemplate/utf8';
import type { Limits } from '../gotemplate/limits';
import { DEFAULT_KUBE_VERSION, type KubeVersion, makeCapabilities, parseKubeVersion } from './capabilities';
import { type Chart, type ChartFiles, chartFullPath, loadChart } from './chart';
import { loadChartArchive } from './archive/load-file';
import { checkDependencies, coalesceChartValues, processDependencies } from './dependencies';
import { allTemplates, renderTemplates, values as commonValues } from './engine';
import { DEBUG_HINT, HelmError } from './errors';
import { printRelease } from './output';
import { type OutputWrite, outputDirWrites } from './output-dir';
import { validateAgainstSchema } from './schema';
import { isCompatibleRange } from './semver';
import { type Manifest, parseHead, sortManifests, splitManifests } from './sort';
import { ValuesError, mergeValues } from './values';
import { SetError } from './strvals';

export { HelmError, type HelmErrorKind } from './errors';
export { helmFuncMap } from './funcs';
export type { ChartFiles } from './chart';
export type { OutputWrite } from './output-dir';
export { SetError } from './strvals';

/** A values file given by content (a `-f` file outside the chart). */
export interface ValuesFile {
  name: string;
  text: string;
}

/** The options of `helm template`, by their flag names. */
export interface TemplateOptions {
  /** NAME (default "release-name", as helm uses without one) */
  releaseName?: string;
  /** --namespace (default "default") */
  namespace?: string;
  /** -f, in order: a path inside `files` or a file given by content */
  valuesFiles?: (string | ValuesFile)[];
  /** --set-json, --set, --set-string, --set-file, --set-literal expressions (Helm applies them in that order, after -f) */
  setJson?: string[];
  set?: string[];
  setString?: string[];
  setFile?: string[];
  setLiteral?: string[];
  /** reads a --set-file path (default: the path inside `files`); throws SetError with Go's text */
  readFile?: (path: string) => string;
  /** --kube-version */
  kubeVersion?: string;
  /** --api-versions (each may be a comma-separated list) */
  apiVersions?: string[];
  /** --show-only */
  showOnly?: string[];
  /** --output-dir: the documents become writes (RenderResult.outputDir) instead of output */
  outputDir?: string;
  /** --release-name: with outputDir, write under DIR/RELEASE */
  useReleaseName?: boolean;
  /** --skip-tests, --no-hooks, --include-crds, --is-upgrade, --skip-schema-validation */
  skipTests?: boolean;
  noHooks?: boolean;
  includeCrds?: boolean;
  isUpgrade?: boolean;
  skipSchemaValidation?: boolean;
  /** execution limits for the template engine (a browser must not hang) */
  limits?: Partial<Limits>;
  /** replaces Helm's function map (e.g. a deterministic subset for previews) */
  funcs?: FuncMap;
}

export interface RenderedDocument {
  /** the Source path: "mychart/templates/x.yaml" */
  source: string;
  kind: string;
  name: string;
  /** the document as printed, without the `---` and `# Source:` lines */
  text: string;
}

export interface RenderResult {
  /** helm template's stdout */
  manifests: string;
  /** the rendered NOTES.txt of the top chart ('' without one) */
  notes: string;
  documents: RenderedDocument[];
  /**
   * With `outputDir`: the files to write, in order, each announced as `wrote PATH`;
   * `manifests` is what Helm prints after them. Helm checks --show-only only after the
   * writes (and, its output being empty, always fails): that failure is `error`.
   */
  outputDir?: { writes: OutputWrite[]; error?: HelmError };
}

const RELEASE_NAME_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NOTES_SUFFIX = 'NOTES.txt';

/** Helm's values.Options.MergeValues: -f files, then --set-json, --set, --set-string, --set-file, --set-literal. */
export function mergeUserValues(files: ChartFiles, opts: TemplateOptions): GoMap {
  const valueFiles = (opts.valuesFiles ?? []).map((vf) => {
    if (typeof vf !== 'string') return vf;
    const text = chartFileText(files, vf);
    if (text === undefined) throw new HelmError({ kind: 'values', text: `open ${vf}: no such file or directory`, file: vf });
    return { name: vf, text };
  });
  try {
    const readFile =
      opts.readFile ??
      ((path: string) => {
        const text = chartFileText(files, path);
        if (text === undefined) throw new SetError(`open ${path}: no such file or directory`);
        return text;
      });
    return mergeValues({ valueFiles, setJson: opts.setJson, set: opts.set, setString: opts.setString, setFile: opts.setFile, setLiteral: opts.setLiteral, readFile });
  } catch (e) {
    if (e instanceof ValuesError) throw new HelmError({ kind: 'values', text: e.message, cause: e });
    throw e;
  }
}

// A -f or --set-file path read from the chart's files (a browser has no other files).
function chartFileText(files: ChartFiles, path: string): string | undefined {
  const content = files[path] ?? files['./' + path];
  if (content === undefined) return undefined;
  return typeof content === 'string' ? content : fromBytes(content);
}

// The chart-relative file behind a template's full path, for editors that point at it;
// templates of a packaged subchart (and of its own subcharts) point at the archive.
function templateFiles(c: Chart, prefix: string, out: Map<string, string>, archive?: string): void {
  const full = chartFullPath(c);
  for (const t of c.templates) out.set(full + '/' + t.name, archive ?? prefix + t.name);
  for (const d of c.dependencies) {
    const dir = `${prefix}charts/${d.dirName ?? d.metadata.name}`;
    templateFiles(d, dir + '/', out, archive ?? (dir.endsWith('.tgz') ? dir : undefined));
  }
}

function withChartRelativeFile(e: HelmError, map: Map<string, string>): HelmError {
  if (!e.file || !map.has(e.file)) return e;
  return new HelmError({ kind: e.kind, text: e.text, file: map.get(e.file), line: e.line, col: e.col, cause: e.cause });
}

/** `helm template NAME CHART [flags]` on a chart given as files. */
export function renderChart(files: ChartFiles, opts: TemplateOptions = {}): RenderResult {
  return renderLoaded(files, opts, () => loadChart(files));
}

/**
 * `helm template NAME CHART.tgz [flags]` on a packaged chart: the archive's bytes and
 * the file's absolute path, which Helm names in its errors. `-f` files given by path
 * and --set-file are read from `files` (or `opts.readFile`), as with renderChart.
 */
export function renderChartArchive(data: Uint8Array, name: string, opts: TemplateOptions = {}, files: ChartFiles = {}): RenderResult {
  return renderLoaded(files, opts, () => loadChartArchive(data, name));
}

// Helm's order: the kube version, the values, then the chart is loaded and rendered.
function renderLoaded(files: ChartFiles, opts: TemplateOptions, load: () => Chart): RenderResult {
  let kube: KubeVersion = DEFAULT_KUBE_VERSION;
  if (opts.kubeVersion) {
    try {
      kube = parseKubeVersion(opts.kubeVersion);
    } catch (e) {
      throw new HelmError({ kind: 'options', text: `invalid kube version '${opts.kubeVersion}': ${(e as Error).message}` });
    }
  }
  const apiVersions = (opts.apiVersions ?? []).flatMap((a) => a.split(',')).filter((a) => a !== '');
  const vals = mergeUserValues(files, opts);

  const chart = load();
  const type = chart.metadata.type;
  if (type !== '' && type !== 'application') throw new HelmError({ kind: 'chart', text: `${type} charts are not installable`, file: 'Chart.yaml' });
  checkDependencies(chart);
  try {
    processDependencies(chart, vals);
  } catch (e) {
    if (e instanceof HelmError) throw new HelmError({ kind: e.kind, text: `chart dependencies processing failed: ${e.text}`, cause: e });
    throw e;
  }

  const name = opts.releaseName ?? 'release-name';
  if (name === '' || name.length > 53 || !RELEASE_NAME_RE.test(name)) {
    throw new HelmError({
      kind: 'release',
      text: `release name check failed: release name ${quote(name)}: invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53`,
    });
  }

  const coalesced = commonValues(coalesceChartValues(chart, vals));
  if (!opts.skipSchemaValidation) {
    const err = validateAgainstSchema(chart, coalesced);
    if (err !== '') {
      throw new HelmError({ kind: 'schema', text: `values don't meet the specifications of the schema(s) in the following chart(s):\n${err}`, file: 'values.schema.json' });
    }
  }
  const release = newMap();
  release.Name = name;
  release.Namespace = opts.namespace || 'default';
  release.IsUpgrade = !!opts.isUpgrade;
  release.IsInstall = !opts.isUpgrade;
  release.Revision = 1n;
  release.Service = 'Helm';
  const top = commonValues(newMap());
  top.Capabilities = makeCapabilities(kube, apiVersions);
  top.Release = release;
  top.Values = coalesced;

  if (chart.metadata.kubeVersion !== '' && !isCompatibleRange(chart.metadata.kubeVersion, kube.normalized)) {
    throw new HelmError({
      kind: 'chart',
      text: `chart requires kubeVersion: ${chart.metadata.kubeVersion} which is incompatible with Kubernetes ${kube.normalized}${DEBUG_HINT}`,
      file: 'Chart.yaml',
    });
  }

  const fileMap = new Map<string, string>();
  templateFiles(chart, '', fileMap);
  let rendered: Map<string, string>;
  try {
    rendered = renderTemplates(allTemplates(chart, top), { limits: opts.limits, funcs: opts.funcs });
  } catch (e) {
    if (e instanceof HelmError) throw withChartRelativeFile(e, fileMap);
    throw e;
  }

  // NOTES.txt is rendered (its errors count) but not printed; only the top chart's is kept.
  let notes = '';
  const topNotes = chart.metadata.name + '/templates/' + NOTES_SUFFIX;
  for (const k of [...rendered.keys()]) {
    if (!k.endsWith(NOTES_SUFFIX)) continue;
    if (k === topNotes) notes = rendered.get(k)!;
    rendered.delete(k);
  }

  let sorted: ReturnType<typeof sortManifests>;
  try {
    sorted = sortManifests(rendered);
  } catch (e) {
    if (e instanceof HelmError) throw withChartRelativeFile(e, fileMap);
    throw e;
  }
  const crds = opts.includeCrds ? crdObjects(chart) : undefined;
  if (opts.outputDir) return outputDirResult(sorted, crds, name, opts);
  const manifests = printRelease(sorted.manifests, sorted.hooks, {
    skipTests: opts.skipTests,
    noHooks: opts.noHooks,
    showOnly: opts.showOnly,
    crds,
  });
  // Without --show-only and CRDs the printed documents are the sorted ones, heads read.
  const printed = !crds && !opts.showOnly?.length;
  return { manifests, notes, documents: printed ? sortedDocuments(sorted, opts) : documentsOf(manifests) };
}

// --output-dir: writes instead of output, then the --show-only check on what is left
// to print (nothing).
function outputDirResult(sorted: ReturnType<typeof sortManifests>, crds: { name: string; data: string }[] | undefined, releaseName: string, opts: TemplateOptions): RenderResult {
  const writes = outputDirWrites(sorted.manifests, sorted.hooks, {
    outputDir: opts.outputDir!,
    useReleaseName: opts.useReleaseName,
    releaseName,
    skipTests: opts.skipTests,
    noHooks: opts.noHooks,
    crds,
  });
  let manifests = '';
  let error: HelmError | undefined;
  try {
    manifests = printRelease([], [], { showOnly: opts.showOnly });
  } catch (e) {
    if (!(e instanceof HelmError)) throw e;
    error = e;
  }
  return { manifests, notes: '', documents: [], outputDir: { writes, error } };
}

// The documents printRelease prints, in its order, from the manifests and hooks it got.
function sortedDocuments(sorted: ReturnType<typeof sortManifests>, opts: TemplateOptions): RenderedDocument[] {
  const doc = (m: Manifest): RenderedDocument => ({ source: m.name, kind: m.head.kind, name: m.head.metadata?.name ?? '', text: m.content });
  const docs = sorted.manifests.map(doc);
  if (!opts.noHooks) for (const h of sorted.hooks) if (!(opts.skipTests && h.events.includes('test'))) docs.push(doc(h));
  return docs;
}

// ch.CRDObjects(): .yaml, .yml and .json files under crds/ of the chart and its subcharts.
const MANIFEST_EXT = /\.(ya?ml|json)$/i;
function crdObjects(c: Chart): { name: string; data: string }[] {
  const out: { name: string; data: string }[] = [];
  const full = chartFullPath(c);
  for (const f of c.files) {
    if (f.name.startsWith('crds/') && MANIFEST_EXT.test(f.name)) out.push({ name: full + '/' + f.name, data: fromBytes(f.data) });
  }
  for (const d of c.dependencies) out.push(...crdObjects(d));
  return out;
}

function documentsOf(manifests: string): RenderedDocument[] {
  const docs: RenderedDocument[] = [];
  for (const d of splitManifests(manifests)) {
    const m = /^# Source: (.*)\n?/.exec(d);
    const source = m ? m[1] : '';
    const text = m ? d.slice(m[0].length) : d;
    let kind = '';
    let name = '';
    try {
      const h = parseHead(text);
      kind = h.kind;
      name = h.metadata?.name ?? '';
    } catch {
      // printed documents were validated already; a comment-only one has no head
    }
    docs.push({ source, kind, name, text });
  }
  return docs;
}

export type { GoValue };
