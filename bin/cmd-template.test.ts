// `chartwright template` against `helm template` with the same arguments, run in twin
// working directories: stdout, stderr (Helm's `level=` log lines aside), the exit code
// and, for --output-dir, every file written must be the same.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ensureTool, run } from '../test/helm';
import { concat, gzip, paxEntry, tar, tarEntry, tgz } from '../lib/helm/archive/tar-build.test-util';
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
  // A packaged chart as CHART (archives under a/, made by `helm package` or by hand).
  T('archive', 'r', 'a/mychart-0.1.0.tgz'),
  T('archive in the working directory', 'r', 'mychart-0.1.0.tgz'),
  T('archive dot path', 'r', './mychart-0.1.0.tgz'),
  T('archive without a release name', 'a/mychart-0.1.0.tgz'),
  T('archive values', 'r', 'a/mychart-0.1.0.tgz', '-f', 'over.yaml', '--set', 'sub.x=5,inner.v=set', '--set-file', 'b=f.txt'),
  T('archive nested subchart off', 'r', 'a/mychart-0.1.0.tgz', '--set', 'inner.enabled=false'),
  T('archive show-only folder subchart', 'r', 'a/mychart-0.1.0.tgz', '-s', 'charts/sub/templates/cm.yaml'),
  T('archive show-only packaged subchart', 'r', 'a/mychart-0.1.0.tgz', '-s', 'charts/inner/templates/cm.yaml'),
  T('archive show-only missing', 'r', 'a/mychart-0.1.0.tgz', '-s', 'templates/nope.yaml'),
  T('archive include-crds', 'r', 'a/mychart-0.1.0.tgz', '--include-crds', '--no-hooks'),
  T('archive output-dir', 'r', 'a/mychart-0.1.0.tgz', '--output-dir', 'out', '--include-crds'),
  T('archive namespace and upgrade', 'r', 'a/mychart-0.1.0.tgz', '-n', 'prod', '--is-upgrade', '--skip-tests'),
  T('archive under another file name', 'r', 'a/renamed.tgz'),
  T('archive named .yaml', 'r', 'a/packaged.yaml'),
  T('archive library chart', 'r', 'a/lib-0.1.0.tgz'),
  T('archive missing values file first', 'r', 'a/notchart.tgz', '-f', 'nope.yaml'),
  T('archive bad kube version first', 'r', 'a/notchart.tgz', '--kube-version', 'x'),
  T('archive top folder not the chart name', 'r', 'a/othertop.tgz'),
  T('archive several top folders', 'r', 'a/mixed.tgz'),
  T('archive .helmignore not applied', 'r', 'a/hidden.tgz'),
  T('archive duplicate Chart.yaml', 'r', 'a/dup.tgz'),
  T('archive duplicate Chart.yaml, nulls', 'r', 'a/dup-null.tgz'),
  T('archive Chart.yaml with a BOM', 'r', 'a/bom.tgz'),
  T('archive windows paths', 'r', 'a/backslash.tgz'),
  T('archive pax and directory entries', 'r', 'a/pax.tgz'),
  T('archive file outside the top folder', 'r', 'a/toplevel.tgz'),
  T('archive absolute path', 'r', 'a/abs.tgz'),
  T('archive parent path', 'r', 'a/parent.tgz'),
  T('archive drive path', 'r', 'a/drive.tgz'),
  T('archive Chart.yaml at the top', 'r', 'a/topchart.tgz'),
  T('archive without Chart.yaml', 'r', 'a/nochart.tgz'),
  T('archive Chart.yaml missing from the first folder', 'r', 'a/chartlater.tgz'),
  T('archive apiVersion v3', 'r', 'a/v3.tgz'),
  T('archive apiVersion v9', 'r', 'a/v9.tgz'),
  T('archive apiVersion number', 'r', 'a/num.tgz'),
  T('archive apiVersion object', 'r', 'a/apiobj.tgz'),
  T('archive Chart.yaml a list', 'r', 'a/list.tgz'),
  T('archive Chart.yaml a string', 'r', 'a/string.tgz'),
  T('archive Chart.yaml bad YAML', 'r', 'a/badyaml.tgz'),
  T('archive Chart.yaml empty', 'r', 'a/emptychart.tgz'),
  T('archive Chart.yaml without name', 'r', 'a/noname.tgz'),
  T('archive bad values.yaml', 'r', 'a/badvalues.tgz'),
  T('archive missing dependency', 'r', 'a/missingdep.tgz'),
  T('archive broken nested subchart', 'r', 'a/badnested.tgz'),
  T('archive nested subchart folder named .tgz', 'r', 'a/nesteddir.tgz'),
  T('archive empty tar', 'r', 'a/emptytar.tgz'),
  T('archive gzip of nothing', 'r', 'a/emptygz.tgz'),
  T('archive gzip of a non-tar', 'r', 'a/nottar.tgz'),
  T('archive tar header checksum', 'r', 'a/badtar.tgz'),
  T('archive truncated gzip', 'r', 'a/trunc.tgz'),
  T('archive bad gzip trailer', 'r', 'a/badcrc.tgz'),
  T('archive reserved gzip flags', 'r', 'a/badflags.tgz'),
  T('archive bad gzip header crc', 'r', 'a/hcrc.tgz'),
  T('archive garbage after the gzip member', 'r', 'a/garbage-after.tgz'),
  T('archive that sniffs as a font', 'r', 'a/eot-gzip.tgz'),
  T('archive member then short garbage', 'r', 'a/member-short-garbage.tgz'),
  T('archive member then garbage', 'r', 'a/member-garbage.tgz'),
  T('archive two gzip members', 'r', 'a/two-members.tgz'),
  T('archive tar cut in the padding', 'r', 'a/member-trunc.tgz'),
  T('archive file too large', 'r', 'a/toolarge.tgz'),
  // Not an archive at all: Helm sniffs the first 512 bytes (zero-padded) as
  // http.DetectContentType does.
  T('not gzip: short text', 'r', 'a/notchart.tgz'),
  T('not gzip: empty file', 'r', 'a/empty.tgz'),
  T('not gzip: long text', 'r', 'a/long.tgz'),
  T('not gzip: whitespace', 'r', 'a/ws.tgz'),
  T('not gzip: gzip magic cut short', 'r', 'a/magic2.tgz'),
  T('not gzip: gzip magic, method 7', 'r', 'a/method7.tgz'),
  T('not gzip: zip', 'r', 'a/zip.tgz'),
  T('not gzip: html', 'r', 'a/html.tgz'),
  T('not gzip: doctype', 'r', 'a/doctype.tgz'),
  T('not gzip: html comment', 'r', 'a/comment.tgz'),
  T('not gzip: html tag needs a terminator', 'r', 'a/htmlish.tgz'),
  T('not gzip: xml', 'r', 'a/xml.tgz'),
  T('not gzip: pdf', 'r', 'a/pdf.tgz'),
  T('not gzip: postscript', 'r', 'a/ps.tgz'),
  T('not gzip: utf-16be', 'r', 'a/utf16be.tgz'),
  T('not gzip: utf-16le', 'r', 'a/utf16le.tgz'),
  T('not gzip: utf-8 bom text', 'r', 'a/bomtext.tgz'),
  T('not gzip: icon', 'r', 'a/ico.tgz'),
  T('not gzip: cursor', 'r', 'a/cur.tgz'),
  T('not gzip: bmp', 'r', 'a/bmp.tgz'),
  T('not gzip: gif', 'r', 'a/gif.tgz'),
  T('not gzip: webp', 'r', 'a/webp.tgz'),
  T('not gzip: png', 'r', 'a/png.tgz'),
  T('not gzip: jpeg', 'r', 'a/jpeg.tgz'),
  T('not gzip: aiff', 'r', 'a/aiff.tgz'),
  T('not gzip: mp3', 'r', 'a/mp3.tgz'),
  T('not gzip: ogg', 'r', 'a/ogg.tgz'),
  T('not gzip: midi', 'r', 'a/midi.tgz'),
  T('not gzip: avi', 'r', 'a/avi.tgz'),
  T('not gzip: wave', 'r', 'a/wave.tgz'),
  T('not gzip: mp4', 'r', 'a/mp4.tgz'),
  T('not gzip: ftyp without mp4', 'r', 'a/ftyp.tgz'),
  T('not gzip: webm', 'r', 'a/webm.tgz'),
  T('not gzip: eot', 'r', 'a/eot.tgz'),
  T('not gzip: ttf', 'r', 'a/ttf.tgz'),
  T('not gzip: otf', 'r', 'a/otf.tgz'),
  T('not gzip: ttc', 'r', 'a/ttc.tgz'),
  T('not gzip: woff', 'r', 'a/woff.tgz'),
  T('not gzip: woff2', 'r', 'a/woff2.tgz'),
  T('not gzip: rar', 'r', 'a/rar.tgz'),
  T('not gzip: rar5', 'r', 'a/rar5.tgz'),
  T('not gzip: wasm', 'r', 'a/wasm.tgz'),
  T('not gzip: text after 512 bytes of it', 'r', 'a/late-binary.tgz'),
  T('YAML file as CHART', 'r', 'a/values.yaml'),
  T('YML file as CHART', 'r', 'a/values.yml'),
  T('YAML suffix is case-sensitive', 'r', 'a/values.YAML'),
  T('YAML file as CHART in the working directory', 'r', 'over.yaml'),
  T('JSON file as CHART', 'r', 'a/c.json'),
  T('directory named .tgz', 'r', 'a/dir.tgz'),
  T('chart directory named .tgz', 'r', 'a/chartdir.tgz'),
  T('missing archive', 'r', 'missing.tgz'),
  T('missing archive dot path', 'r', './missing.tgz'),
  T('missing archive under a folder', 'r', 'a/missing.tgz'),
  T('archive path with spaces around', 'r', '  mychart-0.1.0.tgz '),
  T('empty chart argument', 'r', ''),
  T('reference repo/chart', 'r', 'myrepo/mychart'),
  T('reference nested path', 'r', 'a/b/c'),
  T('reference trailing slash', 'r', 'x/'),
  T('reference bad escape', 'r', '%zz/a'),
  T('reference escaped repo name', 'r', 'r%41%20b/x'),
  T('reference space in repo name', 'r', 'a b/c'),
  T('reference opaque URL', 'r', 'x:y/z'),
  T('reference colon in first segment', 'r', 'a_b:c/d'),
  T('reference leading colon', 'r', ':x/y'),
  T('reference tilde', 'r', '~/x'),
  T('reference query', 'r', 'repo/x?version=1'),
  T('reference fragment', 'r', 'x#a/b'),
  T('reference bad fragment escape', 'r', 'a/b#%zz'),
  T('reference without a slash', 'r', 'nochart'),
  // Chart.yaml's apiVersion is read before the directory loads.
  T('directory Chart.yaml empty', 'r', 'emptychart'),
  T('directory Chart.yaml a list', 'r', 'listchart'),
  T('directory apiVersion v9', 'r', 'v9chart'),
  T('directory apiVersion object', 'r', 'objapi'),
  // Which error comes first.
  T('missing path before values', 'r', './missing', '-f', 'nope.yaml'),
  T('values before chart detection', 'r', './empty', '--set-file', 'a=nope'),
  T('chart detection', 'r', './empty'),
  T('kube version before arguments', 'a', 'b', 'c', '--kube-version', 'bad'),
];

