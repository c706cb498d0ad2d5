import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductDetail } from '../../shared/contract/catalog';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel, createProduct } from './pages/contract-seed';
import { ProductPage } from './pages/product-page';

/**
 * Numbers typed key by key, the way a person does, in a browser that speaks German: what is saved
 * is what they meant, or they are told it cannot be read; never another number.
 */
describe('numbers typed in a German browser', () => {
  let store: OpenStore;
  let page: Page;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    page = store.page;
  });

  afterAll(async () => {
    await store?.close();
  });

  it('saves a tax rate typed with a decimal comma as that rate', async () => {
    const created = await createProduct(page, {
      sku: 'TAX-0825',
      name: 'Kettle Crisps 150 g',
      priceCents: 249,
      costCents: 120,
    });
    await page.goto(new URL(`#/inventory/products/${created.id}`, page.url()).toString());
    const product = new ProductPage(page);
    const taxRate = product.field('Tax rate');
    await taxRate.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('8,25');
    await product.saveWithShortcut();
    await page.getByText('Product saved').waitFor();

    const saved = await callChannel<ProductDetail>(page, 'products.get', { id: created.id });
    expect(saved.taxRateBp).toBe(825);
  });

  it('saves a price typed with German thousands as that price', async () => {
    const created = await createProduct(page, {
      sku: 'BIKE-0001',
      name: 'Harbour Cargo Bike',
      priceCents: 99_900,
      costCents: 60_000,
    });
    await page.goto(new URL(`#/inventory/products/${created.id}`, page.url()).toString());
    const product = new ProductPage(page);
    const price = product.field('Price');
    await price.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1.234,50');
    await product.saveWithShortcut();

    const savedPrice = async () =>
      (await callChannel<ProductDetail>(page, 'products.get', { id: created.id })).priceCents;
    await expect.poll(savedPrice).toBe(123_450);
    expect(await price.inputValue()).toBe('1234,50');
  });
});
