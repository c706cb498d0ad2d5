import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel, createProduct } from './pages/contract-seed';
import { TillPage } from './pages/till-page';

/** A customer spends store credit from an earlier return at the till, the rest paid in cash. */
describe('store credit at the till, in a real browser', () => {
  let store: OpenStore;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    const { page } = store;
    const { id: productId } = await createProduct(page, {
      sku: 'JAM-1',
      name: 'Plum jam',
      priceCents: 450,
      costCents: 200,
    });
    const { id: customerId } = await callChannel<{ id: number }>(page, 'customers.create', {
      firstName: 'Rosa',
      lastName: 'Quill',
    });
    const order = await callChannel<{ id: number; lines: { id: number }[] }>(page, 'orders.place', {
      idempotencyKey: randomUUID(),
      customerId,
      lines: [{ productId, quantity: 2 }],
      expectedTotalCents: 900,
      payments: [{ method: 'card', amountCents: 900 }],
    });
    await callChannel(page, 'orders.return', {
      orderId: order.id,
      lines: [{ orderLineId: order.lines[0]!.id, quantity: 1, restock: true }],
      refundTo: 'store_credit',
    });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('shows the credit left and takes no more of it than that, the rest in cash', async () => {
    const { page } = store;
    const till = new TillPage(page);
    await till.open(store.backroom.url);
    await page.keyboard.type('3*Plum jam');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => till.text('Total')).toBe(formatMoney(1_350));

    await page.keyboard.press('F3');
    await page.keyboard.type('Rosa');
    await page.getByRole('option', { name: /Rosa Quill/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Attach a customer' }).waitFor({ state: 'detached' });

    await page.keyboard.press('F9');
    const payment = page.getByLabel('Payment', { exact: true });
    await payment.getByText('Store credit', { exact: true }).click();
    const amount = page.getByRole('textbox', { name: 'Amount' });
    await amount.focus();
    await expect.poll(() => payment.textContent()).toContain(`${formatMoney(450)} of store credit left`);
    await page.keyboard.type('13.50');
    await page.keyboard.press('Enter');
    await page.getByText(`The customer's store credit covers only ${formatMoney(450)}.`).waitFor();

    await amount.fill('');
    await page.keyboard.press('Enter');
    await expect.poll(() => till.text('Still due')).toBe(formatMoney(900));
    await payment.getByText('Cash', { exact: true }).click();
    await till.cashTendered.focus();
    await page.keyboard.press('Enter');
    await till.complete();
    const receipt = await page.getByRole('table', { name: 'Receipt totals' }).textContent();
    expect(receipt).toContain(`Paid by store credit${formatMoney(450)}`);
    expect(receipt).toContain(`Paid by cash (tendered ${formatMoney(900)})${formatMoney(900)}`);
  });
});
