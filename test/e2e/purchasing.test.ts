import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PurchaseOrderDetail } from '../../shared/contract';
import { DEMO_LOAD_TIMEOUT_MS, openNewStore, type OpenStore } from './browser-host';
import { callChannel, createProduct } from './pages/contract-seed';
import { LoginPage } from './pages/login-page';

const ADMIN = { username: 'grace', password: 'a long store password' };
const PRODUCT = 'Stoneground Flour 1 kg';

/** A sent purchase order of ten bags of a new flour from a new supplier, made through the contract. */
async function sentFlourOrder(page: Page, sku: string): Promise<PurchaseOrderDetail> {
  const supplier = await callChannel<{ id: number }>(page, 'suppliers.create', { name: 'Mill Lane', leadTimeDays: 1 });
  const product = await createProduct(page, {
    sku,
    name: PRODUCT,
    priceCents: 299,
    costCents: 150,
    allowBackorder: false,
  });
  const draft = await callChannel<PurchaseOrderDetail>(page, 'purchaseOrders.create', {
    supplierId: supplier.id,
    lines: [{ productId: product.id, quantity: 10, unitCostCents: 150 }],
  });
  return callChannel<PurchaseOrderDetail>(page, 'purchaseOrders.send', { id: draft.id, version: draft.version });
}

/**
 * A manager's draft and one delivery in two windows, in a real browser: what cannot be ordered or
 * received is said at its line in product words, and the same delivery booked from a second window
 * (or pressed twice) goes into stock once. The store starts empty and is seeded through the contract.
 */
