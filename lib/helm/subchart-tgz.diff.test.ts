// Packaged subcharts (charts/NAME-VERSION.tgz) through renderChart and through
// `helm template`, byte for byte. The archives are made by the real `helm package`
// (files dated to a fixed time, so the bytes — and helm's cached answers — are stable),
// or built by hand for what `helm package` never writes (long names, broken archives).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chartDifferential, type ChartCase } from '../../test/chart-differential';
import { HELM_VERSION, ensureTool, run, writeChart } from '../../test/helm';
import { concat, gnuLongName, gzip, paxEntry, tar, tarEntry, tgz } from './archive/tar-build.test-util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'chartwright', 'packages');
const FIXED_TIME = new Date('2024-01-02T03:04:05Z');

/** `helm package` of a chart given as files: the .tgz bytes (cached by content). */
async function helmPackage(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const enc = (v: string | Uint8Array) => (typeof v === 'string' ? v : Buffer.from(v).toString('base64'));
  const key = createHash('sha256')
    .update(HELM_VERSION)
    .update(JSON.stringify(Object.entries(files).map(([k, v]) => [k, enc(v)]).sort()))
    .digest('hex');
  const cached = join(CACHE, key + '.tgz');
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  const helm = await ensureTool('helm');
  const work = mkdtempSync(join(tmpdir(), 'cw-pkg-'));
  try {
    const src = writeChart(files, join(work, 'src'));
    const touch = (p: string) => {
      if (statSync(p).isDirectory()) for (const n of readdirSync(p)) touch(join(p, n));
      utimesSync(p, FIXED_TIME, FIXED_TIME);
    };
    touch(src);
    const out = join(work, 'out');
    mkdirSync(out);
    const r = await run(helm, ['package', src, '-d', out]);
    if (r.code !== 0) throw new Error(`helm package failed: ${r.stderr}`);
    const [tgzName] = readdirSync(out);
    const bytes = new Uint8Array(readFileSync(join(out, tgzName)));
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cached, bytes);
    return bytes;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const chartYaml = (name: string, extra = '') => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${extra}`;
const show = 'kind: ConfigMap\nmetadata:\n  name: {{ .Chart.Name }}\ndata:\n  values: {{ toJson .Values | quote }}\n';

// The subchart used by most cases: defaults, a global, its own template and files.
const SUB = {
  'Chart.yaml': chartYaml('sub', 'appVersion: "1.2"\n'),
  'values.yaml': 'x: 1\nkeep: yes\nenabled: true\nglobal:\n  g: from-sub\n  only: sub\nexports:\n  data:\n    shared: exported\n',
  'templates/cm.yaml': show,
  'templates/_helpers.tpl': '{{ define "sub.name" }}sub-{{ .Release.Name }}{{ end }}',
  'templates/NOTES.txt': 'sub notes {{ .Values.x }}',
  'templates/files.yaml': 'files: {{ range $p, $_ := .Files.Glob "**" }}{{ $p }} {{ end }}\n',
  'files/a.txt': 'file a\n',
  '.helmignore': 'ignored.txt\n',
  'ignored.txt': 'never packaged\n',
};
const sub = await helmPackage(SUB);
const inner = await helmPackage({ 'Chart.yaml': chartYaml('inner'), 'values.yaml': 'v: inner-default\n', 'templates/cm.yaml': show });
const withInnerDir = await helmPackage({
  'Chart.yaml': chartYaml('sub', 'dependencies:\n- name: inner\n  version: 0.1.0\n  condition: inner.enabled\n'),
  'values.yaml': 'inner:\n  enabled: true\n  v: from-sub\n',
  'templates/cm.yaml': show,
  'charts/inner/Chart.yaml': chartYaml('inner'),
  'charts/inner/values.yaml': 'v: inner-default\n',
  'charts/inner/templates/cm.yaml': show,
});
const library = await helmPackage({ 'Chart.yaml': chartYaml('lib', 'type: library\n'), 'templates/_lib.tpl': '{{ define "lib.label" }}from-lib: {{ .Chart.Name }}{{ end }}', 'templates/ignored.yaml': 'kind: Secret\n' });
const withCrds = await helmPackage({ 'Chart.yaml': chartYaml('sub'), 'crds/crd.yaml': 'kind: CustomResourceDefinition\nmetadata:\n  name: widgets\n', 'templates/cm.yaml': show });
const withSchema = await helmPackage({
  'Chart.yaml': chartYaml('sub'),
  'values.yaml': 'port: 80\n',
  'values.schema.json': '{"type":"object","properties":{"port":{"type":"integer"}}}',
  'templates/cm.yaml': show,
});
const failing = await helmPackage({ 'Chart.yaml': chartYaml('sub'), 'templates/bad.yaml': 'a: {{ required "sub needs x" .Values.x }}\n' });

function parent(extra: Record<string, string | Uint8Array>, chartExtra = '', values = ''): Record<string, string | Uint8Array> {
  return { 'Chart.yaml': chartYaml('parent', chartExtra), 'values.yaml': values, 'templates/cm.yaml': show, ...extra };
}

const dep = (fields: string) => `dependencies:\n- name: sub\n  version: 0.1.0\n${fields}`;

// Hand-built archives: a subchart with one template under a long path.
const LONG = 'templates/' + 'nested-directory-level/'.repeat(5) + 'cm.yaml';
const handMade = (...entries: Uint8Array[]) => gzip(tar(tarEntry({ name: 'sub/Chart.yaml', data: chartYaml('sub') }), ...entries));
const flipped = (() => {
  const b = sub.slice();
  b[Math.floor(b.length / 2)] ^= 0x40;
  return b;
})();

const cases: ChartCase[] = [
  // Values and globals: a packaged subchart is scoped exactly like a folder.
  { name: 'tgz/values-scoping', files: parent({ 'charts/sub-0.1.0.tgz': sub }, '', 'sub:\n  x: 2\n  extra: [1, 2]\n') },
  { name: 'tgz/globals', files: parent({ 'charts/sub-0.1.0.tgz': sub }, '', 'global:\n  g: from-parent\n') },
  { name: 'tgz/parent-null-deletes-default', files: parent({ 'charts/sub-0.1.0.tgz': sub }, '', 'sub:\n  keep: null\n') },
  { name: 'tgz/set-flags', files: parent({ 'charts/sub-0.1.0.tgz': sub }), args: ['--set', 'sub.x=5,global.g=cli', '--set-string', 'sub.s=007'] },
  { name: 'tgz/values-file', files: parent({ 'charts/sub-0.1.0.tgz': sub }), args: ['-f', 'over.yaml'], extra: { 'over.yaml': 'sub:\n  x: from-file\n' } },
  { name: 'tgz/file-name-is-not-chart-name', files: parent({ 'charts/whatever.tgz': sub }, '', 'sub:\n  x: 3\n') },
  { name: 'tgz/next-to-a-folder', files: parent({ 'charts/sub-0.1.0.tgz': sub, 'charts/other/Chart.yaml': chartYaml('other'), 'charts/other/templates/cm.yaml': show }) },
  {
    name: 'tgz/files-and-provenance',
    files: parent({ 'charts/sub-0.1.0.tgz': sub, 'charts/sub-0.1.0.tgz.prov': 'signature', 'templates/files.yaml': 'files: {{ range $p, $_ := .Files.Glob "**" }}{{ $p }} {{ end }}\n' }),
  },
  {
    name: 'tgz/files-seen-by-subchart',
    files: parent({
      'charts/sub-0.1.0.tgz': gzip(tar(
        tarEntry({ name: 'sub/Chart.yaml', data: chartYaml('sub') }),
        tarEntry({ name: 'sub/.helmignore', data: 'ignored.txt\n' }),
        tarEntry({ name: 'sub/ignored.txt', data: 'kept: an archive is not filtered\n' }),
        tarEntry({ name: 'sub/files/a.txt', data: '\ufeffwith bom\n' }),
        tarEntry({ name: 'sub/templates/f.yaml', data: 'names: {{ range $p, $_ := .Files.Glob "**" }}{{ $p }} {{ end }}\nignored: {{ .Files.Get "ignored.txt" | quote }}\na: {{ .Files.Get "files/a.txt" | quote }}\n' }),
      )),
    }),
  },

  // Chart.yaml dependencies: condition, tags, alias, version, import-values.
  { name: 'tgz/condition-false', files: parent({ 'charts/sub-0.1.0.tgz': sub }, dep('  condition: sub.enabled\n'), 'sub:\n  enabled: false\n') },
  { name: 'tgz/condition-true-by-set', files: parent({ 'charts/sub-0.1.0.tgz': sub }, dep('  condition: sub.enabled\n'), 'sub:\n  enabled: false\n'), args: ['--set', 'sub.enabled=true'] },
  { name: 'tgz/tags', files: parent({ 'charts/sub-0.1.0.tgz': sub }, dep('  tags: [extras]\n'), 'tags:\n  extras: false\n') },
  { name: 'tgz/alias', files: parent({ 'charts/sub-0.1.0.tgz': sub }, dep('  alias: renamed\n'), 'renamed:\n  x: 9\n') },
  {
    name: 'tgz/alias-twice',
    files: parent({ 'charts/sub-0.1.0.tgz': sub }, 'dependencies:\n- name: sub\n  version: 0.1.0\n  alias: one\n- name: sub\n  version: ~0.1\n  alias: two\n', 'one:\n  x: 1.5\ntwo:\n  x: 2.5\n'),
    args: ['-s', 'charts/one/templates/cm.yaml', '-s', 'charts/two/templates/cm.yaml'],
  },
  { name: 'tgz/version-mismatch', files: parent({ 'charts/sub-0.1.0.tgz': sub }, 'dependencies:\n- name: sub\n  version: ^2.0.0\n') },
  { name: 'tgz/missing-dependency', files: parent({ 'charts/sub-0.1.0.tgz': sub }, 'dependencies:\n- name: sub\n  version: 0.1.0\n- name: absent\n  version: 1.0.0\n') },
  { name: 'tgz/import-values', files: parent({ 'charts/sub-0.1.0.tgz': sub }, dep('  import-values: [data]\n')) },

  // Nesting: a folder inside an archive, an archive inside an archive.
  { name: 'tgz/nested-folder', files: parent({ 'charts/sub-0.1.0.tgz': withInnerDir }, '', 'sub:\n  inner:\n    v: from-parent\n') },
  { name: 'tgz/nested-condition', files: parent({ 'charts/sub-0.1.0.tgz': withInnerDir }, '', 'sub:\n  inner:\n    enabled: false\n') },
  {
    name: 'tgz/nested-archive',
    files: parent({ 'charts/sub-0.1.0.tgz': tgz({ 'sub/Chart.yaml': chartYaml('sub'), 'sub/templates/cm.yaml': show, 'sub/charts/inner-0.1.0.tgz': inner, 'sub/values.yaml': 'inner:\n  v: via-sub\n' }) }),
  },

  // Chart kinds and outputs.
  { name: 'tgz/library', files: parent({ 'charts/lib-0.1.0.tgz': library, 'templates/use.yaml': 'kind: Secret\nmetadata:\n  labels:\n    {{ include "lib.label" . }}\n' }) },
  { name: 'tgz/show-only', files: parent({ 'charts/sub-0.1.0.tgz': sub }), args: ['--show-only', 'charts/sub/templates/cm.yaml'] },
  { name: 'tgz/include-crds', files: parent({ 'charts/sub-0.1.0.tgz': withCrds }), args: ['--include-crds'] },
  { name: 'tgz/schema', files: parent({ 'charts/sub-0.1.0.tgz': withSchema }, '', 'sub:\n  port: eighty\n') },
  { name: 'tgz/template-error', files: parent({ 'charts/sub-0.1.0.tgz': failing }) },
  { name: 'tgz/underscore-skipped', files: parent({ 'charts/_sub-0.1.0.tgz': flipped }) },
  { name: 'tgz/ignored-by-parent', files: parent({ 'charts/sub-0.1.0.tgz': flipped, '.helmignore': 'charts/*.tgz\n' }) },

  // Archives `helm package` does not write.
  { name: 'tgz/pax-long-name', files: parent({ 'charts/sub-0.1.0.tgz': handMade(paxEntry({ path: 'sub/' + LONG }), tarEntry({ name: 'sub/short', data: show })) }) },
  { name: 'tgz/gnu-long-name', files: parent({ 'charts/sub-0.1.0.tgz': handMade(gnuLongName('sub/' + LONG), tarEntry({ name: 'sub/short', data: show, format: 'gnu' })) }) },
  { name: 'tgz/ustar-prefix', files: parent({ 'charts/sub-0.1.0.tgz': handMade(tarEntry({ name: 'cm.yaml', prefix: 'sub/templates', data: show })) }) },
  { name: 'tgz/v7-and-directories', files: parent({ 'charts/sub-0.1.0.tgz': handMade(tarEntry({ name: 'sub/templates/', type: '5' }), tarEntry({ name: 'sub/templates/cm.yaml', data: show, format: 'v7', type: '\0' })) }) },
  { name: 'tgz/windows-separators', files: parent({ 'charts/sub-0.1.0.tgz': handMade(tarEntry({ name: 'sub\\templates\\cm.yaml', data: show })) }) },
  { name: 'tgz/two-members', files: parent({ 'charts/sub-0.1.0.tgz': concat(gzip(tar(tarEntry({ name: 'sub/Chart.yaml', data: chartYaml('sub') })).subarray(0, 1024)), gzip(tar(tarEntry({ name: 'sub/templates/cm.yaml', data: show })))) }) },

  // Broken archives: Helm's errors, and the damage it does not notice.
  { name: 'tgz/not-gzip', files: parent({ 'charts/sub-0.1.0.tgz': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n' }) },
  { name: 'tgz/empty-file', files: parent({ 'charts/sub-0.1.0.tgz': new Uint8Array(0) }) },
  { name: 'tgz/truncated', files: parent({ 'charts/sub-0.1.0.tgz': sub.subarray(0, Math.floor(sub.length / 2)) }) },
  { name: 'tgz/corrupt-data', files: parent({ 'charts/sub-0.1.0.tgz': flipped }) },
  { name: 'tgz/bad-crc-unnoticed', files: parent({ 'charts/sub-0.1.0.tgz': concat(sub.subarray(0, sub.length - 8), new Uint8Array(4), sub.subarray(sub.length - 4)) }) },
  { name: 'tgz/trailing-garbage-unnoticed', files: parent({ 'charts/sub-0.1.0.tgz': concat(sub, new TextEncoder().encode('garbage')) }) },
  { name: 'tgz/bad-tar-header', files: parent({ 'charts/sub-0.1.0.tgz': gzip(tar(tarEntry({ name: 'sub/Chart.yaml', data: chartYaml('sub'), badChecksum: true }))) }) },
  { name: 'tgz/no-chart-yaml', files: parent({ 'charts/sub-0.1.0.tgz': tgz({ 'sub/values.yaml': 'a: 1\n' }) }) },
  { name: 'tgz/no-files', files: parent({ 'charts/sub-0.1.0.tgz': gzip(tar(tarEntry({ name: 'sub/', type: '5' }))) }) },
  { name: 'tgz/outside-base-dir', files: parent({ 'charts/sub-0.1.0.tgz': tgz({ 'Chart.yaml': chartYaml('sub') }) }) },
  { name: 'tgz/parent-directory', files: parent({ 'charts/sub-0.1.0.tgz': tgz({ 'sub/../../etc/x': 'x' }) }) },
  { name: 'tgz/absolute-path', files: parent({ 'charts/sub-0.1.0.tgz': tgz({ 'sub//etc/x': 'x' }) }) },
  { name: 'tgz/folder-named-tgz', files: parent({ 'charts/sub.tgz/Chart.yaml': chartYaml('sub') }) },
  { name: 'tgz/bad-chart-inside', files: parent({ 'charts/sub-0.1.0.tgz': tgz({ 'sub/Chart.yaml': 'apiVersion: v2\nname: sub\n' }) }) },
];

// Damage at spread-out places of a real package: where and how Go's gzip, flate and tar
// readers fail (or do not) decides Helm's text, down to flate's byte offsets.
for (let k = 1; k <= 16; k++) {
  const at = Math.floor((sub.length * k) / 17);
  const b = sub.slice();
  b[at] ^= 1 << k % 8;
  cases.push({ name: `tgz/damaged-bit-${k}`, files: parent({ 'charts/sub-0.1.0.tgz': b }) });
}
for (let k = 1; k <= 8; k++) {
  cases.push({ name: `tgz/cut-${k}`, files: parent({ 'charts/sub-0.1.0.tgz': sub.subarray(0, Math.floor((sub.length * k) / 9)) }) });
}

chartDifferential('packaged subcharts', cases);
