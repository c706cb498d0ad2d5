import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';

/** The query lab in a real browser, on the demo store: a ready question, then one SQL query. */
describe('query lab, in a real browser', () => {
  let store: OpenStore;
  let page: Page;

  beforeAll(async () => {
    store = await openNewStore({ demoData: true });
    page = store.page;
    await page.getByRole('link', { name: 'Analytics', exact: true }).click();
    await page.getByRole('link', { name: 'Open the query lab' }).click();
    await page.getByRole('heading', { name: 'Query lab' }).waitFor();
  });

  afterAll(async () => {
    await store?.close();
  });

  it('answers a ready-made question as a table', async () => {
    await page.getByLabel('Question', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Sales by store' }).click();
    await page.getByRole('button', { name: 'Run question' }).click();
    const answer = page.getByRole('table', { name: 'Answer: Sales by store' });
    await answer.waitFor();
    await expect.poll(() => answer.locator('tbody tr').count()).toBeGreaterThan(0);
    await expect
      .poll(() => answer.locator('thead th').allTextContents())
      .toEqual(['Store', 'Sales', 'Sales total', 'Refunds', 'Net']);
  });

  it('runs one SQL query and shows a refusal in words', async () => {
    await page.getByRole('tab', { name: 'SQL' }).click();
    const editor = page.getByRole('textbox', { name: 'SQL' });
    await editor.fill('SELECT COUNT(*) AS "stores" FROM "stores"');
    await page.getByRole('button', { name: 'Run SQL' }).click();
    const result = page.getByRole('table', { name: 'Query result' });
    await result.waitFor();
    // The demo data makes a small chain: at least the store made on the first-run screen.
    await expect.poll(async () => Number(await result.locator('tbody td').first().textContent())).toBeGreaterThan(0);

    await editor.fill(
      'SELECT "name" AS "store", (SELECT COUNT(*) FROM "orders" o WHERE o."store_id" = s."id") AS "orders" FROM "stores" s',
    );
    await page.getByRole('button', { name: 'Run SQL' }).click();
    await page.getByText('Bar chart').click();
    await page.getByRole('img', { name: 'Chart: orders' }).locator('canvas').waitFor();

    await editor.fill('DELETE FROM "stores"');
    await page.getByRole('button', { name: 'Run SQL' }).click();
    await page.getByRole('alert').filter({ hasText: 'Only a query that reads' }).waitFor();
  });
});
