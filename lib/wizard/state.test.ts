import { describe, expect, it } from 'vitest';
import { generateChart } from './generate';
import { presetState } from './presets';
import { missingSections, setStructure, staleEdits, validateState, type WizardState } from './state';
import { fixedRandom } from './test-support';
import { setValue } from './values-edit';
import { parseValues } from './values-doc';

const walkthrough = () => presetState('walkthrough');

describe('setStructure keeps values.yaml in step', () => {
  it('turning the HPA off removes autoscaling from both values files and keeps user comments', () => {
    let s = walkthrough();
    s = { ...s, valuesYaml: s.valuesYaml.replace('replicaCount: 1', 'replicaCount: 3 # three, for the demo') };
    s = { ...s, valuesLocalYaml: s.valuesLocalYaml + '\nautoscaling:\n  enabled: false\n' };
    const off = setStructure(s, { optional: { hpa: false } });
    expect(parseValues(off.valuesYaml)).not.toHaveProperty('autoscaling');
    expect(parseValues(off.valuesLocalYaml)).not.toHaveProperty('autoscaling');
    expect(off.valuesYaml).toContain('replicaCount: 3 # three, for the demo');
    // The replicaCount comment no longer mentions the autoscaler.
    expect(off.valuesYaml).toContain('# How many pods run the app.\n');
    expect(generateChart(off)['backend/templates/deployment.yaml']).not.toContain('autoscaling');
  });

  it('turning it back on puts the section, with its comments, back at its usual place', () => {
    const s = walkthrough();
    const round = setStructure(setStructure(s, { optional: { hpa: false } }), { optional: { hpa: true } });
    expect(round.valuesYaml).toBe(s.valuesYaml);
  });

  it('a section the user changed survives other structural changes', () => {
    const s = walkthrough();
    const edited = { ...s, valuesYaml: setValue(s.valuesYaml, ['ingress', 'className'], 'nginx')! };
    const next = setStructure(edited, { optional: { tests: false } });
    expect(parseValues(next.valuesYaml)).toMatchObject({ ingress: { className: 'nginx' } });
  });

  it('turning PostgreSQL on adds its section with a freshly drawn password', () => {
    const s = presetState('api-no-db');
    const on = setStructure(s, { postgres: true }, fixedRandom);
    const pg = (parseValues(on.valuesYaml) as any).postgres;
    expect(pg).toMatchObject({ enabled: true, auth: { database: 'appdb', username: 'appuser', existingSecret: '' } });
    expect(pg.auth.password).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(on.valuesYaml.trimEnd().endsWith('memory: 512Mi')).toBe(true);
    expect(missingSections(on)).toEqual([]);
  });

  it('the service port and probe paths follow the container port and health path unless the user changed them', () => {
    let s = walkthrough();
    s = { ...s, valuesYaml: setValue(s.valuesYaml, ['readinessProbe', 'httpGet', 'path'], '/ready')! };
    const next = setStructure(s, { containerPort: 9090, healthPath: '/livez' });
    expect(parseValues(next.valuesYaml)).toMatchObject({
      service: { port: 9090 },
      livenessProbe: { httpGet: { path: '/livez' } },
      readinessProbe: { httpGet: { path: '/ready' } },
    });
    expect(next.valuesYaml).toContain('forwards to the container port named "http" (9090)');
  });

  it('leaves a values text that does not parse alone', () => {
    const s = { ...walkthrough(), valuesYaml: 'image: [unclosed\n' };
    expect(setStructure(s, { optional: { hpa: false } }).valuesYaml).toBe('image: [unclosed\n');
  });
});

describe('validateState', () => {
  const table: { name: string; patch: Partial<WizardState>; want: string[] }[] = [
    { name: 'a preset is valid', patch: {}, want: [] },
    { name: 'chart name with capitals', patch: { chart: { ...walkthrough().chart, name: 'Backend' } }, want: ['chart.name'] },
    { name: 'version not semver', patch: { chart: { ...walkthrough().chart, version: '1.0' } }, want: ['chart.version'] },
    { name: 'port out of range', patch: { containerPort: 70000 }, want: ['containerPort'] },
    { name: 'health path without slash', patch: { healthPath: 'health' }, want: ['healthPath'] },
    { name: 'health path with a quote', patch: { healthPath: "/h'" }, want: [] },
    { name: 'health path with a space', patch: { healthPath: '/h x' }, want: ['healthPath'] },
    { name: 'release with underscore', patch: { release: 'my_backend' }, want: ['release'] },
    { name: 'dockerfile with a space', patch: { dockerfile: 'my file' }, want: ['dockerfile'] },
  ];
  for (const t of table) {
    it(t.name, () => expect(validateState({ ...walkthrough(), ...t.patch }).map((i) => i.field)).toEqual(t.want));
  }
});

it('validateState names a section the structure needs but values.yaml lacks', () => {
  const s = { ...presetState('api-no-db'), postgres: true };
  expect(validateState(s)).toEqual([{ field: 'valuesYaml', message: 'values.yaml has no "postgres" section, which the chart needs.' }]);
});

it('staleEdits names edits the structure no longer generates', () => {
  const s = { ...walkthrough(), edits: { 'templates/hpa.yaml': 'x', 'templates/service.yaml': 'y' } };
  const off = setStructure(s, { optional: { hpa: false } });
  const chartPaths = Object.keys(generateChart(off)).map((p) => p.replace(/^backend\//, ''));
  expect(staleEdits(off, chartPaths)).toEqual(['templates/hpa.yaml']);
});
