import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateChart, README_EDIT_PATH, SCRIPT_EDIT_PATH } from './generate';
import { presetState, PRESETS } from './presets';
import { setStructure, type WizardState } from './state';
import { OPTIONAL_INFO, type OptionalTemplate } from './steps';
import { fixedRandom } from './test-support';
import { parseValues } from './values-doc';

// The walkthrough's values.yaml and values-local.yaml, as printed in
// shared/seed/helm-chart-walkthrough.md (steps 2 and 12).
const SEED_VALUES = `
replicaCount: 1
image:
  repository: backend-app
  tag: latest
  pullPolicy: IfNotPresent
service:
  type: ClusterIP
  port: 8000
livenessProbe:
  httpGet:
    path: /health
    port: http
  initialDelaySeconds: 30
  periodSeconds: 10
readinessProbe:
  httpGet:
    path: /health
    port: http
  initialDelaySeconds: 10
  periodSeconds: 5
resources:
  limits:
    cpu: 500m
    memory: 512Mi
  requests:
    cpu: 100m
    memory: 128Mi
env:
  PYTHONUNBUFFERED: "1"
postgres:
  enabled: true
  image:
    repository: postgres
    tag: "15-alpine"
  auth:
    database: appdb
    username: appuser
    password: supersecret
  persistence:
    enabled: true
    size: 1Gi
  resources:
    limits:
      cpu: 500m
      memory: 512Mi
`;
const SEED_VALUES_LOCAL = `
resources:
  limits:
    cpu: 300m
    memory: 256Mi
  requests:
    cpu: 50m
    memory: 128Mi
postgres:
  enabled: true
  persistence:
    enabled: true
    size: 1Gi
    storageClass: ""
`;

