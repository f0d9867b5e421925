// `chartwright template` against `helm template` with the same arguments, run in twin
// working directories: stdout, stderr (Helm's `level=` log lines aside), the exit code
// and, for --output-dir, every file written must be the same.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTool, run } from '../test/helm';
import { runTemplate } from './cmd-template';

const show = 'kind: ConfigMap\nmetadata:\n  name: {{ .Chart.Name }}\ndata:\n  a: {{ toJson .Values.a | quote }}\n  b: {{ toJson .Values.b | quote }}\n  nested: {{ toJson .Values.nested | quote }}\n  ns: {{ .Release.Namespace }}\n  rel: {{ .Release.Name }} {{ .Release.IsUpgrade }}\n';

const FIXTURE: Record<string, string> = {
  'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
  'c/values.yaml': 'a: default\nnested:\n  keep: 1\n',
  'c/templates/cm.yaml': show,
  'c/templates/hook.yaml': 'kind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: pre-install\n---\nkind: Secret\nmetadata:\n  name: s\n',
  'c/templates/tests/t.yaml': 'kind: Pod\nmetadata:\n  name: t\n  annotations:\n    helm.sh/hook: test\n',
  'c/templates/NOTES.txt': 'notes {{ .Release.Name }}',
  'c/crds/crd.yaml': 'kind: CustomResourceDefinition\nmetadata:\n  name: widgets\n',
  'c/crds/other.JSON': '{"kind": "CustomResourceDefinition"}',
  'c/crds/readme.txt': 'not a manifest\n',
  'c/charts/s/Chart.yaml': 'apiVersion: v2\nname: s\nversion: 0.1.0\n',
  'c/charts/s/templates/svc.yaml': 'kind: Service\nmetadata:\n  name: s\n---\nkind: ConfigMap\nmetadata:\n  name: s\n',
  'f.txt': 'from file\nsecond line\n',
  'g.txt': 'g',
  'over.yaml': 'a: from-over\nb: over\n',
  'over2.yaml': 'a: from-over2\n',
  'empty/README': 'no chart here\n',
};
const SUB: Record<string, string> = {
  'Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
  'values.yaml': 'a: sub-default\nx: 1\n',
  'templates/cm.yaml': show,
};

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
  /** run twice in the same directory (files left by the first run) */
  twice?: boolean;
}

const T = (name: string, ...args: string[]): Case => ({ name, args });
const cases: Case[] = [
  // --set-file and --set-literal, and where they stand among the other values.
  T('set-file', 'r', 'c', '--set-file', 'a=f.txt'),
  T('set-file commas', 'r', 'c', '--set-file', 'a=f.txt,b=g.txt'),
  T('set-file nested key', 'r', 'c', '--set-file', 'nested.key=g.txt'),
  T('set-file missing file', 'r', 'c', '--set-file', 'a=nope.txt'),
  T('set-file no value', 'r', 'c', '--set-file', 'a'),
  T('set-file directory', 'r', 'c', '--set-file', 'a=c'),
  T('set-literal', 'r', 'c', '--set-literal', 'a=x,y={z}'),
  T('set-literal nested key', 'r', 'c', '--set-literal=nested.key=v=w'),
  T('set-literal no value', 'r', 'c', '--set-literal', 'a'),
  T('precedence of every values flag', 'r', 'c', '-f', 'over.yaml', '--set', 'a=1', '--set-string', 'a=s', '--set-json', 'a=2', '--set-file', 'a=f.txt', '--set-literal', 'a=lit'),
  T('precedence whatever the order', 'r', 'c', '--set-literal', 'b=lit', '--set-file', 'a=f.txt,b=g.txt', '--set', 'a=1,b=2', '-f', 'over.yaml'),
  T('set-file over set-string', 'r', 'c', '--set-file', 'a=g.txt', '--set-string', 'a=s'),
  // --set forms.
  T('set commas', 'r', 'c', '--set', 'a=1,b=2'),
  T('set list', 'r', 'c', '--set', 'a={x,y}', '--set=b=true'),
  T('set repeated', 'r', 'c', '--set', 'a=1', '--set', 'a=2'),
  // -f / --values forms.
  T('values short', 'r', 'c', '-f', 'over.yaml'),
  T('values long', 'r', 'c', '--values', 'over.yaml'),
  T('values long equals', 'r', 'c', '--values=over.yaml'),
  T('values short attached', 'r', 'c', '-fover.yaml'),
  T('values short equals', 'r', 'c', '-f=over2.yaml'),
  T('values comma list', 'r', 'c', '-f', 'over.yaml,over2.yaml'),
  T('values repeated', 'r', 'c', '-f', 'over2.yaml', '--values', 'over.yaml'),
  // -n / --namespace.
  T('namespace short', 'r', 'c', '-n', 'prod'),
  T('namespace short attached', 'r', 'c', '-nprod'),
  T('namespace long equals', 'r', 'c', '--namespace=prod'),
  // CRDs, hooks, tests, upgrade.
  T('include-crds', 'r', 'c', '--include-crds'),
  T('skip-crds has no effect', 'r', 'c', '--skip-crds'),
  T('include-crds and skip-crds', 'r', 'c', '--include-crds', '--skip-crds'),
  T('skip-crds bad value', 'r', 'c', '--skip-crds=maybe'),
  T('no-hooks', 'r', 'c', '--no-hooks'),
  T('skip-tests', 'r', 'c', '--skip-tests'),
  T('is-upgrade', 'r', 'c', '--is-upgrade'),
  // --output-dir (and --release-name, which only matters with it).
  T('output-dir', 'r', 'c', '--output-dir', 'out'),
  T('output-dir trailing slash and crds', 'r', 'c', '--output-dir', 'out/', '--include-crds'),
  T('output-dir release-name', 'r', 'c', '--output-dir', './out', '--release-name', '--include-crds'),
  T('output-dir no-hooks', 'r', 'c', '--output-dir=out', '--no-hooks'),
  T('output-dir skip-tests', 'r', 'c', '--output-dir', 'out', '--skip-tests'),
  T('output-dir show-only fails after writing', 'r', 'c', '--output-dir', 'out', '-s', 'templates/cm.yaml'),
  T('output-dir nested', 'r', 'c', '--output-dir', 'a/b/c'),
  { name: 'output-dir over an earlier run', args: ['r', 'c', '--output-dir', 'out', '--release-name'], twice: true },
  T('output-dir needs an argument', 'r', 'c', '--output-dir'),
  T('release-name alone', 'r', 'c', '--release-name', '-s', 'templates/cm.yaml'),
  // --name-template.
  T('name-template', 'c', '--name-template', 'x-{{ "abc" | upper | lower }}-{{ list 1 2 | len }}'),
  T('name-template parse error', 'c', '--name-template', 'bad-{{ nope }}'),
  T('name-template unclosed', 'c', '--name-template', '{{'),
  T('name-template fail', 'c', '--name-template', 'x{{ fail "boom" }}'),
  T('name-template helm-only function', 'c', '--name-template', '{{ include "x" . }}'),
  T('name-template missing data', 'c', '--name-template', 'a{{ .x.y }}'),
  T('name-template invalid name', 'c', '--name-template', 'Upper'),
  T('name-template json', 'c', '--name-template', 'n{{ toJson 1 }}'),
  T('name-template and a name', 'r', 'c', '--name-template', 'x'),
  { name: 'name-template env', args: ['c', '--name-template', '{{ env "CW_NAME" }}-{{ expandenv "$CW_NAME.${CW_NAME}$" }}'], env: { CW_NAME: 'from-env' } },
  // A chart with a packaged subchart.
  T('packaged subchart', 'r', 'p'),
  T('packaged subchart values', 'r', 'p', '--set', 'sub.x=5', '--set-literal', 'sub.a=l,it', '-s', 'charts/sub/templates/cm.yaml'),
  T('packaged subchart output-dir', 'r', 'p', '--output-dir', 'out'),
  // Which error comes first.
  T('missing path before values', 'r', './missing', '-f', 'nope.yaml'),
  T('values before chart detection', 'r', './empty', '--set-file', 'a=nope'),
  T('chart detection', 'r', './empty'),
  T('kube version before arguments', 'a', 'b', 'c', '--kube-version', 'bad'),
];

