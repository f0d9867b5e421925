import { test, expect, screenshot } from './fixtures';

test('home: what it does, the presets, the walkthrough, and Monaco from the app bundle — no outside request', async ({ page, outside }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Chartwright' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the walkthrough' })).toBeVisible();
  const presets = page.getByRole('list', { name: 'Presets' }).getByRole('listitem');
  expect(await presets.count()).toBeGreaterThanOrEqual(4);
  const editor = page.locator('.monaco-editor').first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await expect(editor.locator('.view-lines')).toContainText('replicaCount: 1');
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'home');
  await page.getByRole('link', { name: 'Start the walkthrough' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chart.yaml');
  expect(outside).toEqual([]);
});
