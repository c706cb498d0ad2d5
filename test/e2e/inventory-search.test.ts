import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PRODUCT_SEARCH_LENGTH } from '../../shared/contract';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { CountPage } from './pages/count-page';
import { InventoryPage } from './pages/inventory-page';
import { TillPage } from './pages/till-page';

/**
 * What people paste and type into the product list's search box, beyond plain words. The store
 * starts empty and holds one product, seeded through the contract.
 */
describe('searching the product list with unusual text, in a real browser', () => {
  let store: OpenStore;
  let page: Page;
  let inventory: InventoryPage;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
    await callChannel(page, 'products.create', {
      sku: 'TEA-0001',
      name: 'Harbour Breakfast Tea',
      priceCents: 449,
      costCents: 210,
      taxRateBp: 0,
      reorderPoint: 0,
      reorderQty: 0,
      allowBackorder: false,
      attributes: {},
    });
    inventory = new InventoryPage(page);
    await inventory.open();
  });

  afterAll(async () => {
    await store?.close();
  });

  it('keeps a long pasted search to what the list takes, and searches it', async () => {
    await inventory.search.focus();
    await page.keyboard.insertText(`Harbour ${'breakfast '.repeat(40)}`);

    expect((await inventory.search.inputValue()).length).toBe(MAX_PRODUCT_SEARCH_LENGTH);
    await inventory.rows.filter({ hasText: 'Harbour Breakfast Tea' }).waitFor();
    expect(await page.getByText('Products could not be loaded').count()).toBe(0);
  });

  it('looks text longer than any code up by name only when adding a product to a document', async () => {
    await new CountPage(page).open(store.backroom.url);
    const picker = page.getByRole('textbox', { name: 'Or add one product' });
    await picker.fill('no such product '.repeat(5));
    await picker.press('Enter');

    await page.getByText(/No product has the code/).waitFor();
    await inventory.open();
  });

  it('says a search of symbols alone has no letters or digits to look for, instead of ranking', async () => {
    for (const symbols of ['🍞', '*', '%']) {
      await inventory.searchFor(symbols);
      await page.getByTestId('product-count').getByText('the search has no letters or digits to look for').waitFor();
      expect(await page.getByTestId('product-count').textContent()).not.toContain('best match first');
    }
  });

  it('lists no product for symbols alone in the product pickers, and adds none by Enter', async () => {
    await new CountPage(page).open(store.backroom.url);
    const picker = page.getByRole('textbox', { name: 'Or add one product' });
    await picker.fill('tea');
    await page.getByRole('option', { name: /Harbour Breakfast Tea/ }).waitFor();
    for (const symbols of ['%%%', '---', "'"]) {
      await picker.fill(symbols);
      await picker.press('Enter');
      await page.getByText(`No product has the code “${symbols}”.`, { exact: true }).waitFor();
      expect(await page.getByRole('option').count()).toBe(0);
    }
    expect(await page.getByRole('main').getByText('Harbour Breakfast Tea').count()).toBe(0);

    const till = new TillPage(page);
    await till.open(store.backroom.url);
    await page.keyboard.type('%%%');
    await page.keyboard.press('Enter');
    await page.getByText('Nothing matches %%%.').waitFor();
    expect(await page.getByRole('option').count()).toBe(0);
    expect(await till.lines.count()).toBe(0);
    await inventory.open();
  });
});