let root = '';
let helm = '';
let sub: Uint8Array;
let archives: Record<string, Uint8Array | string> = {};

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
      else if (!(rel in FIXTURE) && !(rel in archives) && !rel.startsWith('p/')) out[rel] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

// `helm package` of a chart given as files (dated to a fixed time): the .tgz bytes.
async function helmPackage(name: string, files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const src = join(root, 'pkg-src', name);
  writeTree(src, files);
  const when = new Date('2024-01-02T03:04:05Z');
  const touch = (p: string) => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p)) touch(join(p, n));
    utimesSync(p, when, when);
  };
  touch(src);
  const out = join(root, 'pkg-out', name);
  mkdirSync(out, { recursive: true });
  const r = await run(helm, ['package', src, '-d', out]);
  if (r.code !== 0) throw new Error(`helm package: ${r.stderr}`);
  const [tgzName] = readdirSync(out);
  return new Uint8Array(readFileSync(join(out, tgzName)));
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const cy = (name: string, extra = '') => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${extra}`;
const chartTpl = 'kind: ConfigMap\nmetadata:\n  name: {{ .Chart.Name }}\ndata:\n  chart: {{ toJson .Chart | quote }}\n';
const filesTpl = 'kind: ConfigMap\nmetadata:\n  name: {{ .Chart.Name }}-files\ndata:\n  files: {{ range $p, $_ := .Files.Glob "**" }}{{ $p }} {{ end }}\n';

// Every archive (and not-archive) the CHART cases name, by path in the working directory.
async function makeArchives(): Promise<Record<string, Uint8Array | string>> {
  const inner = await helmPackage('inner', { 'Chart.yaml': cy('inner'), 'values.yaml': 'v: inner-default\n', 'templates/cm.yaml': show });
  const mychart = await helmPackage('mychart', {
    'Chart.yaml': cy('mychart', 'dependencies:\n- name: inner\n  version: 0.1.0\n  condition: inner.enabled\n'),
    'values.yaml': 'a: chart-default\nnested:\n  keep: 1\ninner:\n  enabled: true\n',
    'templates/cm.yaml': show,
    'templates/files.yaml': filesTpl,
    'templates/NOTES.txt': 'notes {{ .Release.Name }}',
    'templates/hook.yaml': FIXTURE['c/templates/hook.yaml'],
    'templates/tests/t.yaml': FIXTURE['c/templates/tests/t.yaml'],
    'crds/crd.yaml': 'kind: CustomResourceDefinition\nmetadata:\n  name: gadgets\n',
    '.helmignore': 'ignored.txt\n',
    'ignored.txt': 'never packaged\n',
    'files/a.txt': 'a\n',
    'charts/sub/Chart.yaml': cy('sub'),
    'charts/sub/values.yaml': 'a: sub-default\nx: 1\n',
    'charts/sub/templates/cm.yaml': show,
    'charts/inner-0.1.0.tgz': inner,
  });
  const library = await helmPackage('lib', { 'Chart.yaml': cy('lib', 'type: library\n'), 'templates/_lib.tpl': '{{ define "lib.x" }}x{{ end }}' });

  const good = tgz({ 'g/Chart.yaml': cy('good'), 'g/templates/cm.yaml': show });
  const goodTar = new Uint8Array(gunzipSync(good));
  const at = (b: Uint8Array, i: number, v: number) => {
    const c = b.slice();
    c[i] = v;
    return c;
  };
  const hcrc = concat(at(good.subarray(0, 10), 3, good[3] | 2), new Uint8Array(2), good.subarray(10));
  const gz = (b: Uint8Array) => new Uint8Array(gzipSync(b));
  const sig = (s: string) => latin1(s);
  return {
    'mychart-0.1.0.tgz': mychart,
    'a/mychart-0.1.0.tgz': mychart,
    'a/renamed.tgz': mychart,
    'a/packaged.yaml': mychart,
    'a/lib-0.1.0.tgz': library,
    'a/othertop.tgz': tgz({ 'other/Chart.yaml': cy('mychart'), 'other/values.yaml': 'a: from-other\n', 'other/templates/cm.yaml': show }),
    'a/mixed.tgz': tgz({ 'a/Chart.yaml': cy('mixed'), 'b/templates/cm.yaml': show, 'c/files/x.txt': 'x', 'b/templates/files.yaml': filesTpl, 'd/values.yaml': 'a: from-d\n' }),
    'a/hidden.tgz': tgz({
      'h/Chart.yaml': cy('hidden'),
      'h/.helmignore': 'templates/\n*.txt\n.git\ncharts/\n',
      'h/templates/.hidden.yaml': 'kind: Secret\nmetadata:\n  name: hidden\n',
      'h/templates/files.yaml': filesTpl,
      'h/x.txt': 'x',
      'h/.git/config': 'c',
      'h/charts/.skipped/Chart.yaml': 'not: [yaml',
      'h/charts/_skipped/Chart.yaml': 'not: [yaml',
      'h/charts/kept/Chart.yaml': cy('kept'),
      'h/charts/kept/templates/cm.yaml': show,
    }),
    'a/dup.tgz': tgz({
      'a/Chart.yaml': cy('first', 'appVersion: "1.0"\nkeywords: [k1, k2]\nannotations:\n  a: one\n  b: two\nmaintainers:\n- name: m1\n  email: e1\n- name: m2\n'),
      'a/templates/cm.yaml': chartTpl,
      'b/Chart.yaml': 'name: second\nversion: 0.2.0\ndescription:\nkeywords: [k3]\nannotations:\n  b: override\n  c: three\nmaintainers:\n- email: e1b\n',
    }),
    'a/dup-null.tgz': tgz({ 'a/Chart.yaml': cy('first', 'annotations:\n  a: one\nkeywords: [k]\n'), 'a/templates/cm.yaml': chartTpl, 'b/Chart.yaml': 'annotations:\nkeywords:\nname:\n' }),
    'a/bom.tgz': tgz({ 'b/Chart.yaml': '\ufeff' + cy('bom'), 'b/values.yaml': '\ufeffa: bom\n', 'b/templates/cm.yaml': '\ufeff' + show }),
    'a/backslash.tgz': tgz({ 'w\\Chart.yaml': cy('win'), 'w\\templates\\cm.yaml': show }),
    'a/pax.tgz': gzip(
      tar(
        tarEntry({ name: 'g', type: 'g', data: '13 comment=x\n' }),
        tarEntry({ name: 'p/', type: '5' }),
        paxEntry({ path: 'p/Chart.yaml' }),
        tarEntry({ name: 'short', data: cy('pax') }),
        tarEntry({ name: 'p/templates/', type: '5' }),
        tarEntry({ name: 'p/templates/cm.yaml', data: show }),
      ),
    ),
    'a/toplevel.tgz': tgz({ 't/Chart.yaml': cy('t'), README: 'x' }),
    'a/abs.tgz': tgz({ 'a/Chart.yaml': cy('a'), 'a//etc/passwd': 'x' }),
    'a/parent.tgz': tgz({ 'a/Chart.yaml': cy('a'), 'a/../../x': 'x' }),
    'a/drive.tgz': tgz({ 'a/Chart.yaml': cy('a'), 'a/c:/x': 'x' }),
    'a/topchart.tgz': tgz({ 'Chart.yaml': cy('top') }),
    'a/nochart.tgz': tgz({ 'n/values.yaml': 'a: 1\n', 'n/templates/cm.yaml': show }),
    'a/chartlater.tgz': tgz({ 'x/templates/cm.yaml': show, 'y/Chart.yaml': cy('later') }),
    'a/v3.tgz': tgz({ 'a/Chart.yaml': 'apiVersion: v3\nname: a\nversion: 0.1.0\n', 'a/templates/cm.yaml': show }),
    'a/v9.tgz': tgz({ 'a/Chart.yaml': 'apiVersion: v9\nname: a\nversion: 0.1.0\n' }),
    'a/num.tgz': tgz({ 'a/Chart.yaml': 'apiVersion: 3\nname: a\nversion: 0.1.0\n' }),
    'a/apiobj.tgz': tgz({ 'a/Chart.yaml': 'apiVersion: {a: 1}\nname: a\nversion: 0.1.0\n' }),
    'a/list.tgz': tgz({ 'a/Chart.yaml': '- a\n' }),
    'a/string.tgz': tgz({ 'a/Chart.yaml': 'hello\n' }),
    'a/badyaml.tgz': tgz({ 'a/Chart.yaml': 'apiVersion: [\n' }),
    'a/emptychart.tgz': tgz({ 'a/Chart.yaml': '' }),
    'a/noname.tgz': tgz({ 'a/Chart.yaml': 'apiVersion: v2\nversion: 0.1.0\n' }),
    'a/badvalues.tgz': tgz({ 'b/Chart.yaml': cy('b'), 'b/values.yaml': 'a: [\n' }),
    'a/missingdep.tgz': tgz({ 'm/Chart.yaml': cy('m', 'dependencies:\n- name: gone\n  version: 0.1.0\n'), 'm/templates/cm.yaml': show }),
    'a/badnested.tgz': tgz({ 'n/Chart.yaml': cy('n'), 'n/charts/bad-0.1.0.tgz': 'not gzip at all' }),
    'a/nesteddir.tgz': tgz({ 'n/Chart.yaml': cy('n'), 'n/charts/sub.tgz/Chart.yaml': cy('sub') }),
    'a/emptytar.tgz': gzip(tar()),
    'a/emptygz.tgz': gz(new Uint8Array(0)),
    'a/nottar.tgz': gz(latin1('hello world, not a tar')),
    'a/badtar.tgz': gzip(tar(tarEntry({ name: 'a/Chart.yaml', data: cy('a'), badChecksum: true }))),
    'a/trunc.tgz': good.subarray(0, good.length - 20),
    'a/badcrc.tgz': at(good, good.length - 6, good[good.length - 6] ^ 0xff),
    'a/badflags.tgz': at(good, 3, 0xe0),
    'a/hcrc.tgz': hcrc,
    'a/garbage-after.tgz': concat(good, latin1('garbage')),
    // A file-name field that puts "LP" at bytes 34-35: DetectContentType calls it a font.
    'a/eot-gzip.tgz': concat(at(good.subarray(0, 10), 3, 0x08), latin1('x'.repeat(24) + 'LP\x00'), good.subarray(10)),
    'a/member-short-garbage.tgz': concat(gz(goodTar.subarray(0, 512)), latin1('garbage!')),
    'a/member-garbage.tgz': concat(gz(goodTar.subarray(0, 512)), latin1('garbage garbage garbage')),
    'a/two-members.tgz': concat(gz(goodTar.subarray(0, 1024)), gz(goodTar.subarray(1024))),
    'a/member-trunc.tgz': gz(goodTar.subarray(0, 700)),
    'a/toolarge.tgz': tgz({ 'big/Chart.yaml': cy('big'), 'big/files/big.bin': new Uint8Array(5 * 1024 * 1024 + 1) }),
    'a/notchart.tgz': 'hello\n',
    'a/empty.tgz': '',
    'a/long.tgz': 'a'.repeat(600),
    'a/ws.tgz': ' '.repeat(600),
    'a/magic2.tgz': sig('\x1f\x8b'),
    'a/method7.tgz': at(good, 2, 7),
    'a/zip.tgz': sig('PK\x03\x04\x14\x00'),
    'a/html.tgz': '  <html>hi</html>',
    'a/doctype.tgz': '<!doctype html>',
    'a/comment.tgz': '\n<!-- x -->',
    'a/htmlish.tgz': '<htmlx>' + 'a'.repeat(600),
    'a/xml.tgz': '\n <?xml version="1.0"?>',
    'a/pdf.tgz': '%PDF-1.4',
    'a/ps.tgz': '%!PS-Adobe-3.0',
    'a/utf16be.tgz': sig('\xfe\xffAB'),
    'a/utf16le.tgz': sig('\xff\xfeA\x00'),
    'a/bomtext.tgz': sig('\xef\xbb\xbf' + 'x'.repeat(600)),
    'a/ico.tgz': sig('\x00\x00\x01\x00'),
    'a/cur.tgz': sig('\x00\x00\x02\x00'),
    'a/bmp.tgz': 'BM',
    'a/gif.tgz': 'GIF89a',
    'a/webp.tgz': sig('RIFF\x10\x00\x00\x00WEBPVP8 '),
    'a/png.tgz': sig('\x89PNG\r\n\x1a\n'),
    'a/jpeg.tgz': sig('\xff\xd8\xff\xe0'),
    'a/aiff.tgz': sig('FORM\x00\x00\x00\x10AIFF'),
    'a/mp3.tgz': 'ID3',
    'a/ogg.tgz': sig('OggS\x00'),
    'a/midi.tgz': sig('MThd\x00\x00\x00\x06'),
    'a/avi.tgz': sig('RIFF\x00\x00\x00\x00AVI '),
    'a/wave.tgz': sig('RIFF\x00\x00\x00\x00WAVE'),
    'a/mp4.tgz': sig('\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41'),
    'a/ftyp.tgz': sig('\x00\x00\x00\x10ftypisommp42'),
    'a/webm.tgz': sig('\x1a\x45\xdf\xa3'),
    'a/eot.tgz': sig('\x00'.repeat(34) + 'LP'),
    'a/ttf.tgz': sig('\x00\x01\x00\x00\x05'),
    'a/otf.tgz': 'OTTO',
    'a/ttc.tgz': 'ttcf',
    'a/woff.tgz': 'wOFF',
    'a/woff2.tgz': 'wOF2',
    'a/rar.tgz': sig('Rar!\x1a\x07\x00'),
    'a/rar5.tgz': sig('Rar!\x1a\x07\x01\x00'),
    'a/wasm.tgz': sig('\x00asm\x01'),
    'a/late-binary.tgz': sig('a'.repeat(512) + '\x00'),
    'a/values.yaml': 'a: 1\n',
    'a/values.yml': 'a: 1\n',
    'a/values.YAML': 'a: 1\n',
    'a/c.json': '{"a": 1}\n',
    'a/dir.tgz/README': 'not a chart\n',
    'a/chartdir.tgz/Chart.yaml': cy('chartdir'),
    'a/chartdir.tgz/templates/cm.yaml': show,
    'emptychart/Chart.yaml': '',
    'listchart/Chart.yaml': '- a\n',
    'v9chart/Chart.yaml': 'apiVersion: v9\nname: v\nversion: 0.1.0\n',
    'objapi/Chart.yaml': 'apiVersion: {a: 1}\n',
  };
}

// The case's working directory: the fixture, and the archives when an argument names one.
function caseDir(side: string, i: number): string {
  const dir = join(root, side, String(i));
  const tops = new Set(Object.keys(archives).map((k) => k.split('/')[0]));
  const wantsArchives = cases[i].args.some((a) => tops.has(a.trim().split('/')[0]));
  writeTree(dir, { ...FIXTURE, ...(wantsArchives ? archives : {}), 'p/Chart.yaml': 'apiVersion: v2\nname: p\nversion: 0.1.0\n', 'p/templates/cm.yaml': show, 'p/charts/sub-0.1.0.tgz': sub });
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
  sub = await helmPackage('sub', SUB);
  archives = await makeArchives();
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
