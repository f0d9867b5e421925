// deploy-local.sh, run for real against stand-ins for docker, kind, minikube, helm and
// kubectl: small bash scripts that log their arguments and answer what the script asks.
// PATH holds only those stubs (plus bash and cat), so a missing tool is really missing.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployScript, shQuote } from './deploy-script';
import { generateChart } from './generate';
import { presetState, PRESETS } from './presets';
import { setValue } from './values-edit';
import { fixedRandom, helm, unzipToTemp } from './test-support';
import { buildZip } from './zip';

const STUB = `#!/bin/bash
# Logs "TOOL ARGS..." and answers like the real tool would for deploy-local.sh.
printf '%s\\n' "\${0##*/} $*" >> "$STUB_LOG"
case "\${0##*/} $*" in
  "kubectl config current-context")
    if [ -n "\${STUB_CONTEXT:-}" ]; then echo "$STUB_CONTEXT"; else echo "error: current-context is not set" >&2; exit 1; fi ;;
  "kubectl get statefulsets,deployments "*)
    printf '%s\\n' "statefulset.apps/$STUB_RELEASE-postgres" "deployment.apps/$STUB_RELEASE" ;;
  "kubectl rollout status "*)
    if [ -n "\${STUB_ROLLOUT_FAIL:-}" ]; then echo "error: timed out waiting for the condition" >&2; exit 1; fi
    echo "rollout complete" ;;
  "kubectl get services "*) echo "$STUB_RELEASE" ;;
  "kubectl get service "*) echo "8000" ;;
  "kubectl get secret "*) if [ -n "\${STUB_NO_SECRET:-}" ]; then exit 1; fi ;;
  "docker image inspect "*) echo "sha256:0123abcd" ;;
esac
exit 0
`;

const TOOLS = ['docker', 'kind', 'minikube', 'helm', 'kubectl'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  calls: string[];
}

let work: string;
let root: string; // the unzipped download: deploy-local.sh and backend/
let app: string; // the user's app folder, where the script is run

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cw-deploy-'));
  root = unzipToTemp(await buildZip(presetState('walkthrough')));
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'Dockerfile.prod'), 'FROM scratch\n');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(root, '..'), { recursive: true, force: true });
});

function which(tool: string): string {
  return execFileSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
}

/** A bin directory with stubs for `tools` only. */
function stubBin(tools: string[]): string {
  const bin = mkdtempSync(join(work, 'bin-'));
  for (const t of tools) writeFileSync(join(bin, t), STUB, { mode: 0o755 });
  symlinkSync(which('bash'), join(bin, 'bash'));
  symlinkSync(which('cat'), join(bin, 'cat'));
  return bin;
}

function runScript(opts: { args?: string[]; env?: Record<string, string>; tools?: string[]; script?: string }): Promise<Run> {
  const bin = stubBin(opts.tools ?? TOOLS);
  const log = join(bin, 'calls.log');
  writeFileSync(log, '');
  const env = { PATH: bin, HOME: work, STUB_LOG: log, STUB_RELEASE: 'my-backend', ...opts.env } as unknown as NodeJS.ProcessEnv;
  return new Promise((resolve) => {
    execFile(opts.script ?? join(root, 'deploy-local.sh'), opts.args ?? [], { cwd: app, env, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      resolve({ code, stdout, stderr, calls });
    });
  });
}

const chart = () => join(root, 'backend');

function helmCall(release: string, namespace: string, repo: string, tag: string): string {
  return [
    `helm upgrade --install ${release} ${chart()} -f ${chart()}/values-local.yaml --namespace ${namespace} --create-namespace`,
    `--set-string image.repository=${repo} --set-string image.tag=${tag} --set-string image.pullPolicy=IfNotPresent`,
    '--set-string podAnnotations.chartwright/image-id=sha256:0123abcd',
  ].join(' ');
}

const rollout = (release: string, ns: string) => [
  `kubectl get statefulsets,deployments --namespace ${ns} -l app.kubernetes.io/instance=${release} -o name`,
  `kubectl rollout status statefulset.apps/${release}-postgres --namespace ${ns} --timeout 180s`,
  `kubectl rollout status deployment.apps/${release} --namespace ${ns} --timeout 180s`,
  `kubectl get pods,services --namespace ${ns} -l app.kubernetes.io/instance=${release}`,
  `kubectl get services --namespace ${ns} -l app.kubernetes.io/instance=${release},app.kubernetes.io/name=backend -o jsonpath={.items[0].metadata.name}`,
  `kubectl get service ${release} --namespace ${ns} -o jsonpath={.spec.ports[0].port}`,
];

