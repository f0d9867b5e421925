import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { generateChart } from './generate';
import { presetState, PRESETS } from './presets';
import { fixedRandom, unzipToTemp } from './test-support';
import { buildZip, zipName } from './zip';

describe('buildZip', () => {
  it.each(PRESETS.map((p) => p.id))('gives the same bytes for the same state (%s)', async (id) => {
    const a = await buildZip(presetState(id, fixedRandom));
    const b = await buildZip(presetState(id, fixedRandom));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('gives different bytes for a different state', async () => {
    const s = presetState('walkthrough');
    const a = await buildZip(s);
    const b = await buildZip({ ...s, chart: { ...s.chart, version: '0.2.0' } });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('holds exactly the generated files, byte for byte, under CHART/ with the script and README beside it', async () => {
    const s = presetState('walkthrough');
    const files = generateChart(s);
    const root = unzipToTemp(await buildZip(s));
    try {
      const listed = execFileSync('find', ['.', '-type', 'f'], { cwd: root, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((p) => p.slice(2))
        .sort();
      expect(listed).toEqual(Object.keys(files).sort());
      for (const [p, text] of Object.entries(files)) expect(readFileSync(join(root, p), 'utf8'), p).toBe(text);
      expect(listed).toContain('backend/values-local.yaml');
      expect(listed).toContain('backend/values.schema.json');
      expect(listed).toContain('backend/.helmignore');
    } finally {
      rmSync(join(root, '..'), { recursive: true, force: true });
    }
  });

  it('unzips deploy-local.sh as executable (0755) and everything else as 0644', async () => {
    const root = unzipToTemp(await buildZip(presetState('api-no-db')));
    try {
      expect(statSync(join(root, 'deploy-local.sh')).mode & 0o777).toBe(0o755);
      expect(statSync(join(root, 'README.md')).mode & 0o777).toBe(0o644);
      expect(statSync(join(root, 'api/templates/deployment.yaml')).mode & 0o777).toBe(0o644);
    } finally {
      rmSync(join(root, '..'), { recursive: true, force: true });
    }
  });

  it('lists sorted entries with explicit folders, a fixed date and unix permissions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-zipinfo-'));
    try {
      const file = join(dir, 'c.zip');
      writeFileSync(file, await buildZip(presetState('api-no-db')));
      const info = execFileSync('zipinfo', ['-l', file], { encoding: 'utf8' }).split('\n');
      const rows = info.filter((l) => /^[-d]r/.test(l));
      const names = rows.map((l) => l.split(/\s+/).pop()!);
      expect(names).toEqual([...names].sort());
      expect(names.slice(0, 4)).toEqual(['README.md', 'api/', 'api/.helmignore', 'api/Chart.yaml']);
      expect(rows.find((l) => l.endsWith(' api/'))).toMatch(/^drwxr-xr-x/);
      expect(rows.find((l) => l.endsWith(' deploy-local.sh'))).toMatch(/^-rwxr-xr-x +\S+ unx /);
      for (const r of rows) expect(r).toContain('80-Jan-01 00:00');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads back with jszip (the browser path) with the same texts', async () => {
    const s = presetState('production', fixedRandom);
    const zip = await JSZip.loadAsync(await buildZip(s));
    const files = generateChart(s);
    for (const [p, text] of Object.entries(files)) expect(await zip.file(p)!.async('string')).toBe(text);
    expect(zipName(s)).toBe('app-0.1.0.zip');
  });
});
