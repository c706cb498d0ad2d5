import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';

/** An admin chooses a folder and a passphrase, backs up now, follows it to a verified backup, and checks it again. */
describe('backups, in a real browser', () => {
  let store: OpenStore;
  let page: Page;
  const folder = mkdtempSync(join(tmpdir(), 'backroom-e2e-backups-'));

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
  });

  afterAll(async () => {
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('saves the settings, backs up to a verified backup listed by name, and verifies it again', async () => {
    await page.getByRole('link', { name: 'Backups', exact: true }).click();
    await page.getByText('No backups in this folder yet').waitFor();
    const form = page.getByRole('form', { name: 'Backup settings' });
    await form.getByLabel('Backup folder').fill(folder);
    await form.getByLabel('Passphrase').fill('a passphrase long enough');
    await form.getByRole('button', { name: 'Save backup settings' }).click();
    await page.getByText('Backups are encrypted.').waitFor();

    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByRole('status').filter({ hasText: 'is verified' }).waitFor({ timeout: 60_000 });
    const table = page.getByRole('table', { name: 'Backups' });
    await table.getByText('Verified', { exact: true }).waitFor();
    const text = await table.innerText();
    expect(text).toMatch(/backroom-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.backroom-backup/);
    expect(text).not.toContain(folder);

    await table.getByRole('button', { name: /^Verify backroom-/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Check of .* is fully checked/ })
      .waitFor({ timeout: 60_000 });
  });
});
