import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel, createProduct } from './pages/contract-seed';
import { LoginPage } from './pages/login-page';
import { TillPage } from './pages/till-page';

interface OrderRow {
  orderNumber: number;
  totalCents: number;
}

/**
 * One clerk with the till open in two windows: both hold the sale kept in the browser, so the
 * second window's next sale starts from a sale the first has already completed.
 */
describe('the till in two windows, in a real browser', () => {
  let store: OpenStore;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    await createProduct(store.page, { sku: 'ICE-1', name: 'Iced coffee', priceCents: 300, costCents: 100 });
    await createProduct(store.page, { sku: 'OAT-1', name: 'Oat biscuits', priceCents: 450, costCents: 100 });
  });

  /** A window of the one browser profile the till keeps its sales in, logged in by the admin. */
  async function openWindow(windows: BrowserContext): Promise<Page> {
    const page = await windows.newPage();
    await page.goto(store.backroom.url);
    await new LoginPage(page).logIn('grace', 'a long store password');
    return page;
  }

  afterAll(async () => {
    await store?.close();
  });

  it('never takes the second window’s different sale for the order the first one completed', async () => {
    const windows = await store.browser.newContext({ viewport: { width: 1360, height: 900 } });
    const first = await openWindow(windows);
    const firstTill = new TillPage(first);
    await firstTill.open(store.backroom.url);
    await firstTill.searchAndAdd('Iced coffee');
    await expect.poll(() => firstTill.lines.count()).toBe(1);

    const second = await openWindow(windows);
    const secondTill = new TillPage(second);
    await secondTill.open(store.backroom.url);
    await expect.poll(() => secondTill.lines.count()).toBe(1);

    await firstTill.payCash('10');
    await firstTill.complete();

    // The next customer at the second window: the kept line goes, another product comes, paid in cash.
    await secondTill.scanBox.focus();
    await second.keyboard.press('Delete');
    await expect.poll(() => secondTill.lines.count()).toBe(0);
    await secondTill.searchAndAdd('Oat biscuits');
    await expect.poll(() => secondTill.lines.count()).toBe(1);
    await secondTill.payCash('5');
    await second
      .getByRole('button', { name: /Complete sale/ })
      .and(second.locator(':enabled'))
      .waitFor();
    await second.keyboard.press('F12');
    const alert = second.getByRole('alert').filter({ hasText: 'completed already as order 1' });
    await alert.waitFor();
    expect(await secondTill.lines.first().textContent()).toContain('Oat biscuits');

    await secondTill.complete();
    expect(await second.getByRole('table', { name: 'Receipt lines' }).textContent()).toContain('Oat biscuits');
    const orders = await callChannel<{ items: OrderRow[] }>(first, 'orders.list', {});
    expect(orders.items.map(({ orderNumber, totalCents }) => ({ orderNumber, totalCents }))).toEqual([
      { orderNumber: 2, totalCents: 450 },
      { orderNumber: 1, totalCents: 300 },
    ]);
  });
});
