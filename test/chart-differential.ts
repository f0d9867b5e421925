// Differential harness for whole charts: the same chart files and `helm template` flags
// through the real Helm binary and through renderChart (lib/helm), compared byte for
// byte — stdout on success, the whole stderr on failure. Helm's answers are cached on
// disk by content. A case on test/known-differences.ts must still differ.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ChartFiles, HELM_VERSION, OUTPUT_FORMAT, helmTemplate } from './helm';
import { KNOWN_DIFFERENCES } from './known-differences';
import { HelmError, renderChart, type TemplateOptions } from '../lib/helm/index';
import { SetError } from '../lib/helm/strvals';
import { parseFlags } from '../bin/commands';
import { TEMPLATE_FLAGS, flagOptions } from '../bin/cmd-template';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'chartwright', 'charts');

export interface ChartCase {
  /** unique across the suite: "area/what" */
  name: string;
  files: ChartFiles;
  /** helm template flags after NAME CHART; -f paths name files of `extra` */
  args?: string[];
  release?: string;
  /** values files outside the chart, for -f */
  extra?: Record<string, string>;
}

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

// Helm logs warnings (deprecated chart, unknown hooks) on stderr as "level=…" lines;
// they are no part of what we reproduce.
function cleanStderr(s: string): string {
  return s
    .split('\n')
    .filter((l) => !l.startsWith('level='))
    .join('\n');
}

function cacheKey(c: ChartCase): string {
  const h = createHash('sha256').update(HELM_VERSION).update(OUTPUT_FORMAT);
  const enc = (v: string | Uint8Array) => (typeof v === 'string' ? v : Buffer.from(v).toString('base64'));
  h.update(JSON.stringify([Object.entries(c.files).map(([k, v]) => [k, enc(v)]).sort(), c.args ?? [], c.release ?? 'rel', c.extra ?? {}]));
  return h.digest('hex');
}

/** Helm's answer for a chart case (cached). */
export async function helmOutcome(c: ChartCase): Promise<Outcome> {
  const key = cacheKey(c);
  const f = join(CACHE, key.slice(0, 2), key + '.json');
  if (existsSync(f)) return JSON.parse(readFileSync(f, 'utf8'));
  const files: ChartFiles = { ...c.files };
  // Extra values files live beside the chart: ../extra/NAME from the chart dir.
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const base = mkdtempSync(join(tmpdir(), 'cw-case-'));
  try {
    const chartDir = join(base, 'chart');
    for (const [p, content] of Object.entries(files)) {
      mkdirSync(dirname(join(chartDir, p)), { recursive: true });
      writeFileSync(join(chartDir, p), content);
    }
    // An extra file named as an argument, or as the value of --set-file's key=path.
    const extraPath = (a: string) => (c.extra && a in c.extra ? join(base, 'extra', a) : a);
    const args = (c.args ?? []).map((a, i, all) => {
      if (i > 0 && all[i - 1] === '--set-file' && a.includes('=')) return a.slice(0, a.indexOf('=') + 1) + extraPath(a.slice(a.indexOf('=') + 1));
      return extraPath(a);
    });
    for (const [p, content] of Object.entries(c.extra ?? {})) {
      mkdirSync(dirname(join(base, 'extra', p)), { recursive: true });
      writeFileSync(join(base, 'extra', p), content);
    }
    const r = await helmTemplate(chartDir, args, c.release ?? 'rel');
    // Paths of extra files appear in some errors; name them as the case does.
    const out: Outcome = { code: r.code, stdout: r.stdout, stderr: cleanStderr(r.stderr).split(join(base, 'extra') + '/').join('') };
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, JSON.stringify(out));
    return out;
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/** The same case through renderChart, with the flags turned into TemplateOptions. */
export function ourOutcome(c: ChartCase): Outcome {
  try {
    const flags = parseFlags(c.args ?? [], TEMPLATE_FLAGS);
    const v = (k: string) => flags.values.get(k) ?? [];
    const opts: TemplateOptions = {
      ...flagOptions(flags),
      releaseName: c.release ?? 'rel',
      valuesFiles: v('values').map((n) => ({ name: n, text: c.extra?.[n] ?? '' })),
      readFile: (p: string) => {
        if (c.extra && p in c.extra) return c.extra[p];
        throw new SetError(`open ${p}: no such file or directory`);
      },
    };
    const r = renderChart(c.files, opts);
    return { code: 0, stdout: r.manifests, stderr: '' };
  } catch (e) {
    const text = e instanceof HelmError ? e.toString() : e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e);
    return { code: 1, stdout: '', stderr: `Error: ${text}\n` };
  }
}

export function same(a: Outcome, b: Outcome): boolean {
  return (a.code === 0) === (b.code === 0) && a.stdout === b.stdout && a.stderr === b.stderr;
}

/** Registers one test per case; a case on the known-differences list must still differ. */
export function chartDifferential(suite: string, cases: ChartCase[], ours: (c: ChartCase) => Outcome | Promise<Outcome> = ourOutcome): void {
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.name)) throw new Error(`duplicate chart case name ${c.name}`);
    seen.add(c.name);
  }
  describe(`${suite} (chart differential vs helm)`, () => {
    for (const c of cases) {
      it(c.name, async () => {
        const want = await helmOutcome(c);
        const got = await ours(c);
        const known = KNOWN_DIFFERENCES[c.name];
        if (known !== undefined) {
          expect(same(got, want), `${c.name} is on the known-differences list (${known}) but now matches Helm: take it off the list`).toBe(false);
          return;
        }
        expect({ code: got.code === 0 ? 0 : 1, stdout: got.stdout, stderr: got.stderr }).toEqual({ code: want.code === 0 ? 0 : 1, stdout: want.stdout, stderr: want.stderr });
      });
    }
  });
}
