import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTestS3, type TestS3 } from '../integration/backup/s3-server';
import { openNewStore, type OpenStore } from './browser-host';

/**
 * An admin gives an S3-compatible bucket (a real s3rver), tests the connection, saves it, backs up,
 * sends the backup to the bucket, lists the bucket, verifies the backup downloaded from it, and
 * brings it back into a folder that lost it.
 */
describe('backups to an S3 bucket, in a real browser', () => {
  let store: OpenStore;
  let page: Page;
  let s3: TestS3;
  const folder = mkdtempSync(join(tmpdir(), 'backroom-e2e-s3-'));

  beforeAll(async () => {
    s3 = await startTestS3('e2e');
    store = await openNewStore({ demoData: false });
    page = store.page;
  });

  afterAll(async () => {
    await store?.close();
    await s3?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('tests and saves the bucket, sends a verified backup to it, verifies it from there and brings it back to the folder', async () => {
    await page.getByRole('link', { name: 'Backups', exact: true }).click();
    const settings = page.getByRole('form', { name: 'Backup settings' });
    await settings.getByLabel('Backup folder').fill(folder);
    await settings.getByLabel('Passphrase').fill('a passphrase long enough');
    await settings.getByRole('button', { name: 'Save backup settings' }).click();
    await page.getByText('Backups are encrypted.').waitFor();
    await page.getByText('Not set up: backups stay in the folder only.').waitFor();

    const form = page.getByRole('form', { name: 'S3 settings' });
    await form.getByLabel('Endpoint URL').fill(s3.destination.endpoint);
    await form.getByLabel('Bucket').fill(s3.destination.bucket);
    await form.getByLabel('Prefix').fill('e2e');
    await form.getByLabel('Access key ID').fill(s3.destination.accessKeyId);
    await form.getByLabel('Secret access key').fill(s3.destination.secretAccessKey);
    await form.getByRole('button', { name: 'Test connection' }).click();
    await form.getByText('Reached backroom-offsite at').waitFor();
    await form.getByRole('button', { name: 'Save S3 settings' }).click();
    await page.getByText('Verified backups are also sent to backroom-offsite/e2e').waitFor();

    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByRole('status').filter({ hasText: 'is verified' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByRole('status').filter({ hasText: 'Sent 1 backup(s)' }).waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Show the backups in the bucket' }).click();
    const bucket = page.getByRole('table', { name: 'Backups in the bucket' });
    await bucket.getByRole('button', { name: 'Download and verify' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Check from S3 of backroom-.* is verified/ })
      .waitFor({ timeout: 60_000 });

    // The folder loses it; brought back from the bucket, it is listed verified, ready to restore.
    for (const file of readdirSync(folder)) if (file.startsWith('backroom-2')) rmSync(join(folder, file));
    await page.reload();
    await page.getByText('No backups in this folder yet').waitFor();
    await page.getByRole('button', { name: 'Show the backups in the bucket' }).click();
    await bucket.getByRole('button', { name: 'Bring back to the folder' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Copy from S3 into the folder: backroom-.* is verified/ })
      .waitFor({ timeout: 60_000 });
    await page.getByRole('table', { name: 'Backups' }).getByText('Verified', { exact: true }).waitFor();
  });
});
