// Whole charts through renderChart and through `helm template`, byte for byte.
import { chartDifferential, type ChartCase } from '../../test/chart-differential';

const chartYaml = (name = 'demo', extra = '') => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${extra}`;

function chart(templates: Record<string, string>, extra: Record<string, string> = {}, name = 'demo'): Record<string, string> {
  const files: Record<string, string> = { 'Chart.yaml': chartYaml(name) };
  for (const [k, v] of Object.entries(templates)) files[`templates/${k}`] = v;
  return { ...files, ...extra };
}

const output: ChartCase[] = [
  { name: 'output/simple', files: chart({ 'cm.yaml': 'kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n' }) },
  { name: 'output/empty-chart', files: chart({}) },
  { name: 'output/whitespace-only', files: chart({ 'a.yaml': '  \n\n' }) },
  { name: 'output/separators', files: chart({ 'a.yaml': 'a: 1\n---\nb: 2\n---b: 3\n  ---  \nc: 4\n---\n\n---\n# only a comment\n' }) },
  { name: 'output/leading-separator-residue', files: chart({ 'a.yaml': '  \n---\n\n--- \n' }) },
  { name: 'output/trim-document', files: chart({ 'a.yaml': '\n\n   a: 1   \n\n\n' }) },
  { name: 'output/no-value-stripped', files: chart({ 'a.yaml': 'a: {{ .Values.nothing }}\nb: "<no value>"\n' }) },
  {
    name: 'output/kind-order',
    files: chart({
      'z.yaml': 'kind: Deployment\n---\nkind: Service\n---\nkind: Namespace\n---\nkind: Zebra\n---\nkind: Apple\n---\nkind: Ingress\n',
      'a.yaml': 'kind: Deployment\nmetadata:\n  name: a\n---\nkind: ServiceAccount\n',
      'B.yaml': 'kind: ConfigMap\n',
      'sub/c.yaml': 'kind: ConfigMap\nmetadata:\n  name: sub\n',
    }),
  },
  {
    name: 'output/hooks-last',
    files: chart({
      'a.yaml': 'kind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: pre-install,post-install\n---\nkind: Service\n',
      'b.yaml': 'kind: ConfigMap\nmetadata:\n  annotations:\n    helm.sh/hook: post-upgrade\n    helm.sh/hook-weight: "5"\n',
      'tests/t.yaml': 'kind: Pod\nmetadata:\n  name: t\n  annotations:\n    helm.sh/hook: test\n',
      'c.yaml': 'kind: Secret\nmetadata:\n  annotations:\n    helm.sh/hook: bogus\n',
    }),
  },
  {
    name: 'output/skip-tests',
    files: chart({ 'a.yaml': 'kind: Service\n', 'tests/t.yaml': 'kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: test\n' }),
    args: ['--skip-tests'],
  },
  { name: 'output/no-hooks', files: chart({ 'a.yaml': 'kind: Service\n', 'h.yaml': 'kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install\n' }), args: ['--no-hooks'] },
  { name: 'output/partials-not-printed', files: chart({ '_helpers.tpl': '{{ define "x" }}y{{ end }}', '_p.yaml': 'kind: Secret\n', 'a.yaml': 'v: {{ include "x" . }}\n' }) },
  { name: 'output/any-extension-printed', files: chart({ 'a.txt': 'k: v\n', 'b.json': '{"a": 1}\n', 'c': 'x: 1\n' }) },
  { name: 'output/notes-not-printed', files: chart({ 'NOTES.txt': 'Hello {{ .Release.Name }}', 'a.yaml': 'a: 1\n' }) },
  { name: 'output/notes-error', files: chart({ 'NOTES.txt': '{{ fail "bad notes" }}', 'a.yaml': 'a: 1\n' }) },
  { name: 'output/notes-suffix-dropped', files: chart({ 'MYNOTES.txt': 'a: 1\n', 'a.yaml': 'b: 1\n' }) },
  { name: 'output/doc-is-string', files: chart({ 'a.yaml': 'hello world\n' }) },
  { name: 'output/doc-is-list', files: chart({ 'a.yaml': '- a\n- b\n' }) },
  { name: 'output/doc-invalid-yaml', files: chart({ 'a.yaml': 'a: 1\n---\nb: [\n' }) },
  { name: 'output/doc-mapping-in-context', files: chart({ 'a.yaml': 'a: b: c\n' }) },
  { name: 'output/doc-null-and-empty-map', files: chart({ 'a.yaml': 'null\n---\n{}\n' }) },
  { name: 'output/doc-kind-list', files: chart({ 'a.yaml': 'kind: [a]\n' }) },
  { name: 'output/doc-annotation-list', files: chart({ 'a.yaml': 'metadata:\n  annotations:\n    a: [1]\n' }) },
  { name: 'output/error-in-subchart-doc', files: { ...chart({ 'a.yaml': 'a: 1\n' }), 'charts/sub/Chart.yaml': chartYaml('sub'), 'charts/sub/templates/s.yaml': 'plain text\n' } },
  { name: 'output/show-only', files: chart({ 'a.yaml': 'kind: Service\n', 'b.yaml': 'kind: ConfigMap\n---\nkind: Secret\n' }), args: ['--show-only', 'templates/b.yaml'] },
  { name: 'output/show-only-glob-and-repeat', files: chart({ 'a.yaml': 'kind: Service\n', 'b.yaml': 'kind: ConfigMap\n' }), args: ['-s', 'templates/*.yaml', '-s', 'templates/a.yaml'] },
  { name: 'output/show-only-missing', files: chart({ 'a.yaml': 'kind: Service\n' }), args: ['-s', 'templates/nope.yaml'] },
  { name: 'output/show-only-empty-file', files: chart({ 'a.yaml': 'kind: Service\n', 'e.yaml': '{{/* nothing */}}\n' }), args: ['-s', 'templates/e.yaml'] },
  { name: 'output/show-only-hook', files: chart({ 'h.yaml': 'kind: Pod\nmetadata:\n  annotations:\n    helm.sh/hook: pre-install\n' }), args: ['--show-only=templates/h.yaml'] },
  { name: 'output/show-only-subchart', files: { ...chart({ 'a.yaml': 'a: 1\n' }), 'charts/sub/Chart.yaml': chartYaml('sub'), 'charts/sub/templates/s.yaml': 's: 1\n' }, args: ['-s', 'charts/sub/templates/s.yaml'] },
  { name: 'output/namespace', files: chart({ 'a.yaml': 'ns: {{ .Release.Namespace }}\n' }), args: ['--namespace', 'prod'] },
  { name: 'output/release-object', files: chart({ 'a.yaml': '# {{ .Release }}\nrev: {{ printf "%T" .Release.Revision }}\n' }), args: ['-n=x'] },
  { name: 'output/is-upgrade', files: chart({ 'a.yaml': '# {{ .Release.IsUpgrade }} {{ .Release.IsInstall }}\n' }), args: ['--is-upgrade'] },
  { name: 'output/chart-object', files: chart({ 'a.yaml': '# {{ .Chart }}\n# {{ printf "%T" .Chart }} {{ .Chart.Name }} {{ .Chart.IsRoot }}\n' }) },
  { name: 'output/template-object', files: chart({ 'x/a.yaml': '# {{ .Template.Name }} {{ .Template.BasePath }}\n' }) },
  { name: 'output/top-keys', files: chart({ 'a.yaml': '# {{ keys . | sortAlpha }} {{ printf "%T %T %T" . .Values .Template }}\n' }) },
  { name: 'output/name-not-folder', files: chart({ 'a.yaml': 'a: 1\n' }, {}, 'other-name') },
];

const files: ChartCase[] = [
  {
    name: 'files/get-lines-glob',
    files: chart(
      {
        'a.yaml': [
          '# get {{ .Files.Get "files/a.txt" | quote }} {{ .Files.Get "nope" | quote }}',
          '# bytes {{ printf "%T" (.Files.GetBytes "files/a.txt") }} {{ .Files.GetBytes "nope" }}',
          '# lines {{ printf "%q" (.Files.Lines "files/a.txt") }} {{ len (.Files.Lines "nope") }}',
          '# glob {{ range $k, $v := .Files.Glob "files/**" }}{{ $k }},{{ end }} {{ range $k, $v := .Files.Glob "files/*" }}{{ $k }},{{ end }}',
          '# glob2 {{ range $k, $v := .Files.Glob "**.yaml" }}{{ $k }},{{ end }} {{ range $k, $v := .Files.Glob "files/{a,c}.*" }}{{ $k }},{{ end }}',
          '# all {{ range $k, $v := .Files }}{{ $k }},{{ end }} {{ printf "%T" .Files }}',
          '',
        ].join('\n'),
      },
      { 'files/a.txt': 'line1\nline2\n\n', 'files/c.yaml': 'c: 1\n', 'files/sub/b.yaml': 'k: v\n', 'README.md': 'r\n', 'values.schema.json': '{}' },
    ),
  },
  {
    name: 'files/as-config-secrets',
    files: chart(
      {
        'cm.yaml': 'kind: ConfigMap\ndata:\n{{ (.Files.Glob "files/*").AsConfig | indent 2 }}\n',
        'sec.yaml': 'kind: Secret\ndata:\n{{ (.Files.Glob "files/*").AsSecrets | indent 2 }}\n',
        'e.yaml': 'e: {{ (.Files.Glob "nope/*").AsConfig | quote }}\n',
      },
      { 'files/a.txt': 'one\ntwo\n\n', 'files/b.conf': 'key = value\n', 'files/c.json': '{"x": 1}' },
    ),
  },
  {
    name: 'files/helmignore',
    files: chart(
      { 'a.yaml': '# {{ range $k, $v := .Files }}{{ $k }},{{ end }}\n', '.hidden.yaml': 'hidden: true\n' },
      { '.helmignore': '# comment\n*.bak\nignored/\n/top.txt\n', 'x.bak': 'b', 'ignored/y.txt': 'y', 'top.txt': 't', 'keep/top.txt': 'k', 'keep/z.txt': 'z' },
    ),
  },
  { name: 'files/helmignore-templates', files: chart({ 'a.yaml': 'a: 1\n', 'skip.yaml': 'b: 1\n' }, { '.helmignore': 'templates/skip.yaml\n' }) },
  { name: 'files/helmignore-double-star', files: chart({ 'a.yaml': 'a: 1\n' }, { '.helmignore': 'a/**\n' }) },
];

const capabilities: ChartCase[] = [
  {
    name: 'caps/default',
    files: chart({
      'a.yaml': [
        '# {{ .Capabilities.KubeVersion }} {{ .Capabilities.KubeVersion.Version }} {{ .Capabilities.KubeVersion.Major }} {{ .Capabilities.KubeVersion.Minor }} {{ .Capabilities.KubeVersion.GitVersion }}',
        '# {{ .Capabilities.APIVersions.Has "apps/v1" }} {{ .Capabilities.APIVersions.Has "apps/v1/Deployment" }} {{ .Capabilities.APIVersions.Has "x/v1" }}',
        '# {{ .Capabilities.HelmVersion.Version }} {{ .Capabilities.HelmVersion }}',
        '# {{ printf "%T %T" .Capabilities .Capabilities.KubeVersion }}',
        '# {{ semverCompare ">=1.19-0" .Capabilities.KubeVersion.GitVersion }}',
        '',
      ].join('\n'),
    }),
  },
  { name: 'caps/print-all', files: chart({ 'a.yaml': '# {{ .Capabilities }}\n' }) },
  { name: 'caps/kube-version-stringer-addressable', files: chart({ 'a.yaml': '# {{ $kv := .Capabilities.KubeVersion }}{{ $kv }}|{{ with .Capabilities.KubeVersion }}{{ . }}{{ end }}|{{ (.Capabilities.KubeVersion) }}|{{ $c := .Capabilities }}{{ $c.KubeVersion }}|{{ .Capabilities.KubeVersion.String }}\n' }) },
  { name: 'caps/kube-version-stringer-copies', files: chart({ 'a.yaml': '# {{ .Capabilities.KubeVersion | print }}|{{ default "x" .Capabilities.KubeVersion }}|{{ toString .Capabilities.KubeVersion }}|{{ quote .Capabilities.KubeVersion }}\n' }) },
  { name: 'caps/kube-version-stringer-held', files: chart({ 'a.yaml': '# {{ range list .Capabilities.KubeVersion }}{{ . }}{{ end }}|{{ $x := default "" .Capabilities.KubeVersion }}{{ $x }}|{{ $d := dict "k" .Capabilities.KubeVersion }}{{ $d.k }}\n' }) },
  { name: 'caps/kube-version-stringer-template', files: chart({ 'a.yaml': '# {{ template "kv" .Capabilities.KubeVersion }}{{ define "kv" }}{{ . }}{{ end }}|{{ include "kv" .Capabilities.KubeVersion }}|{{ with $x := .Capabilities.KubeVersion }}{{ $x }}{{ end }}|{{ range $i, $e := list 1 }}{{ $.Capabilities.KubeVersion }}{{ end }}\n' }) },
  { name: 'caps/kube-version-stringer-and-or', files: chart({ 'a.yaml': '# {{ if .Capabilities.KubeVersion }}{{ .Capabilities.KubeVersion }}{{ end }}|{{ or .Capabilities.KubeVersion 1 }}|{{ and 1 .Capabilities.KubeVersion }}|{{ .Capabilities.KubeVersion | or false }}|{{ or (default 0 .Capabilities.KubeVersion) 1 }}\n' }) },
  { name: 'caps/printf-capabilities', files: chart({ 'a.yaml': '# {{ printf "%v" .Capabilities | trunc 40 }}|{{ printf "%T" .Capabilities }}|{{ .Capabilities.KubeVersion | toJson }}|{{ .Capabilities.HelmVersion }}\n' }) },
  { name: 'caps/api-versions-len-index', files: chart({ 'a.yaml': '# {{ len .Capabilities.APIVersions }} {{ index .Capabilities.APIVersions 5 }} {{ first .Capabilities.APIVersions }} {{ empty .Capabilities.APIVersions }}\n' }) },
  { name: 'caps/api-versions-range', files: chart({ 'a.yaml': '# {{ range $i, $v := .Capabilities.APIVersions }}{{ if lt $i 3 }}{{ $i }}={{ $v }},{{ end }}{{ end }}\n' }) },
  { name: 'caps/api-versions-type', files: chart({ 'a.yaml': '# {{ printf "%T %v" .Capabilities.APIVersions (slice .Capabilities.APIVersions 0 2) }} {{ kindOf .Capabilities.APIVersions }} {{ typeIs "common.VersionSet" .Capabilities.APIVersions }}\n' }) },
  { name: 'caps/api-versions-list-funcs', files: chart({ 'a.yaml': '# {{ has "apps/v1" .Capabilities.APIVersions }} {{ join "," (slice .Capabilities.APIVersions 0 3) }} {{ sortAlpha .Capabilities.APIVersions | first }} {{ without .Capabilities.APIVersions "v1" | len }} {{ .Capabilities.APIVersions | deepCopy | len }}\n' }) },
  { name: 'caps/api-versions-append', files: chart({ 'a.yaml': '# {{ append .Capabilities.APIVersions "x" | len }} {{ typeOf (append .Capabilities.APIVersions "x") }} {{ .Capabilities.APIVersions | toJson | trunc 30 }}\n' }) },
  { name: 'caps/api-versions-extra', files: chart({ 'a.yaml': '# {{ len .Capabilities.APIVersions }} {{ last .Capabilities.APIVersions }} {{ .Capabilities.APIVersions.Has "y/v1" }}\n' }), args: ['--api-versions', 'y/v1,z/v1'] },
  { name: 'caps/api-versions-eq', files: chart({ 'a.yaml': '# {{ eq .Capabilities.APIVersions .Capabilities.APIVersions }}\n' }) },
  { name: 'caps/api-versions-sharp-v', files: chart({ 'a.yaml': '# {{ printf "%#v" .Capabilities.APIVersions | trunc 60 }} {{ printf "%.3s" (index .Capabilities.APIVersions 1) }}\n' }) },
  { name: 'caps/kube-version', files: chart({ 'a.yaml': '# {{ .Capabilities.KubeVersion }} {{ .Capabilities.KubeVersion.Version }} {{ .Capabilities.KubeVersion.Minor }}\n' }), args: ['--kube-version', 'v1.33.4-gke.1245000'] },
  { name: 'caps/kube-version-short', files: chart({ 'a.yaml': '# {{ .Capabilities.KubeVersion }}\n' }), args: ['--kube-version=1.30'] },
  { name: 'caps/kube-version-bad', files: chart({ 'a.yaml': 'a: 1\n' }), args: ['--kube-version', 'abc'] },
  { name: 'caps/kube-version-one-part', files: chart({ 'a.yaml': 'a: 1\n' }), args: ['--kube-version', '1'] },
  { name: 'caps/api-versions', files: chart({ 'a.yaml': '# {{ .Capabilities.APIVersions.Has "x/v1" }} {{ .Capabilities.APIVersions.Has "z/v1" }}\n' }), args: ['-a', 'x/v1', '--api-versions', 'y/v1,z/v1'] },
  { name: 'caps/kube-version-required', files: { ...chart({ 'a.yaml': 'a: 1\n' }), 'Chart.yaml': chartYaml('demo', 'kubeVersion: ">=1.40.0"\n') } },
  { name: 'caps/kube-version-satisfied', files: { ...chart({ 'a.yaml': 'a: 1\n' }), 'Chart.yaml': chartYaml('demo', 'kubeVersion: ">=1.20.0-0"\n') } },
  { name: 'caps/kube-version-range-hyphen', files: { ...chart({ 'a.yaml': 'a: 1\n' }), 'Chart.yaml': chartYaml('demo', 'kubeVersion: "1.20 - 1.40"\n') } },
  { name: 'caps/kube-version-wildcard', files: { ...chart({ 'a.yaml': 'a: 1\n' }), 'Chart.yaml': chartYaml('demo', 'kubeVersion: "1.35.x"\n') } },
  { name: 'caps/kube-version-tilde-or', files: { ...chart({ 'a.yaml': 'a: 1\n' }), 'Chart.yaml': chartYaml('demo', 'kubeVersion: "~1.30 || ^1.35"\n') } },
  { name: 'caps/kube-version-not-equal', files: { ...chart({ 'a.yaml': 'a: 1\n' }), 'Chart.yaml': chartYaml('demo', 'kubeVersion: "!=1.35.0"\n') } },
  { name: 'caps/kube-version-bad-constraint', files: { ...chart({ 'a.yaml': 'a: 1\n' }), 'Chart.yaml': chartYaml('demo', 'kubeVersion: "1|2"\n') } },
  { name: 'chart/version-metadata', files: { ...chart({ 'a.yaml': 'v: {{ .Chart.Version }}\n' }), 'Chart.yaml': 'apiVersion: v2\nname: demo\nversion: "1.0.0+build.5"\n' } },
  { name: 'chart/version-bad-metadata', files: { ...chart({ 'a.yaml': 'v: {{ .Chart.Version }}\n' }), 'Chart.yaml': 'apiVersion: v2\nname: demo\nversion: "1.0.0+bad..x"\n' } },
  { name: 'chart/version-overflow', files: { ...chart({ 'a.yaml': 'v: {{ .Chart.Version }}\n' }), 'Chart.yaml': 'apiVersion: v2\nname: demo\nversion: "99999999999999999999.0.0"\n' } },
  { name: 'chart/version-partial', files: { ...chart({ 'a.yaml': 'v: {{ .Chart.Version }}\n' }), 'Chart.yaml': 'apiVersion: v2\nname: demo\nversion: "v2"\n' } },
];

const sub = (name: string, tpl: string, values = '', extra = '') => ({
  [`charts/${name}/Chart.yaml`]: chartYaml(name, extra),
  [`charts/${name}/values.yaml`]: values,
  [`charts/${name}/templates/t.yaml`]: tpl,
});

const parentWithDeps = {
  'Chart.yaml': chartYaml(
    'parent',
    'dependencies:\n- name: sub\n  version: 0.1.0\n- name: other\n  version: 0.1.0\n  alias: al\n  condition: al.enabled\n- name: tagged\n  version: 0.1.0\n  tags: [t1]\n',
  ),
  'values.yaml': 'global:\n  g: parent\nsub:\n  v: fromparent\nal:\n  enabled: true\n',
  'templates/a.yaml': '# {{ .Values }}\n# {{ keys .Subcharts | sortAlpha }} {{ .Subcharts.sub.Values }} {{ .Subcharts.sub.Chart.Name }}\n',
  ...sub('sub', '# sub {{ .Values }} {{ .Chart.Name }} {{ .Chart.IsRoot }} {{ .Template.Name }}\n', 'v: default\nw: subw\nglobal:\n  g: sub\n  h: subh\n'),
  ...sub('other', '# other {{ .Values }} {{ .Chart.Name }} {{ .Template.BasePath }}\n'),
  ...sub('tagged', '# tagged {{ .Values }}\n'),
};

const subcharts: ChartCase[] = [
  { name: 'subcharts/defaults', files: parentWithDeps },
  { name: 'subcharts/condition-off', files: parentWithDeps, args: ['--set', 'al.enabled=false'] },
  { name: 'subcharts/tags-off', files: parentWithDeps, args: ['--set', 'tags.t1=false'] },
  { name: 'subcharts/null-deletes-default', files: parentWithDeps, args: ['--set', 'sub.w=null'] },
  { name: 'subcharts/global-from-set', files: parentWithDeps, args: ['--set', 'global.h=cli'] },
  { name: 'subcharts/chart-dependencies', files: { ...parentWithDeps, 'templates/a.yaml': '# {{ .Chart.Dependencies }}\n' } },
  {
    name: 'subcharts/undeclared-subchart',
    files: { ...chart({ 'a.yaml': '# {{ .Values }}\n' }, {}, 'p'), ...sub('free', '# free {{ .Values }}\n', 'x: 1\n') },
  },
  { name: 'subcharts/missing-dependency', files: { ...chart({ 'a.yaml': 'a: 1\n' }), 'Chart.yaml': chartYaml('demo', 'dependencies:\n- name: m1\n  version: 1.0.0\n- name: m2\n') } },
  {
    name: 'subcharts/nested',
    files: {
      ...chart({ 'a.yaml': '# top {{ .Values.child.grand.x }}\n' }, { 'values.yaml': 'global:\n  g: 1\nchild:\n  grand:\n    x: fromtop\n' }, 'top'),
      ...sub('child', '# child {{ .Values }}\n'),
      'charts/child/charts/grand/Chart.yaml': chartYaml('grand'),
      'charts/child/charts/grand/values.yaml': 'x: default\ny: 2\n',
      'charts/child/charts/grand/templates/g.yaml': '# grand {{ .Values }} {{ .Template.Name }}\n',
    },
  },
  {
    name: 'subcharts/import-values',
    files: {
      'Chart.yaml': chartYaml('p', 'dependencies:\n- name: lib1\n  version: 0.1.0\n  import-values:\n  - data\n  - child: deep.inner\n    parent: imported\n'),
      'values.yaml': 'imported:\n  keep: parent\n',
      'templates/a.yaml': '# {{ .Values }}\n',
      ...sub('lib1', '# l\n', 'exports:\n  data:\n    fromExports: 1\ndeep:\n  inner:\n    a: 1\n    keep: child\n'),
    },
  },
  {
    name: 'subcharts/library-partials',
    files: {
      'Chart.yaml': chartYaml('app', 'dependencies:\n- name: common\n  version: 0.1.0\n'),
      'templates/a.yaml': 'v: {{ include "common.hello" . }}\n',
      'charts/common/Chart.yaml': chartYaml('common', 'type: library\n'),
      'charts/common/templates/_h.tpl': '{{ define "common.hello" }}hello {{ .Chart.Name }}{{ end }}',
      'charts/common/templates/ignored.yaml': 'should: not-render\n',
    },
  },
];

const schema: ChartCase[] = [
  { name: 'schema/type', files: chart({ 'a.yaml': 'a: 1\n' }, { 'values.yaml': 'port: "80"\n', 'values.schema.json': '{"properties":{"port":{"type":"integer"}}}' }) },
  { name: 'schema/required', files: chart({ 'a.yaml': 'a: 1\n' }, { 'values.schema.json': '{"type":"object","required":["image"]}' }) },
  { name: 'schema/ok', files: chart({ 'a.yaml': 'a: 1\n' }, { 'values.yaml': 'port: 80\n', 'values.schema.json': '{"properties":{"port":{"type":"integer","minimum":1}}}' }) },
  { name: 'schema/set-fixes', files: chart({ 'a.yaml': 'a: 1\n' }, { 'values.schema.json': '{"required":["image"]}' }), args: ['--set', 'image=x'] },
  { name: 'schema/minimum', files: chart({ 'a.yaml': 'a: 1\n' }, { 'values.yaml': 'replicas: 0\n', 'values.schema.json': '{"properties":{"replicas":{"minimum":1}}}' }) },
  { name: 'schema/draft-07-ref', files: chart({ 'a.yaml': 'a: 1\n' }, { 'values.yaml': 'a: 1\n', 'values.schema.json': '{"$schema":"http://json-schema.org/draft-07/schema#","definitions":{"s":{"type":"string"}},"properties":{"a":{"$ref":"#/definitions/s","minLength":5}}}' }) },
  { name: 'schema/anyof', files: chart({ 'a.yaml': 'a: 1\n' }, { 'values.yaml': 'a: 1.5\n', 'values.schema.json': '{"properties":{"a":{"anyOf":[{"type":"string"},{"type":"integer"}]}}}' }) },
  { name: 'schema/bad-json', files: chart({ 'a.yaml': 'a: 1\n' }, { 'values.schema.json': '{"type": ' }) },
  { name: 'schema/skip', files: chart({ 'a.yaml': 'a: 1\n' }, { 'values.schema.json': '{"required":["image"]}' }), args: ['--skip-schema-validation'] },
  {
    name: 'schema/subchart',
    files: {
      ...chart({ 'a.yaml': 'a: 1\n' }, { 'values.yaml': 'sub:\n  port: x\n' }),
      ...sub('sub', 's: 1\n', 'port: 80\n'),
      'charts/sub/values.schema.json': '{"properties":{"port":{"type":"integer"}}}',
    },
  },
];

const templates: ChartCase[] = [
  { name: 'tpl/include-nested-error', files: chart({ 'a.yaml': 'a: {{ include "x" . }}\n', '_h.tpl': '{{ define "x" }}{{ include "y" . }}{{ end }}\n{{ define "y" }}{{ .Values.a.b }}{{ end }}\n' }) },
  { name: 'tpl/include-fail', files: chart({ 'a.yaml': 'a: {{ include "x" . }}\n', '_h.tpl': '{{ define "x" }}{{ fail "boom" }}{{ end }}\n' }) },
  { name: 'tpl/include-required', files: chart({ 'a.yaml': 'a: {{ include "x" . }}\n', '_h.tpl': '{{ define "x" }}{{ required "need q" .Values.q }}{{ end }}\n' }) },
  { name: 'tpl/include-func-error', files: chart({ 'a.yaml': 'a: {{ include "x" . }}\n', '_h.tpl': '{{ define "x" }}{{ index . "x" "y" }}{{ end }}\n' }) },
  { name: 'tpl/include-missing', files: chart({ 'a.yaml': 'a: {{ include "nope" . }}\n' }) },
  { name: 'tpl/include-recursion', files: chart({ 'a.yaml': 'a: {{ include "r" . }}\n', '_h.tpl': '{{ define "r" }}{{ include "r" . }}{{ end }}\n' }) },
  // Helm allows 1000 nested includes of one name (include-segments.ts cuts such chains)
  { name: 'tpl/include-depth-1000', files: chart({ 'a.yaml': 'a: {{ include "r" 1000 }}\n', '_h.tpl': '{{ define "r" }}{{ if gt . 0 }}{{ include "r" (sub . 1) }}{{ else }}x{{ end }}{{ end }}\n' }) },
  { name: 'tpl/include-depth-1001', files: chart({ 'a.yaml': 'a: {{ include "r" 1001 }}\n', '_h.tpl': '{{ define "r" }}{{ if gt . 0 }}{{ include "r" (sub . 1) }}{{ else }}x{{ end }}{{ end }}\n' }) },
  { name: 'tpl/include-deep-output', files: chart({ 'a.yaml': 'a: {{ include "r" (dict "n" 700 "root" .) | len }} {{ include "r" (dict "n" 3 "root" .) }}\n', '_h.tpl': '{{ define "r" }}{{ if gt .n 0 }}{{ .n }},{{ include "r" (dict "n" (sub .n 1) "root" .root) }}{{ else }}{{ .root.Release.Name }}{{ end }}{{ end }}\n' }) },
  { name: 'tpl/include-mutual-recursion', files: chart({ 'a.yaml': 'a: {{ include "ping" 1200 | len }}\n', '_h.tpl': '{{ define "ping" }}{{ if gt . 0 }}p{{ include "pong" (sub . 1) }}{{ end }}{{ end }}{{ define "pong" }}{{ if gt . 0 }}q{{ include "ping" (sub . 1) }}{{ end }}{{ end }}\n' }) },
  { name: 'tpl/include-deep-error', files: chart({ 'a.yaml': 'a: {{ include "r" 400 }}\n', '_h.tpl': '{{ define "r" }}{{ if gt . 0 }}{{ include "r" (sub . 1) }}{{ else }}{{ fail "bottom" }}{{ end }}{{ end }}\n' }) },
  { name: 'tpl/include-deep-twice', files: chart({ 'a.yaml': 'a: {{ include "r" 300 | len }} {{ include "r" 300 | len }}\nb: {{ include "r" 5 }}\n', '_h.tpl': '{{ define "r" }}{{ if gt . 0 }}{{ . }}{{ include "r" (sub . 1) }}{{ end }}{{ end }}\n' }) },
  // data holding a map made afresh each pass: no cut finds its result again, so the
  // execution runs once more without cuts
  { name: 'tpl/include-deep-fresh-map', files: chart({ 'a.yaml': 'a: {{ include "r" (dict "n" 400 "f" (.Files.Glob "*.yaml")) | len }}\n', '_h.tpl': '{{ define "r" }}{{ if gt .n 0 }}{{ include "r" (dict "n" (sub .n 1) "f" $.f) }}{{ else }}x{{ end }}{{ end }}\n' }) },
  { name: 'tpl/include-deep-with-set', files: chart({ 'a.yaml': 'a: {{ $d := dict }}{{ include "r" (dict "n" 300 "d" $d) | len }} {{ len $d }}\n', '_h.tpl': '{{ define "r" }}{{ if gt .n 0 }}{{ $_ := set .d (toString .n) 1 }}{{ include "r" (dict "n" (sub .n 1) "d" .d) }}{{ end }}{{ end }}\n' }) },
  { name: 'tpl/template-name-in-include', files: chart({ 'a.yaml': '# {{ include "n" . }}\n', '_h.tpl': '{{ define "n" }}{{ .Template.Name }}{{ end }}\n' }) },
  { name: 'tpl/tpl-basic', files: chart({ 'a.yaml': '# {{ tpl .Values.t . }} {{ tpl "{{ .x }}" (dict "x" 5) }}\n' }, { 'values.yaml': 't: "{{ .Release.Name }}-{{ .Template.Name }}"\n' }) },
  { name: 'tpl/tpl-define-local', files: chart({ 'a.yaml': '# {{ tpl "{{ define \\"loc\\" }}L{{ end }}{{ include \\"loc\\" . }}" . }}\n', 'b.yaml': '# {{ include "loc" . }}\n' }) },
  { name: 'tpl/tpl-exec-error', files: chart({ 'a.yaml': 'a: {{ tpl "{{ .Values.a.b }}" . }}\n' }) },
  { name: 'tpl/tpl-parse-error', files: chart({ 'a.yaml': 'a: {{ tpl "{{ nope }}" . }}\n' }) },
  { name: 'tpl/tpl-fail', files: chart({ 'a.yaml': 'a: {{ tpl "{{ fail \\"x\\" }}" . }}\n' }) },
  { name: 'tpl/parse-error', files: chart({ 'a.yaml': 'a: {{ nope }}\n' }) },
  { name: 'tpl/parse-error-untaken-branch', files: chart({ 'a.yaml': '{{ if false }}{{ nope }}{{ end }}a: 1\n' }) },
  { name: 'tpl/parse-error-if', files: chart({ 'a.yaml': 'a: {{ if }}' }) },
  { name: 'tpl/exec-error', files: chart({ 'a.yaml': 'a: {{ .Values.a.b }}\n' }) },
  { name: 'tpl/wrong-type', files: chart({ 'a.yaml': 'a: {{ upper . }}\n' }) },
  { name: 'tpl/define-precedence', files: chart({ 'a.yaml': 'a: {{ include "d" . }}\n', 'b.tpl': '{{ define "d" }}from-b{{ end }}', 'c.tpl': '{{ define "d" }}from-c{{ end }}', 'sub/x.tpl': '{{ define "d" }}from-sub{{ end }}' }) },
  {
    name: 'tpl/execution-order',
    files: {
      ...chart({ 'a.yaml': '# a {{ $_ := set .Values.log "a" (len .Values.log) }}{{ .Values.log }}\n', 'b.yaml': '# b {{ $_ := set .Values.log "b" (len .Values.log) }}{{ .Values.log }}\n', 'x/c.yaml': '# c {{ $_ := set .Values.log "c" (len .Values.log) }}{{ .Values.log }}\n' }, { 'values.yaml': 'log: {}\n' }),
    },
  },
  { name: 'tpl/lookup-and-dns', files: chart({ 'a.yaml': '# {{ lookup "v1" "Pod" "ns" "x" }} {{ getHostByName "example.com" | quote }}\n' }) },
  { name: 'tpl/env-missing', files: chart({ 'a.yaml': 'a: {{ env "HOME" }}\n' }) },  // Helm reads each error of the chain back out of Go's text; separators inside a part move its split.
  { name: 'errors/include-missing-colon', files: chart({ 'a.yaml': 'a: {{ include "x: y" . }}\n' }) },
  { name: 'errors/context-with-separator', files: chart({ 'a.yaml': 'a: {{ include "x>: y" . }}\n' }) },
  { name: 'errors/define-name-with-quote', files: chart({ 'a.yaml': 'a: {{ include "a\\"b" . }}\n', '_h.tpl': '{{ define "a\\"b" }}{{ .Values.a.b }}{{ end }}\n' }) },
  { name: 'errors/nested-include-missing', files: chart({ 'a.yaml': 'a: {{ include "x" . }}\n', '_h.tpl': '{{ define "x" }}{{ include "y: z" . }}{{ end }}\n' }) },
  { name: 'errors/three-levels', files: chart({ 'a.yaml': 'a: {{ include "x" . }}\n', '_h.tpl': '{{ define "x" }}{{ include "y" . }}{{ end }}{{ define "y" }}{{ include "z" . }}{{ end }}{{ define "z" }}{{ .Values.a.b }}{{ end }}\n' }) },
  { name: 'errors/call-error', files: chart({ 'a.yaml': 'a: {{ div 1 0 }}\n' }) },
  { name: 'errors/call-error-in-include', files: chart({ 'a.yaml': 'a: {{ include "x" . }}\n', '_h.tpl': '{{ define "x" }}{{ mustRegexMatch "(\\n" "x" }}{{ end }}\n' }) },
  { name: 'errors/fail-colon', files: chart({ 'a.yaml': 'a: {{ fail "a: b" }}\n' }) },
  { name: 'errors/required-newline', files: chart({ 'a.yaml': 'a: {{ required "need\\nit" .Values.q }}\n' }) },
  { name: 'errors/required-in-tpl-in-include', files: chart({ 'a.yaml': 'a: {{ include "x" . }}\n', '_h.tpl': '{{ define "x" }}{{ tpl "{{ required \\"need: it\\" .Values.q }}" . }}{{ end }}\n' }) },
  { name: 'errors/tpl-colon-text', files: chart({ 'a.yaml': 'a: {{ tpl "k: {{ .Values.a.b }}" . }}\n' }) },
  { name: 'errors/tpl-error-in-include', files: chart({ 'a.yaml': 'a: {{ include "x" . }}\n', '_h.tpl': '{{ define "x" }}{{ tpl "{{ .Values.a.b }}" . }}{{ end }}\n' }) },
  { name: 'errors/in-subchart', files: { ...chart({ 'a.yaml': 'a: 1\n' }), ...sub('sub', 's: {{ include "x" . }}\n{{ define "x" }}{{ .Values.a.b }}{{ end }}\n', '') } },
];

const chartErrors: ChartCase[] = [
  { name: 'chart/library-not-installable', files: { ...chart({ '_h.tpl': '' }), 'Chart.yaml': chartYaml('lib', 'type: library\n') } },
  { name: 'chart/bad-version', files: { 'Chart.yaml': 'apiVersion: v2\nname: x\nversion: abc\n', 'templates/a.yaml': 'a: 1\n' } },
  { name: 'chart/lax-version', files: { 'Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0\nappVersion: 1.10\n', 'templates/a.yaml': '# {{ .Chart.Version }} {{ .Chart.AppVersion }}\n' } },
  { name: 'chart/missing-name', files: { 'Chart.yaml': 'apiVersion: v2\nversion: 1.0.0\n', 'templates/a.yaml': 'a: 1\n' } },
  { name: 'chart/bad-type', files: { 'Chart.yaml': chartYaml('x', 'type: foo\n'), 'templates/a.yaml': 'a: 1\n' } },
  { name: 'chart/apiversion-v3', files: { 'Chart.yaml': 'apiVersion: v3\nname: x\nversion: 1.0.0\n', 'templates/a.yaml': 'a: 1\n' } },
  { name: 'chart/apiversion-bad', files: { 'Chart.yaml': 'apiVersion: foo\nname: x\nversion: 1.0.0\n', 'templates/a.yaml': 'a: 1\n' } },
  { name: 'chart/apiversion-missing', files: { 'Chart.yaml': 'name: x\nversion: 1.0.0\n', 'templates/a.yaml': '# {{ .Chart.APIVersion }}\n' } },
  { name: 'chart/chart-yaml-syntax', files: { 'Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0.0\nfoo: [\n', 'templates/a.yaml': 'a: 1\n' } },
  { name: 'chart/maintainers-type', files: { 'Chart.yaml': chartYaml('x', 'maintainers: x\n'), 'templates/a.yaml': 'a: 1\n' } },
  { name: 'chart/alias-bad', files: { 'Chart.yaml': chartYaml('x', 'dependencies:\n- name: a\n  alias: "b c"\n'), 'templates/a.yaml': 'a: 1\n' } },
  { name: 'chart/values-syntax', files: chart({ 'a.yaml': 'a: 1\n' }, { 'values.yaml': 'a: [\n' }) },
  { name: 'chart/subchart-no-chart-yaml', files: chart({ 'a.yaml': 'a: 1\n' }, { 'charts/README.md': 'hi\n' }) },
  { name: 'chart/release-name-bad', files: chart({ 'a.yaml': 'a: 1\n' }), release: 'BAD_name' },
  { name: 'chart/release-name-long', files: chart({ 'a.yaml': 'a: 1\n' }), release: 'a'.repeat(54) },
  { name: 'chart/deprecated-warning', files: { 'Chart.yaml': chartYaml('x', 'deprecated: true\n'), 'templates/a.yaml': 'a: 1\n' } },
];

const values: ChartCase[] = [
  {
    name: 'values/precedence',
    files: chart({ 'a.yaml': '# {{ .Values }}\n' }, { 'values.yaml': 'a: chart\nb: chart\nc: chart\nm:\n  x: 1\n  y: 2\n' }),
    extra: { 'one.yaml': 'b: file\nc: file\nm:\n  y: 20\n  z: 30\n' },
    args: ['--set', 'c=set', '-f', 'one.yaml', '--set-string', 'n=007', '--set-json', 'j={"k":[1,2]}'],
  },
  { name: 'values/set-errors', files: chart({ 'a.yaml': 'a: 1\n' }), args: ['--set', 'a=1,b'] },
  { name: 'values/set-string-error', files: chart({ 'a.yaml': 'a: 1\n' }), args: ['--set-string', 'a'] },
  { name: 'values/set-json-error', files: chart({ 'a.yaml': 'a: 1\n' }), args: ['--set-json', 'a=['] },
  { name: 'values/file-error', files: chart({ 'a.yaml': 'a: 1\n' }), extra: { 'bad.yaml': 'a: [\n' }, args: ['-f', 'bad.yaml'] },
  {
    name: 'values/set-file-and-literal-order',
    files: chart({ 'a.yaml': '# {{ toJson .Values }}\n' }),
    extra: { 'cert.pem': 'line1\nline2\n', 'over.yaml': 'a: file\nb: file\n' },
    args: ['--set-literal', 'b=x,y={1}', '--set-file', 'a=cert.pem', '-f', 'over.yaml', '--set', 'a=set,b=set'],
  },
  { name: 'values/set-file-missing', files: chart({ 'a.yaml': 'a: 1\n' }), args: ['--set-file', 'a=nope.txt'] },
];


const more: ChartCase[] = [
  { name: 'subcharts/type-mismatch', files: parentWithDeps, args: ['--set', 'sub=5'] },
  { name: 'subcharts/values-not-table', files: { ...parentWithDeps, 'values.yaml': 'sub: text\nal:\n  enabled: true\n' } },
  {
    name: 'subcharts/files-and-notes',
    files: {
      ...chart({ 'a.yaml': '# {{ .Files.Get "f.txt" }}\n', 'NOTES.txt': 'top notes' }, { 'f.txt': 'top' }),
      ...sub('sub', '# {{ .Files.Get "f.txt" }} {{ .Files.Get "charts/sub/f.txt" | quote }}\n'),
      'charts/sub/f.txt': 'sub',
      'charts/sub/templates/NOTES.txt': '{{ fail "sub notes render too" }}',
    },
  },
  {
    name: 'subcharts/subcharts-template-shared',
    files: { ...chart({ 'z.yaml': '# {{ .Subcharts.sub.Template.Name }}\n' }), ...sub('sub', '# s\n'), 'charts/sub/templates/u.yaml': '# u\n' },
  },
  {
    name: 'output/include-crds',
    files: chart({ 'a.yaml': 'kind: Service\n' }, { 'crds/crd.yaml': 'kind: CustomResourceDefinition\nmetadata:\n  name: x\n' }),
    args: ['--include-crds'],
  },
  { name: 'output/crds-not-printed', files: chart({ 'a.yaml': '# {{ .Files.Get "crds/crd.yaml" | quote }}\n' }, { 'crds/crd.yaml': 'kind: CustomResourceDefinition\n' }) },
  { name: 'tpl/tpl-plain-dict-template-name', files: chart({ 'a.yaml': '# {{ tpl "{{ .Template }}" (dict "a" 1) }} {{ tpl "{{ .Template.Name }}" . }}\n' }) },
  { name: 'tpl/include-nil-data', files: chart({ 'a.yaml': '# [{{ include "x" nil }}]\n', '_h.tpl': '{{ define "x" }}{{ . }}{{ end }}' }) },
  { name: 'tpl/required-empty-string', files: chart({ 'a.yaml': 'a: {{ required "need a" .Values.a }}\n' }, { 'values.yaml': 'a: ""\n' }) },
  { name: 'tpl/fail-multiline', files: chart({ 'a.yaml': 'a: {{ fail "line1\\nline2" }}\n' }) },
  { name: 'values/values-file-in-chart', files: chart({ 'a.yaml': 'a: {{ .Values.a }}\n' }, { 'values.yaml': 'a: 1\n', 'extra.yaml': 'a: 2\n' }) },
  {
    name: 'subcharts/version-mismatch',
    files: { ...parentWithDeps, 'Chart.yaml': chartYaml('parent', 'dependencies:\n- name: sub\n  version: 2.0.0\n  alias: renamed\n- name: other\n  version: ~0.1.0\n  alias: al\n- name: tagged\n  version: ">=0.1.0 <1"\n  condition: tagged.on\n') },
    args: ['--set', 'tagged.on=false'],
  },
  { name: 'subcharts/schema-alias', files: { ...parentWithDeps, 'charts/other/values.schema.json': '{"required":["must"]}' } },
];

chartDifferential('pipeline', [...more, ...output, ...files, ...capabilities, ...subcharts, ...schema, ...templates, ...chartErrors, ...values]);
