// renderChart's options for --set-file, --set-literal and --output-dir, as a browser
// uses them (files come from the chart's file map; writes are a plan, not I/O). The CLI
// runs the same options against helm in bin/cmd-template.test.ts.
import { describe, expect, it } from 'vitest';
import { HelmError, renderChart, type TemplateOptions } from './index';

const files = {
  'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
  'files/cert.pem': 'PEM\n',
  'templates/cm.yaml': 'a: {{ toJson .Values.a }}\n',
  'templates/hook.yaml': 'kind: Job\nmetadata:\n  annotations:\n    helm.sh/hook: test\n---\nkind: Secret\n',
  'crds/a.yaml': 'kind: CustomResourceDefinition\n',
  'crds/notes.txt': 'not a manifest\n',
};

describe('renderChart values options', () => {
  const cases: { name: string; opts: TemplateOptions; want?: string; wantErr?: string }[] = [
    { name: 'set-file from the chart files', opts: { setFile: ['a=files/cert.pem'] }, want: 'a: "PEM\\n"' },
    { name: 'set-file with a reader', opts: { setFile: ['a=x'], readFile: (p) => `read ${p}` }, want: 'a: "read x"' },
    { name: 'set-file missing', opts: { setFile: ['a=nope'] }, wantErr: 'failed parsing --set-file data: open nope: no such file or directory' },
    { name: 'set-literal keeps commas', opts: { setLiteral: ['a=x,y'] }, want: 'a: "x,y"' },
    { name: 'set-literal last', opts: { setLiteral: ['a=lit'], setFile: ['a=files/cert.pem'], set: ['a=1'] }, want: 'a: "lit"' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.wantErr !== undefined) {
        expect(() => renderChart(files, { ...c.opts, showOnly: ['templates/cm.yaml'] })).toThrow(c.wantErr);
        return;
      }
      expect(renderChart(files, { ...c.opts, showOnly: ['templates/cm.yaml'] }).manifests).toContain(c.want);
    });
  }
});

describe('renderChart outputDir', () => {
  it('plans the writes in Helm order and prints a blank line', () => {
    const r = renderChart(files, { releaseName: 'rel', outputDir: 'out', useReleaseName: true, includeCrds: true });
    expect(r.manifests).toBe('\n');
    expect(r.outputDir?.error).toBeUndefined();
    expect(r.outputDir?.writes.map((w) => [w.path, w.hook])).toEqual([
      ['out/c/crds/a.yaml', false],
      ['out/rel/c/templates/hook.yaml', false],
      ['out/rel/c/templates/cm.yaml', false],
      ['out/rel/c/templates/hook.yaml', true],
    ]);
    expect(r.outputDir?.writes[2].text).toBe('---\n# Source: c/templates/cm.yaml\na: null\n');
  });

  it('skips tests and hooks as asked', () => {
    expect(renderChart(files, { outputDir: 'o', skipTests: true }).outputDir?.writes.map((w) => w.path)).toEqual(['o/c/templates/hook.yaml', 'o/c/templates/cm.yaml']);
  });

  it('fails --show-only after the writes', () => {
    const r = renderChart(files, { outputDir: 'o', showOnly: ['templates/cm.yaml'] });
    expect(r.outputDir?.writes.length).toBe(3);
    expect(r.outputDir?.error).toBeInstanceOf(HelmError);
    expect(String(r.outputDir?.error)).toBe('could not find template templates/cm.yaml in chart');
  });
});
