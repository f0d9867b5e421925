import { test, expect, screenshot } from './fixtures';

test('first page renders Monaco from the app bundle with no outside request', async ({ page, outside }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Chartwright' })).toBeVisible();
  const editor = page.locator('.monaco-editor').first();
  await expect(editor).toBeVisible({ timeout: 30_000 });
  await expect(editor.locator('.view-lines')).toContainText('replicaCount: 1');
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'first-page');
  expect(outside).toEqual([]);
});
