import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import type { ProductDetail } from '../../shared/contract/catalog';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel, createProduct } from './pages/contract-seed';
import { ProductPage } from './pages/product-page';

/**
 * Quantities, category measures and percentages typed key by key in a browser that speaks German:
 * a fraction in a whole-number box is refused at the box, never stored as another number; a
 * decimal is stored as typed; a percentage is shown with the German decimal mark.
 */
describe('quantities and decimals typed in a German browser', () => {
  let store: OpenStore;
  let page: Page;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    page = store.page;
  });

  afterAll(async () => {
    await store?.close();
  });

  async function typeInto(box: ReturnType<Page['getByLabel']>, text: string) {
    await box.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  }

  it('refuses 12,5 and 12.5 as a purchase order quantity, keeping what was typed, instead of ordering 125', async () => {
    const supplier = await callChannel<{ id: number }>(page, 'suppliers.create', {
      name: 'Nordsee Foods',
      leadTimeDays: 3,
    });
    const product = await createProduct(page, {
      sku: 'APF-0100',
      name: 'Apfelsaft 1 L',
      priceCents: 249,
      costCents: 120,
    });
    const order = await callChannel<ChannelOutput<'purchaseOrders.create'>>(page, 'purchaseOrders.create', {
      supplierId: supplier.id,
      lines: [{ productId: product.id, quantity: 1, unitCostCents: 120 }],
    });
    await page.goto(new URL(`#/inventory/purchase-orders/${order.id}`, page.url()).toString());
    const quantity = page.getByLabel('Quantity of Apfelsaft 1 L');

    for (const typed of ['12,5', '12.5']) {
      await typeInto(quantity, typed);
      await page.keyboard.press('Alt+KeyS');
      await page.getByText('Whole numbers only').first().waitFor();
      await expect.poll(() => quantity.inputValue()).toBe('12,5');
    }
    const kept = await callChannel<ChannelOutput<'purchaseOrders.get'>>(page, 'purchaseOrders.get', { id: order.id });
    expect(kept.lines.map((line) => line.quantityOrdered)).toEqual([1]);

    await typeInto(quantity, '12');
    await page.keyboard.press('Alt+KeyS');
    const savedQuantity = async () =>
      (await callChannel<ChannelOutput<'purchaseOrders.get'>>(page, 'purchaseOrders.get', { id: order.id })).lines[0]
        ?.quantityOrdered;
    await expect.poll(savedQuantity).toBe(12);
  });

  it('refuses a stock adjustment of 1,5 units instead of adding 15', async () => {
    const product = await createProduct(page, { sku: 'APF-0200', name: 'Apfelkiste', priceCents: 999, costCents: 500 });
    await page.goto(new URL(`#/inventory/products/${product.id}`, page.url()).toString());
    await page.getByRole('button', { name: 'Adjust stock…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Add stock', { exact: true }).click();
    await typeInto(dialog.getByLabel('Quantity'), '1,5');
    await dialog.getByLabel('Note').fill('Delivery miscounted');
    await dialog.getByRole('button', { name: 'Add to stock' }).click();
    await dialog.getByText('Whole numbers only').waitFor();

    await expect.poll(() => dialog.getByLabel('Quantity').inputValue()).toBe('1,5');
    const movements = await callChannel<ChannelOutput<'stock.listMovements'>>(page, 'stock.listMovements', {
      productId: product.id,
    });
    expect(movements.items).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('saves a number attribute typed with a decimal comma as that number', async () => {
    const category = await callChannel<{ id: number }>(page, 'categories.create', { name: 'Säfte' });
    await callChannel(page, 'categories.setAttributes', {
      id: category.id,
      attributes: [{ key: 'volume', label: 'Volume (L)', type: 'number' }],
    });
    const product = await createProduct(page, {
      sku: 'APF-0300',
      name: 'Apfelsaft 1,5 L',
      priceCents: 349,
      costCents: 180,
      categoryId: category.id,
    });
    await page.goto(new URL(`#/inventory/products/${product.id}`, page.url()).toString());
    // The categories this page already read predate the new one.
    await page.reload();
    const volume = new ProductPage(page).field('Volume (L)');
    await typeInto(volume, '1,5');
    await expect.poll(() => volume.inputValue()).toBe('1,5');
    await page.keyboard.press('Alt+KeyS');
    await page.getByText('Product saved').waitFor();

    const saved = await callChannel<ProductDetail>(page, 'products.get', { id: product.id });
    expect(saved.attributes).toEqual({ volume: 1.5 });
  });

  it('shows the tax rate and the discount approval threshold with the German decimal mark, as receipts do', async () => {
    const product = await createProduct(page, {
      sku: 'APF-0400',
      name: 'Apfelschorle',
      priceCents: 199,
      costCents: 90,
      taxRateBp: 825,
    });
    await page.goto(new URL(`#/inventory/products/${product.id}`, page.url()).toString());
    const taxRate = new ProductPage(page).field('Tax rate');
    await taxRate.waitFor();
    await expect.poll(() => taxRate.inputValue()).toBe('8,25 %');

    await page.goto(new URL('#/admin', page.url()).toString());
    const threshold = page.getByLabel('Discount approval threshold');
    await typeInto(threshold, '12.5');
    await expect.poll(() => threshold.inputValue()).toBe('12,5%');
  });
});

describe('quantities typed in an American browser', () => {
  let store: OpenStore;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false, locale: 'en-US', timezoneId: 'America/New_York' });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('refuses a stock adjustment of 12.5 units instead of adding 125', async () => {
    const { page } = store;
    const product = await createProduct(page, {
      sku: 'JUI-0100',
      name: 'Apple Juice',
      priceCents: 249,
      costCents: 120,
    });
    await page.goto(new URL(`#/inventory/products/${product.id}`, page.url()).toString());
    await page.getByRole('button', { name: 'Adjust stock…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Add stock', { exact: true }).click();
    await dialog.getByLabel('Quantity').pressSequentially('12.5');
    await dialog.getByLabel('Note').fill('Delivery miscounted');
    await dialog.getByRole('button', { name: 'Add to stock' }).click();
    await dialog.getByText('Whole numbers only').waitFor();

    await expect.poll(() => dialog.getByLabel('Quantity').inputValue()).toBe('12.5');
    const movements = await callChannel<ChannelOutput<'stock.listMovements'>>(page, 'stock.listMovements', {
      productId: product.id,
    });
    expect(movements.items).toEqual([]);
  });
});
