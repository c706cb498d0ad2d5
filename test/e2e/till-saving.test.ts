import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel, createProduct } from './pages/contract-seed';
import { TillPage } from './pages/till-page';

/** Enough products that the import still holds the file while the clerk rings the sale up. */
const IMPORT_ROWS = 150_000;

interface JobView {
  status: string;
  progress: unknown;
}

/** A sale completed while an import is saving: refused with what is going on, its basket kept. */
describe('the till while an import is saving, in a real browser', () => {
  let store: OpenStore;
  let page: Page;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
    await createProduct(page, {
      sku: 'ICE-1',
      name: 'Iced coffee',
      priceCents: 300,
      costCents: 120,
    });
  });

  afterAll(async () => {
    await store?.close();
  });

  async function startImport(): Promise<number> {
    const lines = ['Code,Product Name,Price'];
    for (let row = 0; row < IMPORT_ROWS; row += 1)
      lines.push(`IMP-${row},Imported product ${row},${(row % 900) + 1}.25`);
    const bytes = Buffer.from(lines.join('\n'), 'utf8');
    const { fileId } = await callChannel<{ fileId: string }>(page, 'files.beginUpload', {
      name: 'products.csv',
      size: bytes.length,
    });
    for (let offset = 0; offset < bytes.length; offset += 500_000) {
      const data = bytes.subarray(offset, offset + 500_000).toString('base64');
      await callChannel(page, 'files.uploadChunk', { fileId, offset, data });
    }
    await callChannel(page, 'files.finishUpload', { fileId });
    const { jobId } = await callChannel<{ jobId: number }>(page, 'imports.start', {
      fileId,
      profile: {
        version: 1,
        kind: 'products',
        fields: { sku: { column: 'Code' }, name: { column: 'Product Name' }, price: { column: 'Price' } },
      },
    });
    // Progress comes once the job's thread holds the write lock.
    await expect
      .poll(async () => (await callChannel<JobView>(page, 'jobs.get', { id: jobId })).progress, { timeout: 60_000 })
      .not.toBeNull();
    return jobId;
  }

  it('keeps the basket and says an import is saving; the same sale completes once it has ended', async () => {
    const till = new TillPage(page);
    await till.open(store.backroom.url);
    await till.searchAndAdd('Iced coffee');
    await expect.poll(() => till.lines.count()).toBe(1);
    await till.payCash('10');

    const jobId = await startImport();
    await page
      .getByRole('button', { name: /Complete sale/ })
      .and(page.locator(':enabled'))
      .waitFor();
    await page.keyboard.press('F12');
    const alert = page.getByRole('alert').filter({ hasText: 'Not sold yet: the sale is kept' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Backroom is saving an import');
    expect(await alert.textContent()).not.toContain('Something went wrong');
    expect(await till.lines.count()).toBe(1);
    expect((await callChannel<JobView>(page, 'jobs.get', { id: jobId })).status).toBe('running');

    await callChannel(page, 'jobs.cancel', { id: jobId });
    await expect
      .poll(async () => (await callChannel<JobView>(page, 'jobs.get', { id: jobId })).status, { timeout: 60_000 })
      .toBe('cancelled');
    await till.complete();
    expect(await page.getByRole('table', { name: 'Receipt lines' }).textContent()).toContain('Iced coffee');
  });
});
