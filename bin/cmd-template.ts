// `chartwright template RELEASE CHART [flags]`, CHART a chart folder or a packaged chart
// (.tgz): renders like `helm template` and prints exactly what Helm prints (stdout on
// success, `Error: …` on stderr and exit 1).
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { HelmError, type OutputWrite, type RenderResult, SetError, mergeUserValues, renderChart, renderChartArchive, type TemplateOptions } from '../lib/helm/index';
import { parseKubeVersion } from '../lib/helm/capabilities';
import { fromBytes } from '../lib/gotemplate/utf8';
import { TemplateError } from '../lib/gotemplate/index';
import { type Command, type CommandIO, type FlagSpec, type ParsedFlags, UsageError, parseFlags } from './commands';
import { locateChart } from './locate-chart';
import { templateName } from './name-template';

export const TEMPLATE_FLAGS: FlagSpec[] = [
  { long: 'values', short: 'f', type: 'list' },
  { long: 'set', type: 'array' },
  { long: 'set-string', type: 'array' },
  { long: 'set-json', type: 'array' },
  { long: 'set-file', type: 'array' },
  { long: 'set-literal', type: 'array' },
  { long: 'namespace', short: 'n', type: 'string' },
  { long: 'show-only', short: 's', type: 'array' },
  { long: 'kube-version', type: 'string' },
  { long: 'api-versions', short: 'a', type: 'list' },
  { long: 'skip-tests', type: 'bool' },
  { long: 'no-hooks', type: 'bool' },
  { long: 'include-crds', type: 'bool' },
  { long: 'is-upgrade', type: 'bool' },
  { long: 'skip-schema-validation', type: 'bool' },
  // --skip-crds only matters to an install against a cluster: accepted, no effect.
  { long: 'skip-crds', type: 'bool' },
  { long: 'output-dir', type: 'string' },
  { long: 'release-name', type: 'bool' },
  { long: 'name-template', type: 'string' },
];

/**
 * The template flags that map onto TemplateOptions as they are; the ones that need I/O
 * (-f files, --set-file's reader) and the release name are the caller's.
 */
export function flagOptions(flags: ParsedFlags): TemplateOptions {
  const v = (k: string) => flags.values.get(k) ?? [];
  return {
    namespace: v('namespace')[0],
    setJson: v('set-json'),
    set: v('set'),
    setString: v('set-string'),
    setFile: v('set-file'),
    setLiteral: v('set-literal'),
    kubeVersion: v('kube-version')[0],
    apiVersions: v('api-versions'),
    showOnly: v('show-only'),
    skipTests: flags.bools.get('skip-tests'),
    noHooks: flags.bools.get('no-hooks'),
    includeCrds: flags.bools.get('include-crds'),
    isUpgrade: flags.bools.get('is-upgrade'),
    skipSchemaValidation: flags.bools.get('skip-schema-validation'),
    outputDir: v('output-dir')[0],
    useReleaseName: flags.bools.get('release-name'),
  };
}

/** Every file under dir, path relative to it with '/' separators. */
export function readChartDir(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) files[relative(dir, full).split(sep).join('/')] = readFileSync(full);
    }
  };
  walk(dir);
  return files;
}

function fail(io: CommandIO, text: string): number {
  io.stderr(`Error: ${text}\n`);
  return 1;
}

// LoadDir's first look at a located directory: it must hold a Chart.yaml.
function chartDir(abs: string): string {
  const cy = join(abs, 'Chart.yaml');
  if (!existsSync(cy)) throw new HelmError({ kind: 'chart', text: `unable to detect chart at ${cy}: open ${cy}: no such file or directory` });
  return abs;
}

// loader.Load: a directory loads as a chart folder, anything else as a chart archive
// (whose checks — gzip or not, YAML or not — are the library's).
function render(abs: string, opts: TemplateOptions): RenderResult {
  if (statSync(abs).isDirectory()) return renderChart(readChartDir(chartDir(abs)), opts);
  let data: Uint8Array;
  try {
    const buf = readFileSync(abs);
    data = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new HelmError({ kind: 'chart', text: `open ${abs}: ${code === 'EACCES' ? 'permission denied' : (e as Error).message}` });
  }
  return renderChartArchive(data, abs, opts);
}

