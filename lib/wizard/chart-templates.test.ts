// chart-templates/ is the default chart as real files: exactly what generateChart gives
// for the walkthrough preset. Regenerate it after changing lib/wizard/chart-source/ with
//   CW_WRITE_CHART_TEMPLATES=1 npx vitest run lib/wizard/chart-templates.test.ts
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateChart } from './generate';
import { presetState } from './presets';
import { helm } from './test-support';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../chart-templates');

function tree(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tree(join(dir, e.name)) : [relative(DIR, join(dir, e.name))],
  );
}

const want = generateChart(presetState('walkthrough'));

if (process.env.CW_WRITE_CHART_TEMPLATES) {
  for (const e of readdirSync(DIR)) rmSync(join(DIR, e), { recursive: true, force: true });
  for (const [p, text] of Object.entries(want)) {
    mkdirSync(dirname(join(DIR, p)), { recursive: true });
    writeFileSync(join(DIR, p), text);
  }
  chmodSync(join(DIR, 'deploy-local.sh'), 0o755);
}

describe('chart-templates/', () => {
  it('holds generateChart(walkthrough), file for file', () => {
    expect(tree(DIR).sort()).toEqual(Object.keys(want).sort());
    for (const [p, text] of Object.entries(want)) expect(readFileSync(join(DIR, p), 'utf8'), p).toBe(text);
  });

  it('keeps deploy-local.sh executable', () => {
    expect(statSync(join(DIR, 'deploy-local.sh')).mode & 0o111).not.toBe(0);
  });

  it('passes helm lint --strict as it is', async () => {
    const r = await helm(['lint', '--strict', join(DIR, 'backend')]);
    expect(r.stdout).not.toMatch(/\[(WARNING|ERROR)\]/);
    expect(r.code).toBe(0);
  });
});
