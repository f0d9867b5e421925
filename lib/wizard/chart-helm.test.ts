// Every preset's download, as a user gets it: unzipped by `unzip`, linted and rendered by
// the real Helm 4.1.4, each rendered object validated against Kubernetes' schemas.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetState, PRESETS } from './presets';
import { buildZip } from './zip';
import { find, fixedRandom, helm, K8S_SCHEMA_VERSION, manifests, unzipToTemp, validateObject, type K8sObject } from './test-support';
import { parseValues } from './values-doc';
import type { WizardState } from './state';

interface Unpacked {
  state: WizardState;
  root: string;
  chart: string;
}

const unpacked = new Map<string, Unpacked>();

beforeAll(async () => {
  for (const p of PRESETS) {
    const state = presetState(p.id, fixedRandom);
    const root = unzipToTemp(await buildZip(state));
    unpacked.set(p.id, { state, root, chart: join(root, state.chart.name) });
  }
});

afterAll(() => {
  for (const u of unpacked.values()) rmSync(join(u.root, '..'), { recursive: true, force: true });
});

async function template(u: Unpacked, args: string[] = [], release = u.state.release): Promise<K8sObject[]> {
  const r = await helm(['template', release, u.chart, '--namespace', u.state.namespace, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return manifests(r.stdout);
}

/** --set flags turning on every optional feature the preset's values have. */
function everythingOn(u: Unpacked): string[] {
  const v = parseValues(u.state.valuesYaml) ?? {};
  return ['ingress', 'httpRoute', 'autoscaling'].filter((k) => k in v).flatMap((k) => ['--set', `${k}.enabled=true`]);
}

describe.each(PRESETS.map((p) => p.id))('preset %s', (id) => {
  const u = () => unpacked.get(id)!;

  it('passes helm lint --strict', async () => {
    const r = await helm(['lint', '--strict', u().chart]);
    expect(r.stdout + r.stderr).toContain('1 chart(s) linted, 0 chart(s) failed');
    expect(r.stdout).not.toMatch(/\[(WARNING|ERROR)\]/);
    expect(r.code).toBe(0);
  });

  it('passes helm lint --strict with values-local.yaml', async () => {
    const r = await helm(['lint', '--strict', u().chart, '-f', join(u().chart, 'values-local.yaml')]);
    expect(r.stdout).not.toMatch(/\[(WARNING|ERROR)\]/);
    expect(r.code).toBe(0);
  });

  it(`renders objects valid against the Kubernetes ${K8S_SCHEMA_VERSION} schemas (defaults, values-local, every feature on)`, async () => {
    const variants = [[], ['-f', join(u().chart, 'values-local.yaml')], everythingOn(u())];
    for (const args of variants) {
      const objs = await template(u(), args);
      expect(objs.length).toBeGreaterThan(2);
      for (const o of objs) validateObject(o);
      // Names Kubernetes turns into DNS labels stay within 63 characters.
      for (const o of objs) expect(o.metadata.name.length, `${o.kind}/${o.metadata.name}`).toBeLessThanOrEqual(63);
    }
  });

  it('lets the app Service select the app pods and nothing else', async () => {
    const objs = await template(u(), ['-f', join(u().chart, 'values-local.yaml')]);
    const deploy = find(objs, 'Deployment')!;
    const services = objs.filter((o) => o.kind === 'Service');
    const podLabels = (w: K8sObject) => w.spec.template.metadata.labels as Record<string, string>;
    const selects = (svc: K8sObject, w: K8sObject) => Object.entries(svc.spec.selector as Record<string, string>).every(([k, v]) => podLabels(w)[k] === v);
    const app = services.find((s) => s.metadata.name === deploy.metadata.name)!;
    expect(selects(app, deploy)).toBe(true);
    for (const sts of objs.filter((o) => o.kind === 'StatefulSet')) expect(selects(app, sts)).toBe(false);
    expect(deploy.spec.selector.matchLabels).toEqual(app.spec.selector);
  });

  it('prints NOTES.txt after an install (helm install --dry-run=client)', async () => {
    for (const extra of [[], everythingOn(u()), ['--set', 'service.type=NodePort'], ['--set', 'service.type=LoadBalancer']]) {
      const r = await helm(['install', u().state.release, u().chart, '--dry-run=client', '--namespace', u().state.namespace, ...extra]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const notes = r.stdout.slice(r.stdout.indexOf('NOTES:'));
      expect(notes).toContain(`is installed as release ${u().state.release} in namespace ${u().state.namespace}.`);
      expect(notes).not.toContain('<no value>');
    }
  });

  it('rejects a mistyped value with a message naming the key', async () => {
    const r = await helm(['template', 'rel', u().chart, '--set', 'replicaCount=abc']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("at '/replicaCount': got string, want integer");
  });
});

// Value-level behaviour, asserted on what Helm renders.
interface Case {
  name: string;
  preset: string;
  args: string[];
  release?: string;
  check: (objs: K8sObject[]) => void;
}

const names = (objs: K8sObject[]) => objs.map((o) => `${o.kind}/${o.metadata.name}`).sort();
const appContainer = (objs: K8sObject[]) => find(objs, 'Deployment')!.spec.template.spec.containers[0];
const envNames = (objs: K8sObject[]) => (appContainer(objs).env ?? []).map((e: { name: string }) => e.name);
const sts = (objs: K8sObject[]) => find(objs, 'StatefulSet')!;

const CASES: Case[] = [
  {
    name: 'walkthrough: names match the walkthrough (release my-backend)',
    preset: 'walkthrough',
    args: [],
    check: (objs) =>
      expect(names(objs)).toEqual([
        'Deployment/my-backend',
        'Pod/my-backend-test-connection',
        'Secret/my-backend-postgres-secret',
        'Service/my-backend',
        'Service/my-backend-postgres',
        'ServiceAccount/my-backend',
        'StatefulSet/my-backend-postgres',
      ]),
  },
  {
    name: 'postgres.enabled=false removes every database object, the init container and DB_* env',
    preset: 'walkthrough',
    args: ['--set', 'postgres.enabled=false'],
    check: (objs) => {
      expect(names(objs)).toEqual(['Deployment/my-backend', 'Pod/my-backend-test-connection', 'Service/my-backend', 'ServiceAccount/my-backend']);
      expect(find(objs, 'Deployment')!.spec.template.spec.initContainers).toBeUndefined();
      expect(envNames(objs)).toEqual(['PYTHONUNBUFFERED']);
    },
  },
  {
    name: 'all five DB_* come from the Secret, whose host is the postgres Service, whatever the release name',
    preset: 'walkthrough',
    args: [],
    release: 'prod',
    check: (objs) => {
      const svc = objs.find((o) => o.kind === 'Service' && o.spec.clusterIP === 'None')!;
      expect(svc.metadata.name).toBe('prod-backend-postgres');
      const secret = find(objs, 'Secret')!;
      expect(Buffer.from(secret.data.host, 'base64').toString()).toBe(svc.metadata.name);
      expect(Buffer.from(secret.data.port, 'base64').toString()).toBe('5432');
      const env = appContainer(objs).env as any[];
      expect(env.filter((e) => e.name.startsWith('DB_')).map((e) => [e.name, e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key])).toEqual([
        ['DB_HOST', secret.metadata.name, 'host'],
        ['DB_PORT', secret.metadata.name, 'port'],
        ['DB_NAME', secret.metadata.name, 'database'],
        ['DB_USER', secret.metadata.name, 'username'],
        ['DB_PASSWORD', secret.metadata.name, 'password'],
      ]);
      expect(sts(objs).spec.serviceName).toBe(svc.metadata.name);
      expect(find(objs, 'Deployment')!.spec.template.spec.initContainers[0].args[0]).toContain(`host=${svc.metadata.name}\n`);
    },
  },
  {
    name: 'a 63-character fullnameOverride keeps every name valid and distinct',
    preset: 'walkthrough',
    args: ['--set', `fullnameOverride=${'a'.repeat(63)}`],
    check: (objs) => {
      expect(find(objs, 'Deployment')!.metadata.name).toBe('a'.repeat(63));
      expect(sts(objs).metadata.name).toBe(`${'a'.repeat(43)}-postgres`);
    },
  },
  {
    name: 'storageClass is applied when set',
    preset: 'walkthrough',
    args: ['--set', 'postgres.persistence.storageClass=fast-ssd', '--set', 'postgres.persistence.size=5Gi'],
    check: (objs) => {
      const claim = sts(objs).spec.volumeClaimTemplates[0];
      expect(claim.spec.storageClassName).toBe('fast-ssd');
      expect(claim.spec.resources.requests.storage).toBe('5Gi');
      expect(sts(objs).spec.template.spec.volumes).toBeUndefined();
    },
  },
  {
    name: 'empty storageClass leaves the cluster default; "-" asks for no class',
    preset: 'walkthrough',
    args: [],
    check: (objs) => expect(sts(objs).spec.volumeClaimTemplates[0].spec).not.toHaveProperty('storageClassName'),
  },
  {
    name: 'storageClass "-" renders storageClassName ""',
    preset: 'walkthrough',
    args: ['--set', 'postgres.persistence.storageClass=-'],
    check: (objs) => expect(sts(objs).spec.volumeClaimTemplates[0].spec.storageClassName).toBe(''),
  },
  {
    name: 'persistence.enabled=false gives an emptyDir and no claim',
    preset: 'walkthrough',
    args: ['--set', 'postgres.persistence.enabled=false'],
    check: (objs) => {
      expect(sts(objs).spec.volumeClaimTemplates).toBeUndefined();
      expect(sts(objs).spec.template.spec.volumes).toEqual([{ name: 'postgres-data', emptyDir: {} }]);
    },
  },
  {
    name: 'postgres.resources and PGDATA reach the database container',
    preset: 'walkthrough',
    args: ['--set', 'postgres.resources.requests.memory=64Mi'],
    check: (objs) => {
      const c = sts(objs).spec.template.spec.containers[0];
      expect(c.resources).toEqual({ limits: { cpu: '500m', memory: '512Mi' }, requests: { memory: '64Mi' } });
      expect(c.env.find((e: { name: string }) => e.name === 'PGDATA').value).toBe('/var/lib/postgresql/data/pgdata');
      expect(c.readinessProbe.exec.command.join(' ')).toContain('pg_isready');
      expect(c.livenessProbe.exec.command.join(' ')).toContain('pg_isready');
    },
  },
  {
    name: 'existingSecret: no Secret rendered, database and app read that one',
    preset: 'walkthrough',
    args: ['--set', 'postgres.auth.existingSecret=db-creds'],
    check: (objs) => {
      expect(find(objs, 'Secret')).toBeUndefined();
      const refs = [...appContainer(objs).env, ...sts(objs).spec.template.spec.containers[0].env]
        .filter((e: any) => e.valueFrom)
        .map((e: any) => e.valueFrom.secretKeyRef.name);
      expect(new Set(refs)).toEqual(new Set(['db-creds']));
    },
  },
  {
    name: 'external-db: all five DB_* come from the existing Secret, no database objects',
    preset: 'external-db',
    args: [],
    check: (objs) => {
      expect(names(objs)).toEqual(['Deployment/app', 'Pod/app-test-connection', 'Service/app', 'ServiceAccount/app']);
      const env = appContainer(objs).env as any[];
      expect(env.map((e) => [e.name, e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key])).toEqual([
        ['DB_HOST', 'app-db', 'host'],
        ['DB_PORT', 'app-db', 'port'],
        ['DB_NAME', 'app-db', 'database'],
        ['DB_USER', 'app-db', 'username'],
        ['DB_PASSWORD', 'app-db', 'password'],
      ]);
      expect(find(objs, 'Deployment')!.spec.template.spec.initContainers[0].name).toBe('wait-for-postgres');
    },
  },
  {
    name: 'api-no-db: no database anywhere',
    preset: 'api-no-db',
    args: [],
    check: (objs) => {
      expect(names(objs)).toEqual(['Deployment/api', 'Pod/api-test-connection', 'Service/api', 'ServiceAccount/api']);
      expect(envNames(objs)).toEqual(['LOG_LEVEL']);
      expect(find(objs, 'Deployment')!.spec.template.spec.initContainers).toBeUndefined();
    },
  },
  {
    name: 'production: ingress with TLS, HPA from 2, no fixed replicas, hardened container',
    preset: 'production',
    args: [],
    check: (objs) => {
      expect(find(objs, 'Ingress')!.spec.tls).toEqual([{ hosts: ['app.example.com'], secretName: 'app-example-com-tls' }]);
      expect(find(objs, 'HorizontalPodAutoscaler')!.spec.minReplicas).toBe(2);
      expect(find(objs, 'Deployment')!.spec).not.toHaveProperty('replicas');
      expect(appContainer(objs).securityContext).toEqual({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      expect(appContainer(objs).image).toBe('registry.example.com/app:1.0.0');
    },
  },
  {
    name: 'serviceAccount.create=false uses the named account and renders none',
    preset: 'api-no-db',
    args: ['--set', 'serviceAccount.create=false', '--set', 'serviceAccount.name=builder'],
    check: (objs) => {
      expect(find(objs, 'ServiceAccount')).toBeUndefined();
      expect(find(objs, 'Deployment')!.spec.template.spec.serviceAccountName).toBe('builder');
    },
  },
  {
    name: 'httpRoute: rules without matches still route to the Service',
    preset: 'walkthrough',
    args: ['--set', 'httpRoute.enabled=true', '--set-json', 'httpRoute.rules=[{}]'],
    check: (objs) => expect(find(objs, 'HTTPRoute')!.spec.rules).toEqual([{ backendRefs: [{ name: 'my-backend', port: 8000 }] }]),
  },
];

describe('values reach the rendered objects', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const u = unpacked.get(c.preset)!;
      const objs = await template(u, c.args, c.release);
      for (const o of objs) validateObject(o);
      c.check(objs);
    });
  }

  it('an empty password fails with a message saying what to do', async () => {
    const u = unpacked.get('walkthrough')!;
    const r = await helm(['template', 'rel', u.chart, '--set', 'postgres.auth.password=']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('postgres.auth.password is empty: set a password, or name an existing Secret in postgres.auth.existingSecret');
  });
});
