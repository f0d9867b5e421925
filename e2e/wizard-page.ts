// Page object for the wizard: tests speak in the names users and assistive technology see.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class WizardPage {
  constructor(readonly page: Page) {}

  get steps(): Locator {
    return this.page.getByRole('navigation', { name: 'Steps' });
  }
  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Rendered manifests' });
  }
  get manifests(): Locator {
    return this.preview.locator('pre.manifests');
  }
  get alert(): Locator {
    return this.page.locator('.error[role="alert"]');
  }
  get editor(): Locator {
    return this.page.locator('.monaco-editor').first();
  }

  async open(step = 'chart-yaml', query = ''): Promise<void> {
    await this.page.goto(`/wizard/${step}/${query}`);
    await this.ready();
  }

  /** the preview has rendered at least once and is not busy */
  async ready(): Promise<void> {
    await expect(this.preview).toBeVisible({ timeout: 30_000 });
    await expect(this.preview.getByRole('status')).toHaveCount(0, { timeout: 30_000 });
  }

  async wholeChart(): Promise<void> {
    const box = this.preview.getByRole('checkbox', { name: 'Whole chart' });
    if (await box.count()) await box.check();
  }

  /** The whole chart's preview text, as helm template prints it. */
  async previewText(): Promise<string> {
    await this.wholeChart();
    await this.ready();
    return (await this.manifests.textContent()) ?? '';
  }

  /** Replace the editor's whole text (Monaco keeps its own model; type into it as a user would). */
  async replaceEditorText(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
  }
}
