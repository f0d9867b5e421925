import { describe, expect, it } from 'vitest';
import { sortTemplates } from './engine';
import { DEFAULT_API_VERSIONS, makeCapabilities, parseKubeVersion } from './capabilities';
import { goMethods } from '../gotemplate/types';
import { makeFiles } from './files';
import { renderChart } from './index';
import { HelmError } from './errors';
import { parseHead, splitManifests } from './sort';

describe('sortTemplates', () => {
  it('puts deeper paths first, then reverse path order', () => {
    expect(sortTemplates(['c/templates/a.yaml', 'c/templates/b.yaml', 'c/charts/s/templates/x.yaml', 'c/templates/sub/z.yaml', 'c/templates/_h.tpl'])).toEqual([
      'c/charts/s/templates/x.yaml',
      'c/templates/sub/z.yaml',
      'c/templates/b.yaml',
      'c/templates/a.yaml',
      'c/templates/_h.tpl',
    ]);
  });
});

describe('parseKubeVersion', () => {
  const cases: { input: string; want?: [string, string, string, string]; wantErr?: string }[] = [
    { input: '1.30', want: ['v1.30', 'v1.30', '1', '30'] },
    { input: 'v1.33.4-gke.1245000', want: ['v1.33.4-gke.1245000', 'v1.33.4', '1', '33'] },
    { input: '1', wantErr: 'illegal version string "1"' },
    { input: 'abc', wantErr: 'could not parse "abc" as version' },
  ];
  for (const c of cases) {
    it(c.input, () => {
      if (c.wantErr) expect(() => parseKubeVersion(c.input)).toThrow(c.wantErr);
      else {
        const k = parseKubeVersion(c.input);
        expect([k.version, k.normalized, k.major, k.minor]).toEqual(c.want);
      }
    });
  }
});

describe('capabilities and files objects', () => {
  it('APIVersions.Has sees defaults and extras', () => {
    const caps = makeCapabilities(undefined, ['x/v1']);
    const apis = caps.fields.APIVersions as string[];
    expect(apis.length).toBe(DEFAULT_API_VERSIONS.length + 1);
    const has = goMethods(apis)!.Has.fn;
    expect([has('apps/v1'), has('apps/v1/Deployment'), has('x/v1')]).toEqual([true, false, true]);
  });
  it('.Files methods', () => {
    const enc = new TextEncoder();
    const f = makeFiles(new Map([['a/x.txt', enc.encode('1\n2\n')], ['b.txt', enc.encode('b')]])) as any;
    const m = Symbol.for('chartwright.goMethods');
    const methods = f[m];
    expect(methods.Get.fn('b.txt')).toBe('b');
    expect(methods.Get.fn('nope')).toBe('');
    expect(methods.Lines.fn('a/x.txt')).toEqual(['1', '2']);
    expect(Object.keys(methods.Glob.fn('a/*'))).toEqual(['a/x.txt']);
  });
});

describe('renderChart', () => {
  const files = {
    'Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
    'values.yaml': 'name: world\n',
    'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-cm\ndata:\n  hello: {{ .Values.name }}\n',
    'templates/NOTES.txt': 'Installed {{ .Release.Name }}.',
  };
  it('returns manifests, notes and documents', () => {
    const r = renderChart(files, { releaseName: 'rel' });
    expect(r.manifests).toBe('---\n# Source: demo/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rel-cm\ndata:\n  hello: world\n');
    expect(r.notes).toBe('Installed rel.');
    expect(r.documents).toEqual([{ source: 'demo/templates/cm.yaml', kind: 'ConfigMap', name: 'rel-cm', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rel-cm\ndata:\n  hello: world' }]);
  });
  it('reads extra values files from the chart files', () => {
    const r = renderChart({ ...files, 'values-local.yaml': 'name: local\n' }, { releaseName: 'rel', valuesFiles: ['values-local.yaml'] });
    expect(r.manifests).toContain('hello: local');
  });
  it('throws HelmError with Helm text and the chart-relative file', () => {
    let err: HelmError | undefined;
    try {
      renderChart({ ...files, 'templates/bad.yaml': 'a: {{ .Values.x.y }}\n' }, { releaseName: 'rel' });
    } catch (e) {
      err = e as HelmError;
    }
    expect(err).toBeInstanceOf(HelmError);
    expect(err!.toString()).toBe('demo/templates/bad.yaml:1:13\n  executing "demo/templates/bad.yaml" at <.Values.x.y>:\n    nil pointer evaluating interface {}.y\n\nUse --debug flag to render out invalid YAML');
    expect(err!.toJSON()).toMatchObject({ kind: 'render', file: 'templates/bad.yaml', line: 1, col: 13 });
  });
});

describe('renderChart documents', () => {
  const chartYaml = 'apiVersion: v2\nname: demo\nversion: 0.1.0\n';
  const files = {
    'Chart.yaml': chartYaml,
    'templates/a.yaml': 'kind: Service\nmetadata:\n  name: s\n---\n# only a comment\n---\nkind: ConfigMap\nmetadata:\n  name: c\n',
    'templates/b.yaml': 'kind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: pre-install\n',
    'templates/tests/t.yaml': 'kind: Pod\nmetadata:\n  name: t\n  annotations:\n    helm.sh/hook: test\n',
  };
  // The documents as read back from what was printed.
  const reread = (manifests: string) =>
    splitManifests(manifests).map((d) => {
      const m = /^# Source: (.*)\n?/.exec(d)!;
      const text = d.slice(m[0].length);
      const h = parseHead(text);
      return { source: m[1], kind: h.kind, name: h.metadata?.name ?? '', text };
    });
  const cases: { name: string; opts: Record<string, unknown> }[] = [
    { name: 'all', opts: {} },
    { name: 'skip tests', opts: { skipTests: true } },
    { name: 'no hooks', opts: { noHooks: true } },
    { name: 'show only', opts: { showOnly: ['templates/a.yaml'] } },
    { name: 'include crds', opts: { includeCrds: true } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = renderChart({ ...files, 'crds/c.yaml': 'kind: CustomResourceDefinition\nmetadata:\n  name: crd\n' }, { releaseName: 'rel', ...c.opts });
      expect(r.documents).toEqual(reread(r.manifests));
    });
  }
});
