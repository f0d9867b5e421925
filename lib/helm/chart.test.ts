import { describe, expect, it } from 'vitest';
import { loadChart } from './chart';
import { HelmError } from './errors';

const CY = 'apiVersion: v2\nname: demo\nversion: 0.1.0\n';

describe('loadChart', () => {
  it('sorts files into their places', () => {
    const c = loadChart({
      'Chart.yaml': CY,
      'values.yaml': 'a: 1\n',
      'values.schema.json': '{}',
      'templates/a.yaml': 'x',
      'templates/sub/b.yaml': 'y',
      'README.md': 'r',
      'crds/c.yaml': 'c',
      'charts/s/Chart.yaml': 'apiVersion: v2\nname: s\nversion: 1.0.0\n',
      'charts/s/templates/t.yaml': 't',
      'charts/_skip/Chart.yaml': 'bad',
    });
    expect(c.metadata.name).toBe('demo');
    expect(c.templates.map((t) => t.name)).toEqual(['templates/a.yaml', 'templates/sub/b.yaml']);
    expect(c.files.map((f) => f.name)).toEqual(['README.md', 'crds/c.yaml']);
    expect(c.values.a).toBe(1);
    expect(c.schema).not.toBeNull();
    expect(c.dependencies.map((d) => [d.metadata.name, d.dirName, d.templates.map((t) => t.name)])).toEqual([['s', 's', ['templates/t.yaml']]]);
  });

  it('applies .helmignore to the whole tree and keeps the file itself', () => {
    const c = loadChart({ 'Chart.yaml': CY, '.helmignore': '*.bak\ndocs/\n', 'a.bak': 'x', 'docs/d.md': 'd', 'keep.txt': 'k', 'templates/.hidden': 'h' });
    expect(c.files.map((f) => f.name)).toEqual(['.helmignore', 'keep.txt']);
    expect(c.templates).toEqual([]);
  });

  it('strips a byte order mark', () => {
    const c = loadChart({ 'Chart.yaml': '\ufeff' + CY });
    expect(c.metadata.name).toBe('demo');
  });

  const errors: { name: string; files: Record<string, string>; wantErr: string }[] = [
    { name: 'missing Chart.yaml', files: { 'templates/a.yaml': 'x' }, wantErr: 'Chart.yaml file is missing' },
    { name: 'missing version', files: { 'Chart.yaml': 'apiVersion: v2\nname: x\n' }, wantErr: 'validation: chart.metadata.version is required' },
    { name: 'bad version', files: { 'Chart.yaml': 'apiVersion: v2\nname: x\nversion: abc\n' }, wantErr: 'validation: chart.metadata.version "abc" is invalid' },
    { name: 'bad name', files: { 'Chart.yaml': 'apiVersion: v2\nname: x/y\nversion: 1.0.0\n' }, wantErr: 'validation: chart.metadata.name "x/y" is invalid' },
    { name: 'bad type', files: { 'Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0.0\ntype: foo\n' }, wantErr: 'validation: chart.metadata.type must be application or library' },
    { name: 'v3', files: { 'Chart.yaml': 'apiVersion: v3\nname: x\nversion: 1.0.0\n' }, wantErr: 'invalid chart apiVersion' },
    { name: 'unknown apiVersion', files: { 'Chart.yaml': 'apiVersion: 2\nname: x\nversion: 1.0.0\n' }, wantErr: 'unsupported chart version' },
    { name: 'duplicate dependency', files: { 'Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0.0\ndependencies:\n- name: a\n- name: a\n' }, wantErr: 'validation: more than one dependency with name or alias "a"' },
    { name: 'subchart error', files: { 'Chart.yaml': CY, 'charts/s/Chart.yaml': 'name: s\n' }, wantErr: 'error unpacking subchart s in demo: validation: chart.metadata.version is required' },
    { name: 'stray file in charts/', files: { 'Chart.yaml': CY, 'charts/README.md': 'x' }, wantErr: 'error unpacking subchart README.md in demo: Chart.yaml file is missing' },
    { name: 'tgz subchart that is no archive', files: { 'Chart.yaml': CY, 'charts/s-1.0.0.tgz': 'x' }, wantErr: 'error unpacking subchart s-1.0.0.tgz in demo: unexpected EOF' },
    { name: 'bad helmignore', files: { 'Chart.yaml': CY, '.helmignore': 'a/**' }, wantErr: 'double-star (**) syntax is not supported' },
  ];
  for (const c of errors) {
    it(`error: ${c.name}`, () => {
      let err: unknown;
      try {
        loadChart(c.files);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(HelmError);
      expect(String(err)).toContain(c.wantErr);
    });
  }
});
