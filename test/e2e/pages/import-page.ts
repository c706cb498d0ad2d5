import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** The import wizard: file, mapping, preview, options, run and result. */
export class ImportPage {
  constructor(private readonly page: Page) {}

  get firstRows(): Locator {
    return this.page.getByRole('table', { name: 'First rows of the file' });
  }

  get howTheFileReads(): Locator {
    return this.page.getByRole('group', { name: 'How the file reads' });
  }

  get previewProblems(): Locator {
    return this.page.getByRole('table', { name: 'Problems in the first rows' });
  }

  get previewRows(): Locator {
    return this.page.getByRole('table', { name: 'Preview of the first rows' }).locator('tbody tr');
  }

  get resultProblems(): Locator {
    return this.page.getByRole('table', { name: 'Import problems' });
  }

  get nextButton(): Locator {
    return this.page.getByRole('button', { name: 'Next' });
  }

  get progressText(): Locator {
    return this.page.getByText(/ of [\d,]+/);
  }

  /** Opens the wizard at its first step: by way of the dashboard, so a wizard already open starts over. */
  async open() {
    const nav = this.page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Dashboard' }).click();
    await nav.getByRole('link', { name: 'Import' }).click();
    await this.page.getByLabel('What to import').waitFor();
  }

  /** Picks the file through the file input and waits until the host has read its first rows. */
  async chooseFile(path: string, kindLabel = 'Products') {
    await this.page.getByLabel('What to import').selectOption({ label: kindLabel });
    await this.page.getByLabel('File to import').setInputFiles(path);
    await this.firstRows.waitFor({ timeout: 60_000 });
  }

  /** Alt+N, the step shortcut, so the wizard is walked the way a keyboard user walks it. */
  async next() {
    await this.page.getByRole('button', { name: 'Next', disabled: false }).waitFor({ timeout: 60_000 });
    await this.page.keyboard.press('Alt+N');
  }

  columnFor(fieldLabel: string): Locator {
    return this.page.getByLabel(`Column for ${fieldLabel}`, { exact: true });
  }

  async saveMappingAs(name: string) {
    await this.page.getByLabel('Save this mapping as').fill(name);
    await this.page.getByRole('button', { name: 'Save mapping' }).click();
    await this.page
      .getByRole('status')
      .filter({ hasText: `Saved as “${name}”` })
      .waitFor();
  }

  async deleteSavedMapping(name: string) {
    await this.page.getByLabel('Saved mapping').selectOption({ label: name });
    await this.page.getByRole('button', { name: 'Delete mapping' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete this mapping?' });
    await dialog.getByRole('button', { name: 'Delete mapping' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Uploads the file a loaded mapping joins as `table`, and waits until the wizard has it. */
  async giveLookupFile(table: string, path: string) {
    await this.page.getByLabel(`Lookup file for ${table}`).setInputFiles(path);
    await this.page.getByTestId(`lookup-${table}`).getByText('✓').waitFor({ timeout: 60_000 });
  }

  async waitForPreview() {
    await this.page.getByRole('table', { name: 'Preview of the first rows' }).waitFor({ timeout: 60_000 });
  }

  async importValidRowsOnly() {
    await this.page.getByLabel('Import the valid rows and reject the others').check();
  }

  async dryRun() {
    await this.page.getByLabel(/^Dry run/).check();
  }

  async start(label: 'Start import' | 'Start dry run' = 'Start import') {
    await this.page.getByRole('button', { name: label }).click();
  }

  /** A count of the result ("Added", "Rejected", ...), once the import has ended. */
  async count(label: string): Promise<number> {
    const item = this.page
      .getByRole('list', { name: 'Import counts' })
      .getByRole('listitem', { name: new RegExp(`^${label}: `) });
    await item.waitFor({ timeout: 120_000 });
    const name = (await item.getAttribute('aria-label')) ?? '';
    return Number(name.slice(name.indexOf(':') + 1).trim());
  }

  /** Clicks "Download rejected rows" and reads the file the browser saved. */
  async downloadRejects(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download rejected rows' }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  async cancelRunning() {
    await this.page.getByRole('button', { name: 'Cancel import' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Cancel this import?' });
    await dialog.getByRole('button', { name: 'Cancel import' }).click();
  }

  async importAnother() {
    await this.page.getByRole('button', { name: 'Import another file' }).click();
    await this.page.getByLabel('File to import').waitFor();
  }
}
