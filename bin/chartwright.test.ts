// bin/chartwright run as a command (the sh side, which starts node on dist/cli.blob, the
// startup snapshot) must behave exactly like `node bin/chartwright` (the JavaScript side,
// on dist/cli.cjs): same stdout, stderr and exit code, and nothing the snapshot froze at
// build time (random state, a cwd) may leak into a run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'chartwright');
let work = '';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function runCmd(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Outcome {
  const r = spawnSync(file, args, { cwd: work, env, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const asCommand = (args: string[], env?: NodeJS.ProcessEnv) => runCmd(BIN, args, env);
const asScript = (args: string[]) => runCmd(process.execPath, [BIN, ...args]);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cw-bin-'));
  const chart = join(work, 'c');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
  writeFileSync(join(chart, 'values.yaml'), 'replicas: 2\nname: web\n');
  writeFileSync(
    join(chart, 'templates', 'cm.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-{{ .Values.name }}\n  namespace: {{ .Release.Namespace }}\ndata:\n  replicas: {{ .Values.replicas | quote }}\n',
  );
  writeFileSync(join(chart, 'templates', 'rand.txt'), 'r: {{ randAlphaNum 24 }} {{ uuidv4 }}\n');
  // node-forge and bcryptjs are loaded on first use (bin/build-cli.mjs), also from the snapshot.
  writeFileSync(join(chart, 'templates', 'crypto.txt'), 'aes: {{ encryptAES "k" "text" | decryptAES "k" }}\nhtpasswd: {{ htpasswd "u" "p" | len }}\n');
  writeFileSync(join(work, 'over.yaml'), 'replicas: 5\n');
  // Built from the current sources, snapshot included, so both sides run the same code.
  execFileSync(process.execPath, [join(ROOT, 'bin', 'build-cli.mjs')], { stdio: 'inherit' });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('bin/chartwright as a command', () => {
  it('has a snapshot to start from (built with this node)', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli.blob'))).toBe(true);
  });

  const cases: { name: string; args: string[] }[] = [
    { name: 'help', args: ['--help'] },
    { name: 'unknown command', args: ['nope'] },
    { name: 'template', args: ['template', 'rel', 'c', '-n', 'ns', '-f', 'over.yaml', '--show-only', 'templates/cm.yaml'] },
    { name: 'template --set', args: ['template', 'rel', './c', '--set', 'name=api', '-s', 'templates/cm.yaml'] },
    { name: 'template missing chart', args: ['template', 'rel', './missing'] },
    { name: 'template bad flag', args: ['template', 'rel', 'c', '--bogus'] },
    { name: 'template with crypto functions', args: ['template', 'rel', 'c', '-s', 'templates/crypto.txt'] },
    { name: 'presets', args: ['presets'] },
  ];
  for (const c of cases) {
    it(`${c.name}: same as node bin/chartwright`, () => {
      expect(asCommand(c.args)).toEqual(asScript(c.args));
    });
  }

  it('draws fresh random values on every run', () => {
    const args = ['template', 'rel', 'c', '-s', 'templates/rand.txt'];
    const a = asCommand(args);
    const b = asCommand(args);
    expect(a.code).toBe(0);
    expect(a.stdout).not.toBe(b.stdout);
  });

  it('runs through a symlink, as npm installs it in node_modules/.bin', () => {
    const link = join(work, 'bin-link');
    symlinkSync(BIN, link);
    expect(runCmd(link, ['template', 'rel', 'c', '-s', 'templates/cm.yaml'])).toEqual(asScript(['template', 'rel', 'c', '-s', 'templates/cm.yaml']));
  });

  it('starts node without NODE_EXTRA_CA_CERTS (node would warn that this file cannot be read)', () => {
    const r = asCommand(['template', 'rel', 'c', '-s', 'templates/cm.yaml'], { ...process.env, NODE_EXTRA_CA_CERTS: join(work, 'missing.pem') });
    expect(r).toEqual(asScript(['template', 'rel', 'c', '-s', 'templates/cm.yaml']));
    expect(r.stderr).toBe('');
  });

  it('prints no node warning on stderr (node-forge calls the deprecated Buffer())', () => {
    writeFileSync(join(work, 'c', 'templates', 'ed.txt'), 'key: {{ genPrivateKey "ed25519" | len }}\n');
    for (const r of [asCommand(['template', 'rel', 'c', '-s', 'templates/ed.txt']), asScript(['template', 'rel', 'c', '-s', 'templates/ed.txt'])]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }
  });

  it('falls back to the plain bundle when NODE_OPTIONS could change V8 flags', () => {
    const r = asCommand(['template', 'rel', 'c', '-s', 'templates/cm.yaml'], { ...process.env, NODE_OPTIONS: '--max-old-space-size=3000' });
    expect(r).toEqual(asScript(['template', 'rel', 'c', '-s', 'templates/cm.yaml']));
  });
});
