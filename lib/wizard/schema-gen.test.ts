// values.schema.json, judged by the real Helm: good values pass, bad ones fail with a
// message naming the key.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeChart } from '../../test/helm';
import { generateChart } from './generate';
import { presetState } from './presets';
import { inferSchema } from './schema-gen';
import { helm } from './test-support';
import type { WizardState } from './state';

interface Case {
  name: string;
  args: string[];
  /** substring of Helm's error; absent: must render */
  wantErr?: string;
}

const CASES: Case[] = [
  { name: 'defaults', args: [] },
  { name: 'values-local.yaml', args: ['-f', 'VALUES_LOCAL'] },
  { name: 'replicaCount=abc', args: ['--set', 'replicaCount=abc'], wantErr: "at '/replicaCount': got string, want integer" },
  { name: 'replicaCount=1.5', args: ['--set-json', 'replicaCount=1.5'], wantErr: "at '/replicaCount': got number, want integer" },
  { name: 'replicaCount=-1', args: ['--set', 'replicaCount=-1'], wantErr: "at '/replicaCount': minimum: got -1, want 0" },
  { name: 'replicaCount=0', args: ['--set', 'replicaCount=0'] },
  { name: 'replicaCount removed', args: ['--set', 'replicaCount=null'], wantErr: "missing property 'replicaCount'" },
  { name: 'pullPolicy not an enum member', args: ['--set', 'image.pullPolicy=Sometimes'], wantErr: "at '/image/pullPolicy': value must be one of 'Always', 'IfNotPresent', 'Never'" },
  { name: 'pullPolicy=Always', args: ['--set', 'image.pullPolicy=Always'] },
  { name: 'service.type ExternalName', args: ['--set', 'service.type=ExternalName'], wantErr: "at '/service/type': value must be one of 'ClusterIP', 'NodePort', 'LoadBalancer'" },
  { name: 'service.type=NodePort', args: ['--set', 'service.type=NodePort'] },
  { name: 'service.port=0', args: ['--set', 'service.port=0'], wantErr: "at '/service/port': minimum: got 0, want 1" },
  { name: 'service.port=65536', args: ['--set', 'service.port=65536'], wantErr: "at '/service/port': maximum: got 65,536, want 65,535" },
  { name: 'service.port=65535', args: ['--set', 'service.port=65535'] },
  { name: 'service.port as text', args: ['--set', 'service.port=http'], wantErr: "at '/service/port': got string, want integer" },
  { name: 'a typo at the top', args: ['--set', 'replicaCont=2'], wantErr: "additional properties 'replicaCont' not allowed" },
  { name: 'a typo in image', args: ['--set', 'image.tagg=v1'], wantErr: "at '/image': additional properties 'tagg' not allowed" },
  { name: 'numeric tag through --set', args: ['--set', 'image.tag=2'], wantErr: "at '/image/tag': got number, want string" },
  { name: 'numeric tag through --set-string', args: ['--set-string', 'image.tag=2'] },
  { name: 'storage size 1GB', args: ['--set', 'postgres.persistence.size=1GB'], wantErr: "at '/postgres/persistence/size'" },
  { name: 'memory limit 512MB', args: ['--set', 'resources.limits.memory=512MB'], wantErr: "at '/resources/limits/memory'" },
  { name: 'cpu limit as a number', args: ['--set', 'resources.limits.cpu=2'] },
  { name: 'a label that is a number', args: ['--set', 'podLabels.tier=1'], wantErr: "at '/podLabels/tier': got number, want string" },
  { name: 'an env var', args: ['--set', 'env.LOG_LEVEL=debug'] },
  { name: 'a nested env value', args: ['--set', 'env.X.y=1'], wantErr: "at '/env/X'" },
  { name: 'ingress on without hosts', args: ['--set', 'ingress.enabled=true', '--set', 'ingress.hosts=null'], wantErr: "missing property 'hosts'" },
  { name: 'ingress path without a slash', args: ['--set', 'ingress.enabled=true', '--set', 'ingress.hosts[0].paths[0].path=api'], wantErr: "ingress/hosts/0/paths/0/path" },
  { name: 'autoscaling.minReplicas=0', args: ['--set', 'autoscaling.minReplicas=0'], wantErr: "at '/autoscaling/minReplicas': minimum: got 0, want 1" },
  { name: 'postgres.enabled as text', args: ['--set-string', 'postgres.enabled=yes'], wantErr: "at '/postgres/enabled': got string, want boolean" },
  { name: "a user's own key (declared in values.yaml)", args: ['--set', 'featureFlags.beta=false', '--set', 'featureFlags.gamma=true'] },
  { name: "a user's own key with the wrong type", args: ['--set', 'featureFlags.beta=maybe'], wantErr: "at '/featureFlags/beta': got string, want boolean" },
  { name: 'global values from a parent chart', args: ['--set', 'global.team=a'] },
];

let dir: string;
let state: WizardState;

beforeAll(() => {
  const s = presetState('walkthrough');
  // A key the user added to values.yaml joins the schema with the type it has there.
  state = { ...s, valuesYaml: s.valuesYaml + '\n# My own switches\nfeatureFlags:\n  beta: true\n' };
  const files = generateChart(state);
  dir = writeChart(files);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('values.schema.json through helm template', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const chart = join(dir, 'backend');
      const args = c.args.map((a) => (a === 'VALUES_LOCAL' ? join(chart, 'values-local.yaml') : a));
      const r = await helm(['template', 'rel', chart, ...args]);
      if (c.wantErr === undefined) {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      } else {
        expect(r.code).not.toBe(0);
        expect(r.stderr).toContain("values don't meet the specifications of the schema(s)");
        expect(r.stderr).toContain(c.wantErr);
      }
    });
  }
});

describe('inferSchema', () => {
  const table: { name: string; input: unknown; want: unknown }[] = [
    { name: 'null leaves the type open', input: null, want: {} },
    { name: 'bool', input: true, want: { type: 'boolean' } },
    { name: 'number (YAML numbers are floats to Helm)', input: 3, want: { type: 'number' } },
    { name: 'string', input: 'x', want: { type: 'string' } },
    { name: 'list', input: [1, 'a'], want: { type: 'array' } },
    { name: 'map stays open to more keys', input: { a: 1, b: { c: 'd' } }, want: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'object', properties: { c: { type: 'string' } } } } } },
  ];
  for (const t of table) it(t.name, () => expect(inferSchema(t.input)).toEqual(t.want));
});
