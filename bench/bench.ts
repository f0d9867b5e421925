// Render time of our engine (in process, warm, median of many runs) beside `helm
// template` as a process, on the same charts; and `chartwright template` as a process.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensureTool } from '../test/helm';
import { renderChart } from '../lib/helm';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function readDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function synthetic(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-syn-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: synthetic\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'values.yaml'), 'replicas: 2\nimage: {repository: nginx, tag: "1.27"}\nlabels: {team: core, tier: web}\nports: [80, 443, 8080]\n');
  writeFileSync(join(dir, 'templates', '_helpers.tpl'), '{{- define "syn.labels" -}}\napp: {{ .Chart.Name }}\nrelease: {{ .Release.Name }}\n{{- range $k, $v := .Values.labels }}\n{{ $k }}: {{ $v | quote }}\n{{- end }}\n{{- end }}\n');
  for (let i = 0; i < n; i++) {
    writeFileSync(
      join(dir, 'templates', `cm-${String(i).padStart(3, '0')}.yaml`),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ printf "%s-%d" .Release.Name ${i} | trunc 63 }}\n  labels:\n    {{- include "syn.labels" . | nindent 4 }}\nspec:\n  replicas: {{ .Values.replicas }}\n  template:\n    spec:\n      containers:\n      - name: c${i}\n        image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default "latest" }}"\n        ports:\n        {{- range .Values.ports }}\n        - containerPort: {{ . }}\n        {{- end }}\n        env: {{ toYaml (dict "N" "${i}" "UP" (upper "x")) | nindent 10 }}\n`,
    );
  }
  return dir;
}

// Runs the commands in turn, `runs` rounds, so a slow spell of a shared machine weighs
// on each the same; the median wall time of each, as a user waits for it.
function timeProcesses(cmds: [string, string[]][], runs: number): number[] {
  const xs: number[][] = cmds.map(() => []);
  for (let i = 0; i < runs; i++) {
    cmds.forEach(([cmd, args], j) => {
      const t = performance.now();
      const r = spawnSync(cmd, args, { encoding: 'utf8' });
      xs[j].push(performance.now() - t);
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    });
  }
  return xs.map(median);
}

// `vary`: a new release name every run, so every document changes and no parse cache
// can serve the output side (the wizard's case while typing); otherwise the same input.
function timeInProcess(files: Record<string, string>, runs: number, vary = false): number {
  for (let i = 0; i < 20; i++) renderChart(files, { releaseName: vary ? `warm${i}` : 'bench' });
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const name = vary ? `bench${i}` : 'bench';
    const t = performance.now();
    renderChart(files, { releaseName: name });
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const helm = await ensureTool('helm');
const work = mkdtempSync(join(tmpdir(), 'cw-bench-'));
execFileSync(helm, ['create', join(work, 'mychart')]);
const charts: [string, string][] = [
  ['helm create chart', join(work, 'mychart')],
  ['synthetic 50 templates', synthetic(50)],
  ['synthetic 100 templates', synthetic(100)],
  ['synthetic 200 templates', synthetic(200)],
];
const cli = join(process.cwd(), 'bin', 'chartwright');
const PROCESS_RUNS = 15;
const rows: string[] = [];
rows.push('| chart | in-process, same input (median) | in-process, new release name each run | chartwright template (process) | helm template (process) |');
rows.push('|---|---:|---:|---:|---:|');
for (const [name, dir] of charts) {
  const files = readDir(dir);
  const ours = timeInProcess(files, name.startsWith('helm') ? 300 : 40);
  const oursVary = timeInProcess(files, name.startsWith('helm') ? 300 : 40, true);
  // As users run it: the command itself (bin/chartwright starts node on the snapshot),
  // in this process's environment as it is.
  const [cliMs, helmMs] = timeProcesses(
    [
      [cli, ['template', 'bench', dir]],
      [helm, ['template', 'bench', dir]],
    ],
    PROCESS_RUNS,
  );
  rows.push(`| ${name} | ${ours.toFixed(2)} ms | ${oursVary.toFixed(2)} ms | ${cliMs.toFixed(0)} ms | ${helmMs.toFixed(0)} ms |`);
}
console.log(rows.join('\n'));
console.log(`\nnode ${process.version}, ${new Date().toISOString().slice(0, 10)}; medians (in-process: 300 warm runs for helm create, 40 for synthetic; processes: ${PROCESS_RUNS} runs each, taking turns)`);
