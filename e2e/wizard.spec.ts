import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureTool, run } from '../test/helm';
import { STEPS, STEP_IDS } from '../lib/wizard/steps';
import { test, expect, screenshot } from './fixtures';
import { WizardPage } from './wizard-page';

test.describe.configure({ mode: 'serial' });

test('walks every step and downloads by keyboard, each with its file in the heading; axe finds nothing serious', async ({ page, outside }) => {
  const w = new WizardPage(page);
  await w.open('chart-yaml', '?preset=walkthrough');
  const links = w.steps.getByRole('link');
  await expect(links).toHaveCount(STEP_IDS.length);
  for (const s of STEPS) await expect(w.steps.getByRole('link', { name: s.file.replace(/^\.\.\//, '') })).toHaveCount(1);

  for (let i = 0; i < STEP_IDS.length; i++) {
    const id = STEP_IDS[i];
    await expect(page).toHaveURL(new RegExp(`/wizard/${id}/$`));
    const heading = page.getByRole('heading', { level: 1 });
    if (id === 'review') await expect(heading).toContainText('Review');
    else await expect(heading).toContainText(STEPS[i].file.replace(/^\.\.\//, ''));
    await w.ready();
    await screenshot(page, `step-${String(i + 1).padStart(2, '0')}-${id}`);
    const axe = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${id}`).toEqual([]);
    if (id === 'review') {
      // Download by keyboard too.
      const dl = page.getByRole('button', { name: 'Download chart (.zip)' });
      let onIt = false;
      for (let k = 0; k < 80 && !onIt; k++) {
        await page.keyboard.press('Tab');
        onIt = await dl.evaluate((el) => el === document.activeElement);
      }
      expect(onIt, 'Download chart (.zip) reachable by Tab').toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('backend.zip');
      break;
    }
    // Keyboard only: tab until the Next button has focus, then press Enter.
    const next = page.getByRole('button', { name: 'Next' });
    let focused = false;
    for (let k = 0; k < 80 && !focused; k++) {
      await page.keyboard.press('Tab');
      focused = await next.evaluate((el) => el === document.activeElement);
    }
    expect(focused, `Next reachable by Tab on ${id}`).toBe(true);
    await page.keyboard.press('Enter');
  }
  expect(outside).toEqual([]);
});

test('replicas in the form change values.yaml and the preview', async ({ page }) => {
  const w = new WizardPage(page);
  await w.open('values-yaml', '?preset=walkthrough');
  await page.getByLabel('Replicas').fill('3');
  await expect(w.editor.locator('.view-lines')).toContainText('replicaCount: 3');
  await w.wholeChart();
  await expect(w.manifests).toContainText('replicas: 3');
  await screenshot(page, 'replicas-3');
});

test('a broken template shows the alert, keeps the last preview, and recovers when fixed', async ({ page }) => {
  const w = new WizardPage(page);
  await w.open('service', '?preset=walkthrough');
  const good = await w.previewText();
  await w.replaceEditorText('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.nope | upper }\n');
  await expect(w.alert).toBeVisible();
  await expect(w.alert).toContainText('service.yaml');
  await expect(w.preview).toContainText('stale');
  await screenshot(page, 'broken-template');
  await page.getByRole('button', { name: /^Go to templates\/service\.yaml:4/ }).click();
  await w.replaceEditorText('apiVersion: v1\nkind: Service\nmetadata:\n  name: fixed-{{ .Release.Name }}\n');
  await expect(w.alert).toHaveCount(0);
  await expect(w.manifests).toContainText('name: fixed-');
  expect(good.length).toBeGreaterThan(0);
});

test('a runaway template is stopped and the page stays usable', async ({ page }) => {
  const w = new WizardPage(page);
  await w.open('service', '?preset=walkthrough');
  await w.replaceEditorText('{{- range until 100000000 }}{{ end }}\nkind: ConfigMap\n');
  await expect(w.alert).toBeVisible({ timeout: 15_000 });
  await screenshot(page, 'runaway');
  // The page still answers: the steps navigation works.
  await w.steps.getByRole('link', { name: 'Chart.yaml' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chart.yaml');
});

test('download: the zip renders with helm exactly as the downloaded manifests and the preview', async ({ page }) => {
  const w = new WizardPage(page);
  await w.open('review', '?preset=walkthrough');
  const preview = await w.previewText();
  const [zipDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download chart (.zip)' }).click()]);
  const [manDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download manifests (.yaml)' }).click()]);
  const dir = mkdtempSync(join(tmpdir(), 'cw-dl-'));
  const zip = await JSZip.loadAsync(readFileSync((await zipDl.path())!));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, await entry.async('uint8array'));
    if (entry.unixPermissions && (Number(entry.unixPermissions) & 0o111)) chmodSync(p, 0o755);
  }
  const manifests = readFileSync((await manDl.path())!, 'utf8');
  const helm = await ensureTool('helm');
  const r = await run(helm, ['template', 'my-backend', join(dir, 'backend'), '--namespace', 'default']);
  expect(r.stderr).toBe('');
  expect(manifests).toBe(r.stdout);
  expect(preview).toBe(r.stdout);
});

test('a share link reproduces the chart in a fresh browser; a tampered one explains and loads the default', async ({ page, browser }) => {
  const w = new WizardPage(page);
  await w.open('values-yaml', '?preset=walkthrough');
  await page.getByLabel('Replicas').fill('4');
  await page.getByLabel('Image tag').fill('v2.0.1');
  await w.steps.getByRole('link', { name: /Review/ }).click();
  await w.ready();
  const before = await w.previewText();
  // Without "Include secrets" the password stays behind; with it the chart is exact.
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const noSecrets = await page.getByLabel('Share link').inputValue();
  await page.getByRole('checkbox', { name: 'Include secrets in link' }).check();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByLabel('Share link')).not.toHaveValue(noSecrets);
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toContain('#v1.');
  expect(noSecrets).toContain('#v1.');

  const ctx = await browser.newContext();
  const p2 = await ctx.newPage();
  await p2.goto(link.replace(/^https?:\/\/[^/]+/, `http://127.0.0.1:${process.env.E2E_PORT || 3100}`));
  const w2 = new WizardPage(p2);
  await w2.ready();
  expect(await w2.previewText()).toBe(before);

  const base = `http://127.0.0.1:${process.env.E2E_PORT || 3100}`;
  await p2.goto('about:blank');
  await p2.goto(noSecrets.replace(/^https?:\/\/[^/]+/, base));
  await expect(p2.locator('.notice[role="alert"]')).toContainText('without the database password');
  await w2.ready();
  const fresh = await w2.previewText();
  expect(fresh).toContain('replicas: 4');
  expect(fresh).not.toContain('password: "c3VwZXJzZWNyZXQ="');

  const tampered = link.slice(0, -6) + (link.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
  await p2.goto('about:blank');
  await p2.goto(tampered.replace(/^https?:\/\/[^/]+/, `http://127.0.0.1:${process.env.E2E_PORT || 3100}`));
  await expect(p2.locator('.notice[role="alert"]')).toBeVisible();
  await screenshot(p2, 'tampered-link');
  await w2.ready();
  expect(await w2.previewText()).toContain('replicas: 1');
  await ctx.close();
});

test('a reload keeps the edits', async ({ page }) => {
  const w = new WizardPage(page);
  await w.open('values-yaml', '?preset=walkthrough');
  await page.getByLabel('Replicas').fill('5');
  await expect(w.manifests).toBeVisible();
  await page.waitForTimeout(600);
  await page.reload();
  await w.ready();
  await expect(page.getByLabel('Replicas')).toHaveValue('5');
});

test('keystroke to updated preview: every keystroke re-renders; latency printed', async ({ page }) => {
  const w = new WizardPage(page);
  await w.open('values-yaml', '?preset=walkthrough');
  await w.wholeChart();
  await w.ready();
  await page.evaluate(() => {
    const pre = document.querySelector('pre.manifests')!;
    (window as any).__cw = { marks: [] as number[], keys: [] as number[] };
    new MutationObserver(() => (window as any).__cw.marks.push(performance.now())).observe(pre, { childList: true, characterData: true, subtree: true });
    document.addEventListener('keydown', () => (window as any).__cw.keys.push(performance.now()), true);
  });
  // Each keystroke in the Replicas field changes values.yaml and so the Deployment.
  const input = page.getByLabel('Replicas');
  await input.click();
  // Warm up first: the numbers are about a user in the middle of typing, not the very
  // first keystroke (which also pays for JIT compilation in the worker).
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('End');
    await page.keyboard.press(i % 2 === 0 ? '2' : 'Backspace');
    await page.waitForTimeout(40);
  }
  await w.ready();
  const samples: number[] = [];
  const worker: number[] = [];
  for (let i = 0; i < 30; i++) {
    await page.evaluate(() => ((window as any).__cw.marks = []));
    await page.keyboard.press('End');
    await page.keyboard.press(i % 2 === 0 ? '2' : 'Backspace');
    await page.waitForFunction(() => (window as any).__cw.marks.length > 0, undefined, { timeout: 5000 });
    await page.waitForTimeout(30);
    const d = await page.evaluate(() => {
      const c = (window as any).__cw;
      return c.marks[0] - c.keys[c.keys.length - 1];
    });
    samples.push(d);
    worker.push(Number(await w.preview.getAttribute('data-render-ms')));
  }
  samples.sort((a, b) => a - b);
  const p95 = samples[Math.ceil(samples.length * 0.95) - 1];
  const median = samples[Math.floor(samples.length / 2)];
  worker.sort((a, b) => a - b);
  console.log(`keystroke → preview: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${samples.length} keystrokes (render in the worker: median ${worker[worker.length >> 1]} ms)`);
  writeFileSync(join(process.cwd(), 'e2e', 'artifacts', 'keystroke-latency.json'), JSON.stringify({ median, p95, samples }, null, 1));
  // A measurement, not a timed assertion (timings depend on the machine's load): the
  // figure is printed and kept in e2e/artifacts; the test checks that every keystroke
  // did update the preview. The target (p95 <= 50 ms) is tracked in the issue notes.
  expect(samples.every((x) => Number.isFinite(x) && x > 0)).toBe(true);
});
