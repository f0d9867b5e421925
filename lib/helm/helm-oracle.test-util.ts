// Test helper (Node only): `helm template` on whole charts, cached on disk by content,
// for the direct comparisons that the template-level differential harness cannot
// express — raw values.yaml text, -f files, --set flags and subcharts.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ChartFiles, HELM_VERSION, type RunResult, helmTemplate } from '../../test/helm';

const CACHE = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'node_modules', '.cache', 'chartwright', 'oracle-charts');

export interface HelmRun {
  ok: boolean;
  /** stdout when ok */
  stdout: string;
  /** stderr without "Error: " and the final newline, when not ok */
  error: string;
}

function key(files: ChartFiles, args: string[]): string {
  const h = createHash('sha256').update(HELM_VERSION);
  for (const k of Object.keys(files).sort()) {
    const v = files[k];
    h.update('\0' + k + '\0').update(typeof v === 'string' ? v : Buffer.from(v));
  }
  return h.update('\0' + JSON.stringify(args)).digest('hex');
}

/** `helm template rel <chart> ARGS…`, cached. */
export async function helmChart(files: ChartFiles, args: string[] = []): Promise<HelmRun> {
  const k = key(files, args);
  const f = join(CACHE, k.slice(0, 2), k + '.json');
  if (existsSync(f)) return JSON.parse(readFileSync(f, 'utf8')) as HelmRun;
  const r: RunResult = await helmTemplate(files, args);
  const run: HelmRun =
    r.code === 0
      ? { ok: true, stdout: r.stdout, error: '' }
      : { ok: false, stdout: '', error: r.stderr.split('\n').filter((l) => !l.startsWith('level=')).join('\n').replace(/^Error: /, '').replace(/\n+$/, '') };
  mkdirSync(dirname(f), { recursive: true });
  writeFileSync(f, JSON.stringify(run));
  return run;
}

/** Runs `f` over items with at most `n` at a time. */
export async function pool<T, R>(items: T[], n: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await f(items[i]);
      }
    }),
  );
  return out;
}

/** The base64 payload of every `NAME: <b64>` line of rendered output, decoded. */
export function decodeLines(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of stdout.matchAll(/^([A-Za-z0-9_-]+): "?([A-Za-z0-9+/=]*)"?$/gm)) {
    out[m[1]] = Buffer.from(m[2], 'base64').toString('utf8');
  }
  return out;
}

export function chartYaml(name = 'c'): string {
  return `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`;
}

/** A chart template that prints .Values as JSON and each top-level value's Go type (typeOf). */
export const VALUES_PROBE_TEMPLATE =
  'v: {{ .Values | toJson | b64enc }}\n' +
  't: {{ include "types" .Values | b64enc }}\n' +
  '{{- define "types" }}{{ range $k, $v := . }}{{ $k }}={{ typeOf $v }};{{ end }}{{ end }}\n';