let root = '';
let helm = '';
let sub: Uint8Array;

function writeTree(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
}

// Files under dir that the run wrote (the fixture left out).
function outputTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      const rel = relative(dir, p).split('\\').join('/');
      if (statSync(p).isDirectory()) walk(p);
      else if (!(rel in FIXTURE) && !rel.startsWith('p/')) out[rel] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

async function packageSub(): Promise<Uint8Array> {
  const src = join(root, 'sub-src', 'sub');
  writeTree(src, SUB);
  const when = new Date('2024-01-02T03:04:05Z');
  const touch = (p: string) => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p)) touch(join(p, n));
    utimesSync(p, when, when);
  };
  touch(src);
  const r = await run(helm, ['package', src, '-d', join(root, 'sub-src')]);
  if (r.code !== 0) throw new Error(`helm package: ${r.stderr}`);
  return new Uint8Array(readFileSync(join(root, 'sub-src', 'sub-0.1.0.tgz')));
}

function caseDir(side: string, i: number): string {
  const dir = join(root, side, String(i));
  writeTree(dir, { ...FIXTURE, 'p/Chart.yaml': 'apiVersion: v2\nname: p\nversion: 0.1.0\n', 'p/templates/cm.yaml': show, 'p/charts/sub-0.1.0.tgz': sub });
  return dir;
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  files: Record<string, string>;
}

const normalize = (s: string, dir: string) => s.split(dir).join('<CWD>');

async function helmRun(c: Case, dir: string): Promise<Outcome> {
  let r = await run(helm, ['template', ...c.args], { cwd: dir, env: c.env });
  if (c.twice) r = await run(helm, ['template', ...c.args], { cwd: dir, env: c.env });
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !l.startsWith('level='))
    .join('\n');
  return { code: r.code === 0 ? 0 : 1, stdout: normalize(r.stdout, dir), stderr: normalize(stderr, dir), files: outputTree(dir) };
}

async function ourRun(c: Case, dir: string): Promise<Outcome> {
  const once = async () => {
    let stdout = '';
    let stderr = '';
    const code = await runTemplate(c.args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: dir, env: c.env ?? {} });
    return { code, stdout, stderr };
  };
  let r = await once();
  if (c.twice) r = await once();
  return { code: r.code === 0 ? 0 : 1, stdout: normalize(r.stdout, dir), stderr: normalize(r.stderr, dir), files: outputTree(dir) };
}

beforeAll(async () => {
  helm = await ensureTool('helm');
  root = mkdtempSync(join(tmpdir(), 'cw-tpl-'));
  sub = await packageSub();
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('chartwright template vs helm template (same arguments)', () => {
  const seen = new Set<string>();
  cases.forEach((c, i) => {
    if (seen.has(c.name)) throw new Error(`duplicate case ${c.name}`);
    seen.add(c.name);
    it(c.name, async () => {
      const want = await helmRun(c, caseDir('helm', i));
      const got = await ourRun(c, caseDir('ours', i));
      expect(got).toEqual(want);
    });
  });
});
