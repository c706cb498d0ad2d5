import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel, createProduct } from './pages/contract-seed';

interface OrderView {
  id: number;
  refundedCents: number;
  returns: { refundCents: number }[];
  lines: { returnedQuantity: number }[];
}

/** Returns taken on an order's page the way a hurried person does, with a double click. */
describe('returns on the order page, in a real browser', () => {
  let store: OpenStore;
  let order: OrderView;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    const { id: productId } = await createProduct(store.page, {
      sku: 'TEA-1',
      name: 'Green tea',
      priceCents: 450,
      costCents: 200,
    });
    order = await callChannel<OrderView>(store.page, 'orders.place', {
      idempotencyKey: randomUUID(),
      lines: [{ productId, quantity: 4 }],
      expectedTotalCents: 1_800,
      payments: [{ method: 'cash', amountCents: 1_800 }],
    });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('takes one unit back and refunds it once for a double click on Take return', async () => {
    const { page } = store;
    await page.goto(`${new URL(store.backroom.url).origin}/#/orders/${order.id}`);
    await page.getByRole('button', { name: 'Return items' }).click();
    await page.getByRole('textbox', { name: 'Units of Green tea to return' }).fill('1');
    await page.getByRole('button', { name: 'Take return' }).dblclick();
    await page.getByRole('dialog', { name: 'Return items' }).waitFor({ state: 'detached' });
    // Whatever the second click sent has been answered once nothing is in flight.
    await page.waitForLoadState('networkidle');

    const after = await callChannel<OrderView>(page, 'orders.get', { id: order.id });
    expect(after.returns.map((taken) => taken.refundCents)).toEqual([450]);
    expect(after.refundedCents).toBe(450);
    expect(after.lines[0]!.returnedQuantity).toBe(1);
  });
});