describe('deploy-local.sh (walkthrough chart, stub tools)', () => {
  it('is executable straight out of the zip', () => {
    expect(existsSync(join(root, 'deploy-local.sh'))).toBe(true);
    execFileSync('test', ['-x', join(root, 'deploy-local.sh')]);
  });

  it('kind: builds, loads into the cluster named by the context, installs, waits, prints how to reach the app', async () => {
    const r = await runScript({ env: { STUB_CONTEXT: 'kind-hello-helm' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([
      'kubectl config current-context',
      'docker build -f Dockerfile.prod -t backend-app:latest .',
      'kind load docker-image backend-app:latest --name hello-helm',
      'docker image inspect --format {{.Id}} backend-app:latest',
      helmCall('my-backend', 'default', 'backend-app', 'latest'),
      ...rollout('my-backend', 'default'),
    ]);
    expect(r.stdout).toContain('kubectl port-forward --namespace default service/my-backend 8000:8000');
    expect(r.stdout).toContain('curl http://localhost:8000/health');
  });

  it('hands helm arguments the real Helm accepts for this chart', async () => {
    const r = await runScript({ env: { STUB_CONTEXT: 'kind-hello-helm' } });
    const args = r.calls.find((c) => c.startsWith('helm upgrade --install '))!.split(' ').slice(3);
    const out = await helm(['template', ...args.filter((a) => a !== '--create-namespace')]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('chartwright/image-id: sha256:0123abcd');
    expect(out.stdout).toContain('image: "backend-app:latest"');
    expect(out.stdout).toContain('imagePullPolicy: IfNotPresent');
  });

  it('minikube: loads with minikube image load; flags set release, namespace and tag', async () => {
    const r = await runScript({
      args: ['--release', 'demo', '-n', 'dev', '--tag=v2', '--dockerfile', 'Dockerfile.prod'],
      env: { STUB_CONTEXT: 'minikube', STUB_RELEASE: 'demo' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.calls).toEqual([
      'kubectl config current-context',
      'docker build -f Dockerfile.prod -t backend-app:v2 .',
      'minikube image load backend-app:v2 --profile minikube',
      'docker image inspect --format {{.Id}} backend-app:v2',
      helmCall('demo', 'dev', 'backend-app', 'v2'),
      ...rollout('demo', 'dev'),
    ]);
    expect(r.stdout).toContain('kubectl port-forward --namespace dev service/demo 8000:8000');
  });

  it('Docker Desktop: nothing to load; environment variables work like flags', async () => {
    const r = await runScript({ env: { STUB_CONTEXT: 'docker-desktop', IMAGE_REPOSITORY: 'me/api', IMAGE_TAG: 'dev' } });
    expect(r.code).toBe(0);
    expect(r.calls.filter((c) => /^(kind|minikube) /.test(c))).toEqual([]);
    expect(r.calls).toContain('docker build -f Dockerfile.prod -t me/api:dev .');
    expect(r.calls).toContain(helmCall('my-backend', 'default', 'me/api', 'dev'));
    expect(r.stdout).toContain("Docker Desktop's cluster uses the local Docker images: nothing to load");
  });

  const failures: { name: string; tools?: string[]; env?: Record<string, string>; args?: string[]; want: string }[] = [
    { name: 'helm missing', tools: ['docker', 'kind', 'kubectl'], env: { STUB_CONTEXT: 'kind-x' }, want: 'helm is required but was not found on PATH' },
    { name: 'kubectl missing', tools: ['docker', 'kind', 'helm'], env: { STUB_CONTEXT: 'kind-x' }, want: 'kubectl is required but was not found on PATH' },
    { name: 'docker missing', tools: ['kind', 'helm', 'kubectl'], env: { STUB_CONTEXT: 'kind-x' }, want: 'docker is required but was not found on PATH' },
    { name: 'kind missing on a kind cluster', tools: ['docker', 'helm', 'kubectl'], env: { STUB_CONTEXT: 'kind-x' }, want: 'kind is required but was not found on PATH' },
    { name: 'minikube missing on minikube', tools: ['docker', 'helm', 'kubectl'], env: { STUB_CONTEXT: 'minikube' }, want: 'minikube is required but was not found on PATH' },
    { name: 'no current context', env: {}, want: 'kubectl has no current context' },
    { name: 'a remote cluster', env: { STUB_CONTEXT: 'gke_prod' }, want: 'the kubectl context "gke_prod" is not kind, minikube or Docker Desktop' },
    { name: 'no Dockerfile', env: { STUB_CONTEXT: 'kind-x' }, args: ['-f', 'Nope'], want: "Nope not found. Run this script from your app's folder" },
    { name: 'unknown option', env: { STUB_CONTEXT: 'kind-x' }, args: ['--frobnicate'], want: 'unknown option: --frobnicate' },
    { name: 'option without its value', env: { STUB_CONTEXT: 'kind-x' }, args: ['--release'], want: 'option --release needs a value' },
  ];
  for (const f of failures) {
    it(`fails clearly: ${f.name}`, async () => {
      const r = await runScript(f);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toContain(f.want);
      expect(r.calls.filter((c) => c.startsWith('helm '))).toEqual([]);
    });
  }

  it('a rollout that does not finish fails with the commands to investigate', async () => {
    const r = await runScript({ env: { STUB_CONTEXT: 'kind-x', STUB_ROLLOUT_FAIL: '1' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Not ready: statefulset.apps/my-backend-postgres deployment.apps/my-backend. To see why:');
    expect(r.stderr).toContain('kubectl logs --namespace default deployment/my-backend -c wait-for-postgres');
  });

  it('--help prints the options and runs nothing', async () => {
    const r = await runScript({ args: ['--help'] });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: ./deploy-local.sh [options]');
    expect(r.stdout).toContain('--cluster-name NAME');
    expect(r.calls).toEqual([]);
  });

  it('--skip-build neither needs nor calls docker build', async () => {
    const r = await runScript({ args: ['--skip-build'], tools: ['kind', 'helm', 'kubectl'], env: { STUB_CONTEXT: 'kind-dev' } });
    expect(r.code).toBe(0);
    expect(r.calls[1]).toBe('kind load docker-image backend-app:latest --name dev');
    expect(r.calls).toContain(helmCall('my-backend', 'default', 'backend-app', 'latest').replace(' --set-string podAnnotations.chartwright/image-id=sha256:0123abcd', ''));
  });
});

describe('deploy-local.sh with an existing database Secret', () => {
  let script: string;
  beforeAll(() => {
    const s = presetState('walkthrough');
    const withSecret = { ...s, valuesLocalYaml: setValue(s.valuesLocalYaml, ['postgres', 'auth', 'existingSecret'], 'db-creds')! };
    script = join(root, 'deploy-with-secret.sh');
    writeFileSync(script, generateChart(withSecret)['deploy-local.sh'], { mode: 0o755 });
  });

  it('stops before installing when the Secret is missing, and says how to create it', async () => {
    const r = await runScript({ script, env: { STUB_CONTEXT: 'kind-x', STUB_NO_SECRET: '1' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Secret db-creds not found in namespace default');
    expect(r.stderr).toContain('kubectl create secret generic db-creds --namespace default');
    expect(r.calls.filter((c) => c.startsWith('helm '))).toEqual([]);
  });

  it('installs when the Secret exists', async () => {
    const r = await runScript({ script, env: { STUB_CONTEXT: 'kind-x' } });
    expect(r.code).toBe(0);
    expect(r.calls).toContain('kubectl get secret db-creds --namespace default');
  });
});

describe('deploy-local.sh source', () => {
  it.each(PRESETS.map((p) => p.id))('is shellcheck-clean (%s)', (id) => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-sc-'));
    const file = join(dir, 'deploy-local.sh');
    writeFileSync(file, generateChart(presetState(id, fixedRandom))['deploy-local.sh']);
    try {
      execFileSync('shellcheck', ['--shell=bash', '--severity=style', file], { encoding: 'utf8' });
    } catch (e) {
      throw new Error(`shellcheck: ${(e as { stdout?: string }).stdout ?? e}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('quotes every baked-in default, so odd characters cannot run as shell', () => {
    expect(shQuote("it's")).toBe(`'it'\\''s'`);
    const text = deployScript({
      chart: 'c', release: 'r', namespace: 'n', imageRepository: 'x$(touch /tmp/pwned)', imageTag: '`id`', dockerfile: 'D',
      buildContext: '.', servicePort: 80, healthPath: '/h', postgres: false,
    });
    expect(text).toContain(`IMAGE_REPOSITORY=\${IMAGE_REPOSITORY:-'x$(touch /tmp/pwned)'}`);
    expect(text).toContain("IMAGE_TAG=${IMAGE_TAG:-'`id`'}");
  });
});