describe('purchase orders and deliveries, in real browser windows', () => {
  let store: OpenStore;
  let first: Page;
  let second: Page;
  let productId: number;
  let supplierId: number;
  let order: PurchaseOrderDetail;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    first = store.page;
    order = await sentFlourOrder(first, 'FLOUR-1KG');
    supplierId = order.supplier.id;
    productId = order.lines[0]!.productId;
    second = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await second.goto(store.backroom.url);
    await new LoginPage(second).logIn(ADMIN.username, ADMIN.password);
    await second.getByRole('navigation', { name: 'Main' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await second?.context().close();
    await store?.close();
  });

  it('says at the line, in product words, that a quantity or a unit cost is more than can be ordered', async () => {
    const draft = await callChannel<PurchaseOrderDetail>(first, 'purchaseOrders.create', {
      supplierId,
      lines: [{ productId, quantity: 5, unitCostCents: 150 }],
    });
    await first.goto(`${new URL(store.backroom.url).origin}/#/inventory/purchase-orders/${draft.id}`);
    const line = first.getByTestId('order-line');
    await line.getByLabel(`Quantity of ${PRODUCT}`).fill('10000000');
    await line.getByLabel(`Unit cost of ${PRODUCT}`).fill('100000.01');
    await first.getByRole('button', { name: /Save draft/ }).click();

    await line.getByText('Order at most 1,000,000').waitFor();
    expect(await line.getByLabel(`Quantity of ${PRODUCT}`).getAttribute('aria-invalid')).toBe('true');
    await line.getByLabel(`Quantity of ${PRODUCT}`).fill('1000000');
    await line.getByText('At most $100,000.00 a unit').waitFor();
    expect(await first.getByText(/lines\.0|Too big/).count()).toBe(0);
    const stored = await callChannel<PurchaseOrderDetail>(first, 'purchaseOrders.get', { id: draft.id });
    expect(stored).toMatchObject({ version: draft.version, lines: [{ quantityOrdered: 5, unitCostCents: 150 }] });
  });

  it('says under a delivery line, in the editor’s words, that a quantity is more than can be booked', async () => {
    await first.goto(`${new URL(store.backroom.url).origin}/#/inventory/purchase-orders/${order.id}/receive`);
    const quantity = first.getByLabel(`Receiving now: ${PRODUCT}`);
    await quantity.fill('10000000');
    await first
      .getByRole('row', { name: new RegExp(PRODUCT) })
      .getByText('Receive at most 1,000,000')
      .waitFor();
    expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    await first.getByRole('button', { name: /Book delivery/ }).click({ force: true });
    await first.keyboard.press('Alt+S');

    await first.getByText('Correct the quantity marked in red to book.').waitFor();
    expect(await first.getByRole('dialog').count()).toBe(0);
    expect(await first.getByText(/lines\.0|Too big/).count()).toBe(0);
    const stored = await callChannel<PurchaseOrderDetail>(first, 'purchaseOrders.get', { id: order.id });
    expect(stored).toMatchObject({ version: order.version, lines: [{ quantityReceived: 0, outstanding: 10 }] });
  });

  it('books a delivery entered in two windows once, and shows the second what the first booked', async () => {
    const receiveUrl = `${new URL(store.backroom.url).origin}/#/inventory/purchase-orders/${order.id}/receive`;
    for (const page of [first, second]) {
      await page.goto(receiveUrl);
      await page.getByLabel(`Receiving now: ${PRODUCT}`).fill('3');
    }

    await first.getByRole('button', { name: /Book delivery/ }).click();
    await first.waitForURL(/#\/inventory\/purchase-orders\/\d+$/);
    await second.getByRole('button', { name: /Book delivery/ }).click();
    const notice = second.getByRole('alert').filter({ hasText: 'Someone else changed this purchase order' });
    await notice.waitFor();

    const stored = await callChannel<PurchaseOrderDetail>(first, 'purchaseOrders.get', { id: order.id });
    expect(stored.lines[0]).toMatchObject({ quantityReceived: 3, outstanding: 7 });

    await notice.getByRole('button', { name: 'Reload purchase order' }).click();
    await expect.poll(() => second.getByLabel(`Receiving now: ${PRODUCT}`).inputValue()).toBe('');
    const cells = await second
      .getByRole('row', { name: new RegExp(PRODUCT) })
      .getByRole('cell')
      .allTextContents();
    expect(cells.slice(2, 5)).toEqual(['10', '3', '7']);
  });
});

/**
 * A clerk of one store of the demo chain follows a link to another store's purchase order: it
 * reads as the order, with a line saying why it is not theirs to book, and no receive form that
 * the host would refuse. The order is made through the contract by the chain's admin.
 */
describe('another store’s purchase order, opened by its link', () => {
  let store: OpenStore;
  let clerk: Page;
  let order: PurchaseOrderDetail;
  let elsewhere: { id: number; name: string };

  beforeAll(async () => {
    store = await openNewStore({ demoData: true });
    const admin = store.page;
    order = await sentFlourOrder(admin, 'MILL-FLOUR-1KG');
    const stores = await callChannel<{ id: number; name: string }[]>(admin, 'stores.list', {});
    elsewhere = stores.find((candidate) => candidate.id !== order.store.id)!;
    await callChannel(admin, 'staff.create', {
      displayName: 'Linus Till',
      username: 'linus',
      password: 'a clerk password here',
      role: 'clerk',
      storeId: elsewhere.id,
    });
    clerk = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await clerk.goto(store.backroom.url);
    await new LoginPage(clerk).logIn('linus', 'a clerk password here');
    await clerk.getByRole('navigation', { name: 'Main' }).waitFor();
  }, DEMO_LOAD_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    await clerk?.context().close();
    await store?.close();
  });

  it('shows the order read-only, saying whose it is, on its receive link and on its own page', async () => {
    const orderUrl = `${new URL(store.backroom.url).origin}/#/inventory/purchase-orders/${order.id}`;
    for (const url of [`${orderUrl}/receive`, orderUrl]) {
      await clerk.goto(url);
      const notice = clerk.getByRole('alert').filter({ hasText: `Read only: an order of ${order.store.name}` });
      await notice.waitFor();
      expect(await notice.textContent()).toContain('not book its deliveries');
      await clerk.getByRole('table', { name: 'Order lines' }).waitFor();
      expect(await clerk.getByLabel(`Receiving now: ${PRODUCT}`).count()).toBe(0);
      expect(await clerk.getByRole('button', { name: /Book delivery/ }).count()).toBe(0);
      expect(await clerk.getByRole('link', { name: 'Receive delivery' }).count()).toBe(0);
    }
  });

  it('lets a person of several stores list the purchase orders of each', async () => {
    const admin = store.page;
    await admin.goto(`${new URL(store.backroom.url).origin}/#/inventory/purchase-orders`);
    const rows = admin.getByTestId('purchase-order-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);

    await admin.locator('input[aria-label="Store"]').click();
    await admin.getByRole('option', { name: elsewhere.name, exact: true }).click();
    await admin.getByText(`No purchase orders in ${elsewhere.name}`).waitFor();
    expect(await rows.count()).toBe(0);

    await admin.locator('input[aria-label="Store"]').click();
    await admin.getByRole('option', { name: order.store.name, exact: true }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.getByRole('link').getAttribute('href')).toBe(`#/inventory/purchase-orders/${order.id}`);
  });
});
