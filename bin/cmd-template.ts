// `chartwright template RELEASE CHART_DIR [flags]`: renders like `helm template` and
// prints exactly what Helm prints (stdout on success, `Error: …` on stderr and exit 1).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { HelmError, renderChart, type TemplateOptions } from '../lib/helm/index';
import { type Command, type CommandIO, type FlagSpec, UsageError, parseFlags } from './commands';

export const TEMPLATE_FLAGS: FlagSpec[] = [
  { long: 'values', short: 'f', type: 'list' },
  { long: 'set', type: 'array' },
  { long: 'set-string', type: 'array' },
  { long: 'set-json', type: 'array' },
  { long: 'namespace', short: 'n', type: 'string' },
  { long: 'show-only', short: 's', type: 'array' },
  { long: 'kube-version', type: 'string' },
  { long: 'api-versions', short: 'a', type: 'list' },
  { long: 'skip-tests', type: 'bool' },
  { long: 'no-hooks', type: 'bool' },
  { long: 'include-crds', type: 'bool' },
  { long: 'is-upgrade', type: 'bool' },
  { long: 'skip-schema-validation', type: 'bool' },
];

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

function locateChart(arg: string, io: CommandIO): string {
  const abs = resolve(io.cwd, arg);
  if (existsSync(abs)) {
    if (statSync(abs).isDirectory()) {
      const cy = join(abs, 'Chart.yaml');
      if (!existsSync(cy)) throw new HelmError({ kind: 'chart', text: `unable to detect chart at ${cy}: open ${cy}: no such file or directory` });
      return abs;
    }
    if (/\.ya?ml$/.test(abs)) throw new HelmError({ kind: 'chart', text: `file '${abs}' seems to be a YAML file, but expected a gzipped archive` });
    throw new HelmError({ kind: 'unsupported', text: `${abs}: packaged charts are not supported by chartwright; unpack it and pass the directory` });
  }
  if (!isAbsolute(arg) && !arg.startsWith('.') && !arg.includes('/')) {
    throw new HelmError({ kind: 'chart', text: `non-absolute URLs should be in form of repo_name/path_to_chart, got: ${arg}` });
  }
  throw new HelmError({ kind: 'chart', text: `path ${JSON.stringify(arg)} not found` });
}

export async function runTemplate(args: string[], io: CommandIO): Promise<number> {
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
  if (pos.length > 2) return fail(io, `expected at most two arguments, unexpected arguments: ${pos.slice(2).join(', ')}`);
  const [name, chartArg] = pos.length === 2 ? pos : ['release-name', pos[0]];
  const v = (k: string) => flags.values.get(k) ?? [];
  const opts: TemplateOptions = {
    releaseName: name,
    namespace: v('namespace')[0],
    setJson: v('set-json'),
    set: v('set'),
    setString: v('set-string'),
    kubeVersion: v('kube-version')[0],
    apiVersions: v('api-versions'),
    showOnly: v('show-only'),
    skipTests: flags.bools.get('skip-tests'),
    noHooks: flags.bools.get('no-hooks'),
    includeCrds: flags.bools.get('include-crds'),
    isUpgrade: flags.bools.get('is-upgrade'),
    skipSchemaValidation: flags.bools.get('skip-schema-validation'),
  };
  try {
    // Helm reads the values files before it looks at the chart.
    opts.valuesFiles = v('values').map((f) => {
      const p = resolve(io.cwd, f);
      if (!existsSync(p) || !statSync(p).isFile()) throw new HelmError({ kind: 'values', text: `open ${f}: no such file or directory` });
      return { name: f, text: readFileSync(p, 'utf8') };
    });
    const dir = locateChart(chartArg, io);
    const r = renderChart(readChartDir(dir), opts);
    io.stdout(r.manifests);
    return 0;
  } catch (e) {
    if (e instanceof HelmError) return fail(io, e.toString());
    throw e;
  }
}

export const templateCommand: Command = {
  summary: 'locally render templates, exactly as `helm template` (Helm 4.1.4) prints them',
  run: runTemplate,
};
