import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { LoginPage } from './pages/login-page';

/** The schedule looks every minute; its backup and full check of the demo data take seconds apiece. */
const SCHEDULE_TIMEOUT_MS = 150_000;

/**
 * Backups and full checks nobody pressed a button for (the schedule's) show on the Backups screen
 * with their progress, in a window that was on the screen when they started (another admin's too)
 * and in one opened while they run, and the list shows what they found once they end.
 */
describe('backups the schedule runs, on the Backups screen, in a real browser', () => {
  let store: OpenStore;
  const folder = mkdtempSync(join(tmpdir(), 'backroom-e2e-backups-running-'));

  beforeAll(async () => {
    // The demo data makes a backup big enough that its full check runs for a while.
    store = await openNewStore({ demoData: true });
  });

  afterAll(async () => {
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function openBackupsWindow(username: string, password: string): Promise<Page> {
    const page = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await page.goto(store.backroom.url);
    await new LoginPage(page).logIn(username, password);
    await page.getByRole('link', { name: 'Backups', exact: true }).click();
    return page;
  }

  it('follows the scheduled backup and its full check, with progress, until the list shows the backup fully checked', async () => {
    const { page } = store;
    // Another admin, on the Backups screen before anything runs: the schedule works as Grace, who saves the settings.
    const password = 'another admin password';
    await callChannel(page, 'staff.create', { displayName: 'Bea Admin', username: 'bea', password, role: 'admin' });
    const otherAdmin = await openBackupsWindow('bea', password);
    await otherAdmin.getByText('No backups in this folder yet').waitFor();
    await page.getByRole('link', { name: 'Backups', exact: true }).click();
    await page.getByText('No backups in this folder yet').waitFor();
    const form = page.getByRole('form', { name: 'Backup settings' });
    await form.getByLabel('Backup folder').fill(folder);
    await form.getByRole('button', { name: 'Save backup settings' }).click();
    await page.getByText('Backup settings saved.').waitFor();

    // With no backup in the folder yet, the schedule backs up at its next look, then checks that backup fully.
    await page.getByRole('progressbar', { name: 'Backup progress' }).waitFor({ timeout: SCHEDULE_TIMEOUT_MS });
    const check = page.getByRole('progressbar', { name: /^Full check of backroom-\S+ progress$/ });
    await check.waitFor({ timeout: SCHEDULE_TIMEOUT_MS });
    const table = page.getByRole('table', { name: 'Backups' });
    const [name] = (await table.innerText()).match(/backroom-\S+\.backroom-backup/) ?? [];
    expect(await check.getAttribute('aria-label')).toBe(`Full check of ${name} progress`);
    expect(await page.getByText(`Full check of ${name}, started by Grace Hopper`).count()).toBe(1);

    // The other admin's window shows it, and so does a window opened while it runs.
    await otherAdmin.getByRole('progressbar', { name: `Full check of ${name} progress` }).waitFor();
    const second = await openBackupsWindow('grace', 'a long store password');
    await second.getByRole('progressbar', { name: `Full check of ${name} progress` }).waitFor();

    for (const window of [page, otherAdmin, second]) {
      await window
        .getByRole('table', { name: 'Backups' })
        .getByText('Fully checked', { exact: true })
        .waitFor({ timeout: SCHEDULE_TIMEOUT_MS });
      expect(await window.getByRole('progressbar').count()).toBe(0);
    }
    await Promise.all([otherAdmin.close(), second.close()]);
  }, 600_000);
});
