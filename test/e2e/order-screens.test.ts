import { randomUUID } from 'node:crypto';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../renderer/lib/format';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel, createProduct } from './pages/contract-seed';

interface OrderView {
  id: number;
  status: string;
  history: unknown[];
  payments: unknown[];
}

/** Counts the page's calls of `channel`, sent and answered, so a test can wait for a second click's call too. */
function countCalls(page: Page, channel: string) {
  const counts = { sent: 0, answered: 0 };
  const ours = (request: Request) => request.url().endsWith(`/rpc/${channel}`);
  const answered = (request: Request) => {
    if (ours(request)) counts.answered += 1;
  };
  page.on('request', (request) => {
    if (ours(request)) counts.sent += 1;
  });
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  return counts;
}

/** The orders screens in an empty store with one product, used the way a hurried person does. */
describe('the orders screens, in a real browser', () => {
  let store: OpenStore;
  let productId: number;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    ({ id: productId } = await createProduct(store.page, {
      sku: 'SOAP-1',
      name: 'Olive soap',
      priceCents: 600,
      costCents: 250,
    }));
  });

  afterAll(async () => {
    await store?.close();
  });

  const open = (hash: string) => store.page.goto(`${new URL(store.backroom.url).origin}/#${hash}`);

  it('heads the end of day with the day asked for in a browser east of UTC+12', async () => {
    const { page } = store;
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Emulation.setLocaleOverride', { locale: 'en-US' });
    // December in Auckland is UTC+13: noon UTC there is already the next day.
    await devtools.send('Emulation.setTimezoneOverride', { timezoneId: 'Pacific/Auckland' });
    try {
      await open('/orders/end-of-day');
      await page.reload();
      await page.getByLabel('Day', { exact: true }).fill('2026-12-05');
      const dayLine = page.getByText(/the day runs in/);
      await expect.poll(() => dayLine.textContent()).toMatch(/^Dec 5, 2026 \(HSM\)/);
    } finally {
      await devtools.send('Emulation.setTimezoneOverride', { timezoneId: '' });
      await devtools.send('Emulation.setLocaleOverride', {});
      await devtools.detach();
    }
  });

  it('pays, fulfils and delivers a pending order once each for double clicks, with no refusal shown', async () => {
    const { page } = store;
    const placed = await callChannel<OrderView>(page, 'orders.place', {
      idempotencyKey: randomUUID(),
      channel: 'phone',
      lines: [{ productId, quantity: 2 }],
      expectedTotalCents: 1_200,
      savePending: true,
    });
    await open(`/orders/${placed.id}`);
    const moves = countCalls(page, 'orders.transition');
    await page.getByRole('button', { name: 'Mark paid' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark paid' }).dblclick();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Mark fulfilled' }).dblclick();
    await page.getByRole('button', { name: 'Mark delivered' }).dblclick();
    await page.getByRole('button', { name: 'Mark delivered' }).waitFor({ state: 'detached' });
    await expect.poll(() => moves.answered).toBe(moves.sent);

    expect(moves.sent).toBe(3);
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    const after = await callChannel<OrderView>(page, 'orders.get', { id: placed.id });
    expect(after.status).toBe('delivered');
    expect(after.payments).toHaveLength(1);
    expect(after.history).toHaveLength(4);
  });

  it('cancels a pending order once for a double click on Cancel order, with no refusal shown', async () => {
    const { page } = store;
    const placed = await callChannel<OrderView>(page, 'orders.place', {
      idempotencyKey: randomUUID(),
      channel: 'phone',
      lines: [{ productId, quantity: 1 }],
      expectedTotalCents: 600,
      savePending: true,
    });
    await open(`/orders/${placed.id}`);
    const moves = countCalls(page, 'orders.transition');
    await page.getByRole('button', { name: 'Cancel order' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel order' }).dblclick();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => moves.answered).toBe(moves.sent);

    expect(moves.sent).toBe(1);
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    const after = await callChannel<OrderView>(page, 'orders.get', { id: placed.id });
    expect(after.status).toBe('cancelled');
    expect(after.history).toHaveLength(2);
  });

  it('says at the order number field when the number is too large to search for, or 0', async () => {
    const { page } = store;
    await open('/orders');
    const orderNumber = page.getByRole('textbox', { name: 'Order number' });
    await orderNumber.fill('99999999999999999999');
    await page.getByText(`Enter at most ${formatCount(Number.MAX_SAFE_INTEGER)}`).waitFor();
    expect(await orderNumber.getAttribute('aria-invalid')).toBe('true');
    await orderNumber.fill('0');
    await page.getByText('Enter at least 1').waitFor();
    await orderNumber.fill('1');
    await expect.poll(() => orderNumber.getAttribute('aria-invalid')).toBeNull();
  });
});