// values.readFile for --set-file: a path relative to the working directory, or "-" for
// standard input; errors in Go's words.
function setFileReader(io: CommandIO): (path: string) => string {
  return (path) => {
    try {
      if (path.trim() === '-') return fromBytes(readFileSync(0));
      return fromBytes(readFileSync(resolve(io.cwd, path)));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new SetError(`open ${path}: no such file or directory`);
      if (code === 'EISDIR') throw new SetError(`read ${path}: is a directory`);
      if (code === 'EACCES') throw new SetError(`open ${path}: permission denied`);
      throw new SetError(`open ${path}: ${(e as Error).message}`);
    }
  };
}

// --output-dir: CRDs and manifests append to a file written earlier in this run, hooks
// to any file that is there (so hooks pile up in files left by an earlier run, as Helm's do).
function writeOutput(writes: OutputWrite[], io: CommandIO): void {
  const written = new Set<string>();
  for (const w of writes) {
    const file = resolve(io.cwd, w.path);
    const append = w.hook ? existsSync(file) : written.has(file);
    mkdirSync(dirname(file), { recursive: true });
    if (append) appendFileSync(file, w.text);
    else writeFileSync(file, w.text);
    written.add(file);
    io.stdout(`wrote ${w.path}\n`);
  }
}

type Env = Record<string, string | undefined>;

export async function runTemplate(args: string[], io: CommandIO & { env?: Env }): Promise<number> {
  let flags;
  try {
    flags = parseFlags(args, TEMPLATE_FLAGS);
  } catch (e) {
    if (e instanceof UsageError) return fail(io, e.message);
    throw e;
  }
  const pos = flags.positional;
  if (pos.length === 0) {
    io.stderr('Error: "helm template" requires at least 1 argument\n\nUsage:  helm template [NAME] [CHART] [flags]\n');
    return 1;
  }
  const v = (k: string) => flags.values.get(k) ?? [];
  const opts: TemplateOptions = { ...flagOptions(flags), readFile: setFileReader(io) };
  try {
    // Helm's order: the kube version, the name (NameAndChart), the chart's path, the
    // values (-f files, --set…), then the chart itself.
    if (opts.kubeVersion) {
      try {
        parseKubeVersion(opts.kubeVersion);
      } catch (e) {
        throw new HelmError({ kind: 'options', text: `invalid kube version '${opts.kubeVersion}': ${(e as Error).message}` });
      }
    }
    if (pos.length > 2) throw new HelmError({ kind: 'options', text: `expected at most two arguments, unexpected arguments: ${pos.slice(2).join(', ')}` });
    const nameTemplate = v('name-template')[0] ?? '';
    let chartArg: string;
    if (pos.length === 2) {
      if (nameTemplate !== '') throw new HelmError({ kind: 'options', text: 'cannot set --name-template and also specify a name' });
      [opts.releaseName, chartArg] = pos;
    } else {
      chartArg = pos[0];
      opts.releaseName = nameTemplate !== '' ? templateName(nameTemplate, io.env ?? process.env) : 'release-name';
    }
    const located = locateChart(chartArg, io.cwd);
    opts.valuesFiles = v('values').map((f) => {
      const p = resolve(io.cwd, f);
      if (!existsSync(p) || !statSync(p).isFile()) throw new HelmError({ kind: 'values', text: `open ${f}: no such file or directory` });
      return { name: f, text: readFileSync(p, 'utf8') };
    });
    mergeUserValues({}, opts);
    const r = render(located, opts);
    if (r.outputDir) {
      writeOutput(r.outputDir.writes, io);
      if (r.outputDir.error) throw r.outputDir.error;
    }
    io.stdout(r.manifests);
    return 0;
  } catch (e) {
    if (e instanceof HelmError || e instanceof TemplateError) return fail(io, e.toString());
    throw e;
  }
}

export const templateCommand: Command = {
  run: runTemplate,
};
