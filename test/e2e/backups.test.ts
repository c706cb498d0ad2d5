import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';

/**
 * An admin chooses a folder and a passphrase, backs up now, follows it to a verified backup, checks
 * it again, and restores it from the screen.
 */
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

  it('refuses a short passphrase on its field, in plain words and once', async () => {
    await page.getByRole('link', { name: 'Backups', exact: true }).click();
    const form = page.getByRole('form', { name: 'Backup settings' });
    await form.getByLabel('Backup folder').fill(folder);
    await form.getByLabel('Passphrase').fill('short');
    await form.getByRole('button', { name: 'Save backup settings' }).click();
    await form.getByText('Use at least 12 characters').waitFor();
    expect(await form.getByLabel('Passphrase').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Use at least 12 characters').count()).toBe(1);
    expect(await page.getByText(/Too small/).count()).toBe(0);
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

  it('restores that backup from the screen after a typed confirmation, and the window reloads on the restored data', async () => {
    // A change made after the backup, which the restore takes back.
    const form = page.getByRole('form', { name: 'Backup settings' });
    const keep = form.getByLabel('Keep the most recent');
    expect(await keep.inputValue()).toBe('6');
    await keep.fill('9');
    await form.getByRole('button', { name: 'Save backup settings' }).click();
    await page.getByText('Backup settings saved.').waitFor();

    const table = page.getByRole('table', { name: 'Backups' });
    await table.getByRole('button', { name: /^Restore backroom-/ }).click();
    const dialog = page.getByRole('dialog');
    const rows = dialog.getByRole('table', { name: 'Rows in the backup' });
    await rows.getByText('staff_members').waitFor();
    expect(await dialog.innerText()).toMatch(/Taken .* by backroom \d/);
    const restore = dialog.getByRole('button', { name: 'Restore this backup' });
    expect(await restore.isDisabled()).toBe(true);
    await dialog.getByLabel('Type RESTORE to confirm').fill('RESTORE');

    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await restore.click();
    await reloaded;

    // Still signed in (the admin stands in the restored database), on the restored settings.
    await page.getByRole('link', { name: 'Backups', exact: true }).click({ timeout: 30_000 });
    const restoredForm = page.getByRole('form', { name: 'Backup settings' });
    await restoredForm.getByLabel('Keep the most recent').waitFor();
    expect(await restoredForm.getByLabel('Keep the most recent').inputValue()).toBe('6');
    // The database as it was before the restore is backed up beside the one restored.
    await expect
      .poll(async () => page.getByRole('table', { name: 'Backups' }).getByRole('row').count(), { timeout: 30_000 })
      .toBe(3);
  });
});
