import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetState, PRESETS } from '../lib/wizard/presets';
import { encodeShare, type Json } from '../lib/wizard/share';
import { setStructure } from '../lib/wizard/state';
import { buildZip } from '../lib/wizard/zip';
import { createCommand, presetsCommand } from './cmd-create';
import type { CommandIO } from './commands';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-create-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function call(cmd: typeof createCommand, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIO = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: dir };
  const code = await cmd.run(args, io);
  return { code, out, err };
}

describe('chartwright presets', () => {
  it('lists every preset id with its title', async () => {
    const r = await call(presetsCommand, []);
    expect(r.code).toBe(0);
    for (const p of PRESETS) expect(r.out).toMatch(new RegExp(`^${p.id} +${p.title}$`, 'm'));
  });
});

describe('chartwright create', () => {
  it('--preset writes the same zip the browser builds', async () => {
    const r = await call(createCommand, ['--preset', 'walkthrough', '--out', 'wt.zip']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Wrote ${join(dir, 'wt.zip')}`);
    const want = await buildZip(presetState('walkthrough'));
    expect(readFileSync(join(dir, 'wt.zip')).equals(Buffer.from(want))).toBe(true);
  });

  it('--out defaults to CHART-VERSION.zip', async () => {
    const r = await call(createCommand, ['-p', 'api-no-db']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'api-0.1.0.zip')).length).toBeGreaterThan(1000);
  });

  it('--link rebuilds the shared state', async () => {
    const base = presetState('walkthrough');
    const mine = setStructure(base, { chart: { name: 'shop' }, optional: { hpa: false } });
    const frag = await encodeShare('walkthrough', base as unknown as Json, mine as unknown as Json);
    const r = await call(createCommand, ['--link', `https://example.test/wizard/review/#${frag}`, '--out', 'shared.zip']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'shared.zip')).equals(Buffer.from(await buildZip(mine)))).toBe(true);
  });

  const errors: { name: string; args: string[]; want: string }[] = [
    { name: 'no source', args: ['--out', 'x.zip'], want: 'give exactly one of --preset and --link' },
    { name: 'both sources', args: ['--preset', 'walkthrough', '--link', '#v1.x'], want: 'give exactly one of --preset and --link' },
    { name: 'unknown preset', args: ['--preset', 'nope'], want: 'unknown preset "nope"; presets: walkthrough, api-no-db, production, external-db' },
    { name: 'damaged link', args: ['--link', 'https://x/#v1.@@@'], want: 'share link: This link is damaged' },
    { name: 'link from another version', args: ['--link', '#v9.abc'], want: 'share link: This link was made by a version of Chartwright this one cannot read' },
    { name: 'unknown flag', args: ['--preset', 'walkthrough', '--bogus'], want: 'unknown flag: --bogus' },
    { name: 'stray argument', args: ['walkthrough'], want: 'unexpected arguments: walkthrough' },
    { name: 'out is a directory', args: ['--preset', 'walkthrough', '--out', '.'], want: 'is a directory' },
  ];
  for (const e of errors) {
    it(`fails clearly: ${e.name}`, async () => {
      const r = await call(createCommand, e.args);
      expect(r.code).toBe(1);
      expect(r.err).toContain(e.want);
    });
  }
});

// Bundled like bin/build-cli.mjs does, then run by node: the commands work outside vitest.
async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: { js: "import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);" },
  });
}

function runNode(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) =>
    execFile(process.execPath, [file, ...args], { cwd: dir, encoding: 'utf8' }, (err, stdout, stderr) =>
      res({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('bundled', () => {
  it('the create and presets commands on their own', async () => {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { createCommand, presetsCommand } from ${JSON.stringify(join(ROOT, 'bin', 'cmd-create'))};\n` +
        `const [cmd, ...rest] = process.argv.slice(2);\n` +
        `const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s), cwd: process.cwd() };\n` +
        `(cmd === 'presets' ? presetsCommand : createCommand).run(rest, io).then((c) => { process.exitCode = c; });\n`,
    );
    const outfile = join(dir, 'create.mjs');
    await bundle(entry, outfile);
    const made = await runNode(outfile, ['create', '--preset', 'production', '--out', 'prod.zip']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(readFileSync(join(dir, 'prod.zip')).subarray(0, 2).toString()).toBe('PK');
  });

  // Needs every subcommand of bin/cli.ts to bundle (template's engine included).
  it('chartwright presets / create through bin/cli.ts', async () => {
    const outfile = join(dir, 'cli.mjs');
    await bundle(join(ROOT, 'bin', 'cli.ts'), outfile);
    const list = await runNode(outfile, ['presets']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('production');
    const help = await runNode(outfile, ['--help']);
    expect(help.stdout).toMatch(/^ {2}create {6}Write a chart zip/m);
    const made = await runNode(outfile, ['create', '--preset', 'external-db', '--out', 'ext.zip']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
  });
});
