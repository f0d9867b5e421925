import { describe, expect, it } from 'vitest';
import { chartYaml, helmExec, helmTemplate } from './helm';

// The oracle itself must be right before anything is judged by it.
describe('helm oracle', () => {
  it('renders a small chart with helm template', async () => {
    const r = await helmTemplate({
      'Chart.yaml': chartYaml('demo'),
      'values.yaml': 'port: 80\n',
      'templates/cm.yaml': 'kind: ConfigMap\nport: {{ .Values.port }}\nname: {{ .Release.Name }}\n',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('---\n# Source: demo/templates/cm.yaml\nkind: ConfigMap\nport: 80\nname: rel\n');
  });

  it('reports Helm errors with their text', async () => {
    const r = await helmTemplate({ 'Chart.yaml': chartYaml(), 'templates/x.yaml': '{{ nosuchfunc }}' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('function "nosuchfunc" not defined');
  });

  it('executes template texts raw, batched, and isolates failing cases', async () => {
    const [a, b, c] = await helmExec([
      { template: '{{ .Values.missing }}|{{ 1000000.0 }}', values: { x: 1 } },
      { template: '{{ fail "boom" }}', values: { x: 1 } },
      { template: '{{ .Values.x | add 1 }}\n', values: { x: 1 } },
    ]);
    expect(a).toEqual({ ok: true, output: '<no value>|1e+06', error: '' });
    expect(b.ok).toBe(false);
    // Helm 4 appends its --debug hint to every rendering error.
    expect(b.error).toBe('execution error at (oracle/templates/case.yaml:1:3): boom\n\nUse --debug flag to render out invalid YAML');
    expect(c).toEqual({ ok: true, output: '2\n', error: '' });
  });
});
