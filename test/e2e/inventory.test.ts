import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { CountPage } from './pages/count-page';
import { InventoryPage } from './pages/inventory-page';
import { ProductPage } from './pages/product-page';
import { PurchasingPages } from './pages/purchasing-pages';
import { scanBarcode } from './pages/scanner';

const SUPPLIER = 'Harbour Dairy Co-op';
const PRODUCT = {
  name: 'Harbour Oat Milk 1 L',
  sku: 'OAT-0001',
  barcode: '4006381333931',
  price: '2.49',
  cost: '1.20',
  reorderPoint: 5,
  reorderQty: 12,
  supplier: SUPPLIER,
};

/**
 * A manager's day in inventory, in a real browser against browser mode: a new product, a price
 * change, a scan, a stock adjustment, and a reorder from low stock to a received delivery, printed.
 * The store starts empty (no demo data) and is seeded through the contract, so it runs in seconds.
 */
describe('inventory and purchasing, in a real browser', () => {
  let store: OpenStore;
  let page: Page;
  let productUrl = '';

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
    await callChannel(page, 'suppliers.create', { name: SUPPLIER, leadTimeDays: 2 });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('puts the cursor on the first field in error after a refused save, in view and clear of the action bar', async () => {
    await page.getByRole('link', { name: 'Inventory', exact: true }).click();
    const product = new ProductPage(page);
    await product.openNew();
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await product.saveWithShortcut();
    const focused = page.locator(':focus');
    await expect.poll(() => focused.getAttribute('aria-invalid')).toBe('true');
    const field = await focused.boundingBox();
    const bar = await page.getByRole('group', { name: 'Actions' }).boundingBox();
    const header = await page.getByRole('banner').boundingBox();
    expect(field!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    expect(field!.y + field!.height).toBeLessThanOrEqual(bar!.y);
  });

  it('opens a new product with the cursor in its name', async () => {
    await page.getByRole('link', { name: 'Inventory', exact: true }).click();
    const product = new ProductPage(page);
    await product.openNew();
    await expect
      .poll(() => page.locator(':focus').getAttribute('id'))
      .toBe(await product.field('Name').getAttribute('id'));
  });

  it('leaves the cursor where the person clicks after a refused save, however much they type', async () => {
    await page.getByRole('link', { name: 'Inventory', exact: true }).click();
    const product = new ProductPage(page);
    await product.openNew();
    await product.setPrice('-5');
    await product.saveWithShortcut();
    await expect.poll(() => page.locator(':focus').getAttribute('aria-invalid')).toBe('true');

    await product.field('Name').click();
    await page.keyboard.type('Kettle');
    expect(await product.field('Name').inputValue()).toBe('Kettle');
    expect(await product.field('Price').inputValue()).not.toMatch(/[a-z]/i);
  });

  it('marks as low only what the low-stock filter lists: never a product with no reorder point', async () => {
    const seed = (sku: string, name: string, reorderPoint: number) =>
      callChannel(page, 'products.create', {
        sku,
        name,
        priceCents: 350,
        costCents: 150,
        taxRateBp: 0,
        reorderPoint,
        reorderQty: 6,
        allowBackorder: false,
        attributes: {},
      });
    await seed('LOW-1', 'Stockroom Reordered Jam', 2);
    await seed('LOW-2', 'Stockroom Unreordered Jam', 0);
    const list = new InventoryPage(page);
    await list.open();
    await list.searchFor('Stockroom');
    const lowBadge = (name: string) => list.rows.filter({ hasText: name }).getByText('Low', { exact: true });
    await list.rows.filter({ hasText: 'Stockroom Unreordered Jam' }).waitFor();
    expect(await lowBadge('Stockroom Reordered Jam').count()).toBe(1);
    expect(await lowBadge('Stockroom Unreordered Jam').count()).toBe(0);

    // The switch sets the list's address, so its own state follows a moment later.
    await page.getByRole('switch', { name: 'Low stock only' }).click({ force: true });
    await expect.poll(() => list.rows.count()).toBe(1);
    expect(await list.rows.first().textContent()).toContain('Stockroom Reordered Jam');
  });

  it('creates a product, refusing a barcode whose check digit is wrong', async () => {
    await page.getByRole('link', { name: 'Inventory', exact: true }).click();
    const product = new ProductPage(page);
    await product.openNew();
    await product.fill({ ...PRODUCT, barcode: '4006381333932' });
    await product.saveWithShortcut();
    await page.getByText("The barcode's check digit is wrong (expected 1)").waitFor();

    await product.barcode.fill(PRODUCT.barcode);
    await page.getByText('EAN-13, check digit correct.').waitFor();
    await page.getByRole('button', { name: /Create product/ }).click();
    await page.getByRole('heading', { name: PRODUCT.name }).waitFor();
    expect(page.url()).toMatch(/#\/inventory\/products\/\d+$/);
    productUrl = page.url();
  });

  it('changes the price and shows it in the price history', async () => {
    const product = new ProductPage(page);
    await product.setPrice('2.99');
    await product.saveWithShortcut();
    await product.priceHistory.getByText(/Price \$2\.49 → \$2\.99/).waitFor();
    await expect.poll(() => product.priceHistory.getByText('Grace Hopper').count()).toBeGreaterThan(0);
  });

  it('opens the product when its barcode is scanned', async () => {
    await page.getByRole('link', { name: '← Products' }).click();
    await page.getByTestId('product-row').filter({ hasText: PRODUCT.name }).waitFor();
    await scanBarcode(page, PRODUCT.barcode);
    await page.waitForURL(productUrl);
    await page.getByRole('heading', { name: PRODUCT.name }).waitFor();
  });

  it('says in plain words how many can be removed when asked to remove too many', async () => {
    await page.getByRole('button', { name: 'Adjust stock…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Quantity').fill('99999999');
    await page.keyboard.press('Enter');
    await dialog.getByText('Remove at most 1,000,000').waitFor();
    expect(await dialog.getByText(/Too small|expected number/).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('adjusts stock and records the movement', async () => {
    const product = new ProductPage(page);
    await product.adjustStock('Add stock', 3, 'Found on the back shelf');
    await product.stockByStore.getByRole('cell', { name: '3', exact: true }).first().waitFor();
    await page.getByTestId('movement-history').getByText('Found on the back shelf').waitFor();
  });

  it('opens the archive confirmation on "Go back", so Enter leaves the product as it was', async () => {
    const dialog = page.getByRole('dialog', { name: `Archive ${PRODUCT.name}?` });
    await page.getByRole('button', { name: 'Archive…' }).click();
    await dialog.waitFor();
    await expect.poll(() => page.locator(':focus').textContent()).toBe('Go back');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const id = Number(/products\/(\d+)$/.exec(page.url())![1]);
    const stored = await callChannel<{ archived: boolean }>(page, 'products.get', { id });
    expect(stored.archived).toBe(false);
  });

  it('reorders from low stock: suggestion, draft, send, receive', async () => {
    const purchasing = new PurchasingPages(page);
    await purchasing.openLowStock();
    await purchasing.lowStockRow(PRODUCT.name).waitFor();

    await purchasing.createDraftsFromSuggestions(SUPPLIER);
    await purchasing.orderRow(SUPPLIER).getByText('Draft').waitFor();
    await purchasing.openOrder(SUPPLIER);
    await page.getByRole('row', { name: new RegExp(PRODUCT.sku) }).waitFor();

    await purchasing.send();
    await expect.poll(() => purchasing.status.textContent()).toBe('Sent');
    await purchasing.receiveEverything();
    await expect.poll(() => purchasing.status.textContent()).toBe('Received');
    expect(await purchasing.lineQuantities(PRODUCT.sku)).toEqual(['12', '12', '0']);
  });

  it('prints the purchase order as a PDF without the app around it', async () => {
    const purchasing = new PurchasingPages(page);
    await purchasing.openPrintView();
    await page.getByRole('article').getByText(PRODUCT.name).waitFor();

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /Print or save as PDF/ }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2_000);
  });

  it('counts stock by scanning: each scan counts one, an unknown code says so, the count stays editable', async () => {
    await page.emulateMedia({ media: 'screen' });
    const count = new CountPage(page);
    await count.open(store.backroom.url);
    await count.scanIntoBox(PRODUCT.barcode);
    const counted = count.countedBox(PRODUCT.name);
    await expect.poll(() => counted.inputValue()).toBe('1');
    await count.scanIntoBox(PRODUCT.barcode);
    await expect.poll(() => counted.inputValue()).toBe('2');
    await count.typeIntoBox(PRODUCT.sku);
    await expect.poll(() => counted.inputValue()).toBe('3');

    await count.scanIntoBox('5901234123457');
    await page.getByRole('alert').filter({ hasText: 'Unknown barcode “5901234123457”' }).waitFor();
    expect(await counted.inputValue()).toBe('3');

    await counted.fill('7');
    await expect.poll(() => counted.inputValue()).toBe('7');
    await count.scanIntoBox(PRODUCT.barcode);
    await expect.poll(() => counted.inputValue()).toBe('8');
  });

  it('refuses a negative or too large count on its line, as typed, and asks to check a far-off difference', async () => {
    const count = new CountPage(page);
    const counted = count.countedBox(PRODUCT.name);
    const review = page.getByRole('button', { name: /Review differences/ });
    await counted.fill('99999999999');
    await page.getByText('Count at most 1,000,000').waitFor();
    expect(await counted.inputValue()).toBe('99999999999');
    await counted.fill('-5');
    await page.getByText('A count cannot be below 0').waitFor();
    expect(await counted.inputValue()).toBe('-5');
    expect(await review.isDisabled()).toBe(true);

    await counted.fill('5000');
    await review.click();
    const apply = page.getByRole('button', { name: 'Apply count to stock' });
    await page.getByRole('table', { name: 'Count differences' }).getByText('Check', { exact: true }).waitFor();
    expect(await apply.isDisabled()).toBe(true);
    await page.getByLabel('I checked them: these counts are right').check();
    expect(await apply.isDisabled()).toBe(false);
  });
});