/** Every leaf of `want` is in `got` with the same value. */
function expectSubset(got: unknown, want: unknown, path = ''): void {
  if (want !== null && typeof want === 'object' && !Array.isArray(want)) {
    expect(got, path).toBeTypeOf('object');
    for (const [k, v] of Object.entries(want)) expectSubset((got as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(got, path).toEqual(want);
  }
}

const chartFile = (files: Record<string, string>, s: WizardState, p: string) => files[`${s.chart.name}/${p}`];

describe('the walkthrough preset', () => {
  const s = presetState('walkthrough');
  const files = generateChart(s);

  it("keeps the walkthrough's values exactly", () => {
    expectSubset(parseValues(s.valuesYaml), parse(SEED_VALUES));
    expectSubset(parseValues(s.valuesLocalYaml), parse(SEED_VALUES_LOCAL));
  });

  it("keeps the walkthrough's chart identity and deploy commands", () => {
    expect(parse(chartFile(files, s, 'Chart.yaml'))).toEqual({
      apiVersion: 'v2', name: 'backend', description: 'A Helm chart for Kubernetes', type: 'application', version: '0.1.0', appVersion: '0.1.0',
    });
    expect(s.release).toBe('my-backend');
    expect(files['deploy-local.sh']).toContain("DOCKERFILE=${DOCKERFILE:-'Dockerfile.prod'}");
    expect(files['deploy-local.sh']).toContain("IMAGE_REPOSITORY=${IMAGE_REPOSITORY:-'backend-app'}");
  });

  it('flags the demo password right where it is', () => {
    expect(s.valuesYaml).toMatch(/^ {4}password: supersecret # ⚠ INSECURE demo password$/m);
  });

  it('has every file the walkthrough lists', () => {
    const want = [
      'Chart.yaml', 'values.yaml', 'values-local.yaml', 'values.schema.json', '.helmignore', 'templates/_helpers.tpl', 'templates/deployment.yaml',
      'templates/service.yaml', 'templates/postgres-secret.yaml', 'templates/postgres-statefulset.yaml', 'templates/postgres-service.yaml',
      'templates/serviceaccount.yaml', 'templates/ingress.yaml', 'templates/hpa.yaml', 'templates/httproute.yaml',
      'templates/tests/test-connection.yaml', 'templates/NOTES.txt',
    ].map((p) => `backend/${p}`);
    expect(Object.keys(files).sort()).toEqual([...want, 'deploy-local.sh', 'README.md'].sort());
  });
});

describe('secrets', () => {
  it('only the walkthrough preset carries "supersecret"', () => {
    for (const p of PRESETS) {
      const text = Object.values(generateChart(presetState(p.id))).join('\n');
      expect(text.includes('supersecret'), p.id).toBe(p.id === 'walkthrough');
    }
  });

  it('other presets with PostgreSQL draw a fresh strong password, stored in the state', () => {
    for (const id of ['production', 'external-db']) {
      const a = parseValues(presetState(id).valuesYaml) as any;
      const b = parseValues(presetState(id).valuesYaml) as any;
      expect(a.postgres.auth.password).toMatch(/^[A-Za-z0-9]{24}$/);
      expect(a.postgres.auth.password).not.toBe(b.postgres.auth.password);
    }
  });

  it('the same state gives the same files', () => {
    const s = presetState('production');
    expect(generateChart(s)).toEqual(generateChart(structuredClone(s)));
    expect(Object.keys(generateChart(s))).toEqual(Object.keys(generateChart(s)).sort());
  });
});

describe('structure', () => {
  const base = presetState('walkthrough');

  it('names every helper after the chart', () => {
    const s = setStructure(base, { chart: { name: 'shop' } });
    const files = generateChart(s);
    const text = Object.entries(files).filter(([p]) => p.startsWith('shop/templates/')).map(([, t]) => t).join('\n');
    expect(text).not.toContain('"backend.');
    expect(text).toContain('{{- define "shop.fullname" -}}');
    expect(text).toContain('include "shop.labels" .');
    expect(parseValues(s.valuesYaml)!.image).toMatchObject({ repository: 'shop-app' });
  });

  it('bakes the container port and health path in where the app defines them', () => {
    const s = setStructure(base, { containerPort: 9000, healthPath: '/ready' });
    const files = generateChart(s);
    expect(chartFile(files, s, 'templates/deployment.yaml')).toContain('containerPort: 9000');
    expect(chartFile(files, s, 'templates/tests/test-connection.yaml')).toContain('}}/ready\']');
    expect(chartFile(files, s, 'templates/NOTES.txt')).toContain('curl http://127.0.0.1:8080/ready');
    expect(files['deploy-local.sh']).toContain("HEALTH_PATH='/ready'");
    expect(parseValues(s.valuesYaml)).toMatchObject({ service: { port: 9000 }, livenessProbe: { httpGet: { path: '/ready' } } });
  });

  it('without PostgreSQL: no database file, no postgres value, no DB_* env', () => {
    const s = setStructure(base, { postgres: false });
    const files = generateChart(s);
    expect(Object.keys(files).filter((p) => p.includes('postgres'))).toEqual([]);
    expect(Object.values(files).join('\n')).not.toMatch(/\.Values\.postgres|DB_HOST/);
    expect(parseValues(s.valuesYaml)).not.toHaveProperty('postgres');
    expect(parseValues(s.valuesLocalYaml)).not.toHaveProperty('postgres');
  });

  const optionals = Object.keys(OPTIONAL_INFO) as OptionalTemplate[];
  it.each(optionals)('optional template %s appears and vanishes with its choice', (t) => {
    const on = setStructure(base, { optional: { [t]: true } });
    const off = setStructure(base, { optional: { [t]: false } });
    expect(generateChart(on)).toHaveProperty(`backend/${OPTIONAL_INFO[t].file}`);
    expect(generateChart(off)).not.toHaveProperty(`backend/${OPTIONAL_INFO[t].file}`);
  });

  // Every combination of structural choices: each top-level value a template reads is
  // declared in values.yaml (and, per the values-honoured test, each declared one is read).
  const combos: { postgres: boolean; optional: Record<OptionalTemplate, boolean> }[] = [];
  for (let m = 0; m < 32; m++) {
    combos.push({ postgres: Boolean(m & 16), optional: Object.fromEntries(optionals.map((t, i) => [t, Boolean(m & (1 << i))])) as Record<OptionalTemplate, boolean> });
  }
  it('declares every value the templates read, in all 32 structure combinations', () => {
    for (const c of combos) {
      const s = setStructure(presetState('api-no-db'), c, fixedRandom);
      const files = generateChart(s);
      const declared = new Set(Object.keys(parseValues(s.valuesYaml)!));
      const used = new Set<string>();
      for (const [p, t] of Object.entries(files)) {
        if (!p.includes('/templates/')) continue;
        for (const m of t.matchAll(/\.Values\.([A-Za-z0-9_]+)/g)) used.add(m[1]);
      }
      expect([...used].filter((k) => !declared.has(k)), JSON.stringify(c)).toEqual([]);
    }
  });
});

describe('edits', () => {
  const s = presetState('api-no-db');

  it('a user edit replaces the generated text, beside the chart too', () => {
    const files = generateChart({
      ...s,
      edits: { 'templates/service.yaml': '# mine\n', [SCRIPT_EDIT_PATH]: '#!/bin/sh\n', [README_EDIT_PATH]: '# notes\n' },
    });
    expect(files['api/templates/service.yaml']).toBe('# mine\n');
    expect(files['deploy-local.sh']).toBe('#!/bin/sh\n');
    expect(files['README.md']).toBe('# notes\n');
  });

  it('an edit of a file the structure does not generate is not emitted', () => {
    const files = generateChart({ ...s, edits: { 'templates/hpa.yaml': 'x' } });
    expect(files).not.toHaveProperty('api/templates/hpa.yaml');
  });

  it('the schema follows a hand-edited values.yaml', () => {
    const files = generateChart({ ...s, edits: { 'values.yaml': s.valuesYaml + 'extra: 1\n' } });
    expect(JSON.parse(files['api/values.schema.json']).properties.extra).toEqual({ type: 'number' });
  });
});
