// The chart `helm create` generates (made at test time with the Helm binary, never
// committed), rendered under many values overlays: through renderChart and through the
// CLI process (bin/chartwright), each compared byte for byte with `helm template`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTool, run } from '../../test/helm';
import { KNOWN_DIFFERENCES } from '../../test/known-differences';
import { type ChartCase, type Outcome, helmOutcome, ourOutcome, same } from '../../test/chart-differential';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Overlay {
  name: string;
  values?: string;
  args?: string[];
  release?: string;
}

const overlays: Overlay[] = [
  { name: 'default' },
  {
    name: 'ingress-tls',
    values: [
      'ingress:',
      '  enabled: true',
      '  className: nginx',
      '  annotations:',
      '    cert-manager.io/cluster-issuer: letsencrypt',
      '  hosts:',
      '    - host: app.example.com',
      '      paths:',
      '        - path: /',
      '          pathType: Prefix',
      '        - path: /api',
      '          pathType: ImplementationSpecific',
      '  tls:',
      '    - secretName: app-tls',
      '      hosts:',
      '        - app.example.com',
      '',
    ].join('\n'),
  },
  { name: 'autoscaling', values: 'autoscaling:\n  enabled: true\n  minReplicas: 2\n  maxReplicas: 10\n  targetCPUUtilizationPercentage: 60\n  targetMemoryUtilizationPercentage: 75\n' },
  {
    name: 'httproute',
    values: 'httpRoute:\n  enabled: true\n  annotations:\n    a: b\n  parentRefs:\n  - name: gw\n    sectionName: https\n  hostnames:\n  - app.example.com\n  rules:\n  - matches:\n    - path:\n        type: PathPrefix\n        value: /\n',
  },
  { name: 'serviceaccount-off', values: 'serviceAccount:\n  create: false\n' },
  { name: 'serviceaccount-named', values: 'serviceAccount:\n  create: true\n  name: custom-sa\n  automount: false\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::123:role/x\n' },
  { name: 'long-name-override', values: `nameOverride: ${'n'.repeat(70)}\n` },
  { name: 'long-fullname-override', values: `fullnameOverride: ${'f'.repeat(70)}-\n` },
  { name: 'release-contains-chart-name', release: 'mychart-prod' },
  { name: 'image-tag-set', values: 'image:\n  repository: ghcr.io/acme/app\n  tag: "1.2.3"\n  pullPolicy: Always\nimagePullSecrets:\n  - name: regcred\n' },
  { name: 'image-tag-empty', values: 'image:\n  tag: ""\n' },
  { name: 'annotations', values: 'podAnnotations:\n  prometheus.io/scrape: "true"\npodLabels:\n  team: web\n' },
  { name: 'resources', values: 'resources:\n  limits:\n    cpu: 500m\n    memory: 128Mi\n  requests:\n    cpu: 100m\n    memory: 64Mi\n' },
  {
    name: 'scheduling',
    values: 'nodeSelector:\n  disktype: ssd\ntolerations:\n  - key: dedicated\n    operator: Equal\n    value: web\n    effect: NoSchedule\naffinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions:\n            - key: zone\n              operator: In\n              values: [a, b]\n',
  },
  { name: 'security-volumes', values: 'podSecurityContext:\n  fsGroup: 2000\nsecurityContext:\n  runAsNonRoot: true\n  runAsUser: 1000\nvolumes:\n  - name: tmp\n    emptyDir: {}\nvolumeMounts:\n  - name: tmp\n    mountPath: /tmp\n' },
  { name: 'service-nodeport', values: 'service:\n  type: NodePort\n  port: 8080\nreplicaCount: 3\n' },
  { name: 'set-flags', args: ['--set', 'replicaCount=5', '--set-string', 'image.tag=2.0', '--namespace', 'prod'] },
  { name: 'show-only-deployment', args: ['--show-only', 'templates/deployment.yaml'] },
  { name: 'skip-tests', args: ['--skip-tests'] },
  { name: 'kube-version', args: ['--kube-version', '1.29.3', '--api-versions', 'gateway.networking.k8s.io/v1'] },
];

let chartDir = '';
let chartFiles: Record<string, Uint8Array> = {};
let work = '';

function readDir(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

function caseOf(o: Overlay): ChartCase {
  const args = [...(o.values ? ['-f', 'overlay.yaml'] : []), ...(o.args ?? [])];
  return { name: `create/${o.name}`, files: chartFiles, args, release: o.release ?? 'rel', extra: o.values ? { 'overlay.yaml': o.values } : undefined };
}

function cliOutcome(o: Overlay): Outcome {
  const dir = join(work, o.name);
  mkdirSync(dir, { recursive: true });
  const args = ['template', o.release ?? 'rel', chartDir];
  if (o.values) {
    writeFileSync(join(dir, 'overlay.yaml'), o.values);
    args.push('-f', 'overlay.yaml');
  }
  args.push(...(o.args ?? []));
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'chartwright'), ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  const helm = await ensureTool('helm');
  work = mkdtempSync(join(tmpdir(), 'cw-create-'));
  const r = await run(helm, ['create', 'mychart'], { cwd: work });
  if (r.code !== 0) throw new Error(`helm create failed: ${r.stderr}`);
  chartDir = join(work, 'mychart');
  chartFiles = readDir(chartDir);
  // The CLI bundle is built from the current sources, so the process test sees them.
  execFileSync(process.execPath, [join(ROOT, 'bin', 'build-cli.mjs')], { stdio: 'inherit' });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function check(name: string, got: Outcome, want: Outcome): void {
  const known = KNOWN_DIFFERENCES[name];
  if (known !== undefined) {
    expect(same(got, want), `${name} is on the known-differences list (${known}) but now matches Helm: take it off the list`).toBe(false);
    return;
  }
  expect({ code: got.code === 0 ? 0 : 1, stdout: got.stdout, stderr: got.stderr }).toEqual({ code: want.code === 0 ? 0 : 1, stdout: want.stdout, stderr: want.stderr });
}

describe('helm create chart (differential vs helm)', () => {
  for (const o of overlays) {
    it(`create/${o.name} via renderChart`, async () => {
      const c = caseOf(o);
      check(c.name, ourOutcome(c), await helmOutcome(c));
    });
    it(`create/${o.name} via the CLI`, async () => {
      const c = caseOf(o);
      check(`${c.name}/cli`, cliOutcome(o), await helmOutcome(c));
    });
  }
});
