import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PurchaseOrderDetail } from '../../shared/contract';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { LoginPage } from './pages/login-page';

const ADMIN = { username: 'grace', password: 'a long store password' };
const PRODUCT = 'Stoneground Flour 1 kg';

/**
 * One delivery, two windows: the same delivery booked from a second window (or pressed twice)
 * must go into stock once. The store starts empty and is seeded through the contract.
 */
describe('receiving a delivery, in two real browser windows', () => {
  let store: OpenStore;
  let first: Page;
  let second: Page;
  let order: PurchaseOrderDetail;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    first = store.page;
    const supplier = await callChannel<{ id: number }>(first, 'suppliers.create', {
      name: 'Mill Lane',
      leadTimeDays: 1,
    });
    const product = await callChannel<{ id: number }>(first, 'products.create', {
      sku: 'FLOUR-1KG',
      name: PRODUCT,
      priceCents: 299,
      costCents: 150,
      taxRateBp: 0,
      reorderPoint: 0,
      reorderQty: 0,
      allowBackorder: false,
      attributes: {},
    });
    const draft = await callChannel<PurchaseOrderDetail>(first, 'purchaseOrders.create', {
      supplierId: supplier.id,
      lines: [{ productId: product.id, quantity: 10, unitCostCents: 150 }],
    });
    order = await callChannel<PurchaseOrderDetail>(first, 'purchaseOrders.send', {
      id: draft.id,
      version: draft.version,
    });
    second = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await second.goto(store.backroom.url);
    await new LoginPage(second).logIn(ADMIN.username, ADMIN.password);
    await second.getByRole('navigation', { name: 'Main' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await second?.context().close();
    await store?.close();
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
