import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { DEMO_LOAD_TIMEOUT_MS, openNewStore, type OpenStore } from './browser-host';
import { openClerkPage } from './pages/clerk-page';
import { callChannel } from './pages/contract-seed';
import { TillPage } from './pages/till-page';

interface ProductRow {
  id: number;
  name: string;
  barcode: string | null;
  priceCents: number;
  onHand: number;
}

/**
 * A sale at the till with the keyboard alone (a search, a scan, cash with change), its receipt,
 * and a return of one line from the order's page. The store is seeded with the demo data.
 */
describe('the till, in a real browser', () => {
  let store: OpenStore;
  let page: Page;
  let scanned: ProductRow;
  let searched: ProductRow;

  beforeAll(async () => {
    store = await openNewStore({ demoData: true });
    page = store.page;
    const milk = await callChannel<{ items: ProductRow[] }>(page, 'products.list', { search: 'milk', limit: 20 });
    const inStock = milk.items.filter((product) => product.onHand >= 2 && product.barcode !== null);
    searched = inStock[0]!;
    scanned = inStock.find((product) => product.id !== searched.id)!;
  }, DEMO_LOAD_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    await store?.close();
  });

  it('sells two products for cash by keyboard alone and prints the change on the receipt', async () => {
    const till = new TillPage(page);
    await till.open(store.backroom.url);
    await till.searchAndAdd(searched.name);
    await till.scan(scanned.barcode!);
    await expect.poll(() => till.lines.count()).toBe(2);
    const quote = await callChannel<{ totalCents: number }>(page, 'orders.quote', {
      lines: [searched, scanned].map((product) => ({ productId: product.id, quantity: 1 })),
    });
    const total = quote.totalCents;
    await expect.poll(() => till.text('Total')).toBe(formatMoney(total));

    await till.payCash('100');
    expect(await till.text('Still due')).toBe(formatMoney(0));
    expect(await till.text('Change due')).toBe(formatMoney(10_000 - total));

    await till.complete();
    const receipt = await page.getByRole('table', { name: 'Receipt totals' }).textContent();
    expect(receipt).toContain(`Change${formatMoney(10_000 - total)}`);
    expect(receipt).toContain(`tendered ${formatMoney(10_000)}`);
  });

  it('takes back one line from the order page and refunds it', async () => {
    await page.getByRole('link', { name: /Order details/ }).click();
    await page.getByRole('button', { name: 'Return items' }).click();
    await page.getByRole('textbox', { name: `Units of ${searched.name} to return` }).fill('1');
    await page.getByRole('button', { name: 'Take return' }).click();
    const returns = page.getByLabel('Returns');
    await returns.waitFor();
    expect(await returns.textContent()).toContain(`1 × ${searched.name}`);
    await page.getByRole('table', { name: 'Order lines' }).getByText(searched.name).waitFor();
  });

  it('parks a sale, keeps the sale on screen through a reload, resumes the parked one and places it', async () => {
    const till = new TillPage(page);
    await till.open(store.backroom.url);
    await till.searchAndAdd(searched.name);
    await till.scan(scanned.barcode!);
    await expect.poll(() => till.lines.count()).toBe(2);
    await till.park();

    await till.scan(scanned.barcode!);
    await expect.poll(() => till.lines.count()).toBe(1);
    await page.reload();
    await till.scanBox.waitFor();
    await expect.poll(() => till.lines.count()).toBe(1);
    expect(await till.lines.first().textContent()).toContain(scanned.name);
    const parked = await till.parkedSales();
    expect(parked).toHaveLength(1);
    expect(parked[0]).toContain(`${searched.name} and 1 more`);

    // Resuming puts the sale on screen aside in its place.
    await till.resume(searched.name);
    await expect.poll(() => till.lines.count()).toBe(2);
    expect(await till.parkedSales()).toEqual([expect.stringContaining(scanned.name)]);
    const quote = await callChannel<{ totalCents: number }>(page, 'orders.quote', {
      lines: [searched, scanned].map((product) => ({ productId: product.id, quantity: 1 })),
    });
    await expect.poll(() => till.text('Total')).toBe(formatMoney(quote.totalCents));
    await till.payCash('100');
    await till.complete();

    // The placed sale is gone from the till; the one set aside is still parked.
    await till.open(store.backroom.url);
    await page.reload();
    await till.scanBox.waitFor();
    expect(await till.lines.count()).toBe(0);
    expect(await till.parkedSales()).toHaveLength(1);
  });

  it('puts an amount typed straight after F9 into the payment, even while the sale is still being priced', async () => {
    const till = new TillPage(page);
    await till.open(store.backroom.url);
    // No wait for the matches: Enter, F9 and the amount follow one another at once.
    await page.keyboard.type(searched.name);
    await page.keyboard.press('Enter');
    await page.keyboard.press('F9');
    await page.keyboard.type('50');
    expect(await till.cashTendered.inputValue()).toBe('50');
    expect(await till.scanBox.inputValue()).toBe('');
    expect(await page.getByRole('option').count()).toBe(0);

    await page.keyboard.press('Enter');
    const quote = await callChannel<{ totalCents: number }>(page, 'orders.quote', {
      lines: [{ productId: searched.id, quantity: 1 }],
    });
    await expect.poll(() => till.text('Change due')).toBe(formatMoney(5_000 - quote.totalCents));
    expect(await till.text('Still due')).toBe(formatMoney(0));
    await till.park();
  });

  it('drops the matches of earlier words as soon as a code is typed in the scan box', async () => {
    const till = new TillPage(page);
    await till.open(store.backroom.url);
    await page.keyboard.type(searched.name);
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('50');
    await page.getByRole('listbox', { name: 'Matching products' }).waitFor({ state: 'detached', timeout: 5_000 });
    await page.keyboard.press('Escape');
  });

  it('starts each sale with an empty payment box, and F9 selects what the box holds', async () => {
    const till = new TillPage(page);
    await till.open(store.backroom.url);
    await till.scan(scanned.barcode!);
    await expect.poll(() => till.lines.count()).toBe(1);
    await page.keyboard.press('F9');
    await page.keyboard.type('5');
    await page.keyboard.press('Escape');
    await page.keyboard.press('F9');
    await page.keyboard.type('7');
    expect(await till.cashTendered.inputValue()).toBe('7');

    await page.keyboard.press('Escape');
    await till.park();
    await till.scan(scanned.barcode!);
    await expect.poll(() => till.lines.count()).toBe(1);
    expect(await till.cashTendered.inputValue()).toBe('');
    await page.keyboard.press('F9');
    await page.keyboard.type('100');
    expect(await till.cashTendered.inputValue()).toBe('100');
    await page.keyboard.press('Escape');
    await till.park();
  });

  it('tells a clerk who opens end of day by its address that it is for managers, with no report tools', async () => {
    const clerkPage = await openClerkPage(store);
    try {
      await clerkPage.goto(`${new URL(store.backroom.url).origin}/#/orders/end-of-day`);
      await clerkPage.getByRole('heading', { name: 'End of day' }).waitFor();
      await clerkPage.getByText('End of day is open to managers and admins. Ask one of them to log in.').waitFor();
      expect(await clerkPage.getByRole('button', { name: /Try again/ }).count()).toBe(0);
      expect(await clerkPage.getByRole('button', { name: /Print or save as PDF/ }).count()).toBe(0);
      expect(await clerkPage.getByLabel('Day').count()).toBe(0);
    } finally {
      await clerkPage.context().close();
    }
  });

  it('names and times orders alike on the receipt, the orders list and the customer’s profile, on the store’s clock', async () => {
    const zoneOf = new Map(
      (await callChannel<{ id: number; timeZone: string }[]>(page, 'stores.list', { scope: 'chain' })).map((store) => [
        store.id,
        store.timeZone,
      ]),
    );
    const storeTime = (storeId: number, iso: string) =>
      page.evaluate(
        ([at, timeZone]) =>
          new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
            new Date(at),
          ),
        [iso, zoneOf.get(storeId)] as const,
      );
    // A zone fourteen hours from the browser's, so the computer's clock would show another day.
    const moveClock = async (storeId: number) => {
      await callChannel(page, 'stores.setTimeZone', { storeId, timeZone: 'Pacific/Kiritimati' });
      zoneOf.set(storeId, 'Pacific/Kiritimati');
    };

    const origin = new URL(store.backroom.url).origin;
    const { items } = await callChannel<{
      items: { id: number; orderNumber: number; storeId: number; placedAt: string; customer: { id: number } | null }[];
    }>(page, 'orders.list', { limit: 20 });
    const newest = items[0]!;
    const customerId = items.find((order) => order.customer !== null)!.customer!.id;
    const profile = await callChannel<{
      recentOrders: { number: number; storeId: number; placedAt: string }[];
    }>(page, 'customers.get', { id: customerId });
    const latest = profile.recentOrders[0]!;
    await moveClock(newest.storeId);
    await moveClock(latest.storeId);
    await page.goto(`${origin}/#/orders`);
    await page.reload();
    const firstRow = page.getByRole('table', { name: 'Orders' }).locator('tbody tr').first();
    await expect.poll(() => firstRow.textContent()).toContain(await storeTime(newest.storeId, newest.placedAt));
    expect(await firstRow.textContent()).toContain(`Order ${newest.orderNumber}`);

    await page.goto(`${origin}/#/orders/${newest.id}/receipt`);
    const header = page.getByText(`Order ${newest.orderNumber} ·`);
    await expect.poll(() => header.textContent()).toContain(await storeTime(newest.storeId, newest.placedAt));

    await page.goto(`${origin}/#/customers/${customerId}`);
    const recent = page.getByRole('table', { name: 'Recent orders' }).locator('tbody tr').first();
    await expect.poll(() => recent.textContent()).toContain(await storeTime(latest.storeId, latest.placedAt));
    expect(await recent.textContent()).toContain(`Order ${latest.number}`);
    expect(await recent.textContent()).not.toContain('#');
  });

  it('splits a sale between card and cash with Alt+2 and Alt+1, keys alone, and stores both payments', async () => {
    const till = new TillPage(page);
    await till.open(store.backroom.url);
    await till.scan(scanned.barcode!);
    await expect.poll(() => till.lines.count()).toBe(1);
    const quote = await callChannel<{ totalCents: number }>(page, 'orders.quote', {
      lines: [{ productId: scanned.id, quantity: 1 }],
    });
    const total = quote.totalCents;
    await expect.poll(() => till.text('Total')).toBe(formatMoney(total));

    // Straight from the scan box: Alt+2 picks card and puts the focus in its amount box.
    await page.keyboard.press('Alt+2');
    expect(await page.getByRole('radio', { name: 'Card' }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Amount' }).and(page.locator(':focus')).count()).toBe(1);
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+1');
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    const cashCents = total - 100;
    expect(await till.text('Still due')).toBe(formatMoney(0));
    expect(await till.text('Change due')).toBe(formatMoney(10_000 - cashCents));

    await till.complete();
    const orderId = Number(/\/orders\/(\d+)\/receipt/.exec(page.url())![1]);
    const file = new Database(store.backroom.databasePath, { readonly: true });
    try {
      const stored = file
        .prepare(
          `SELECT method, amount_cents AS amountCents, tendered_cents AS tenderedCents, change_cents AS changeCents
           FROM payments WHERE order_id = ? ORDER BY method`,
        )
        .all(orderId);
      expect(stored).toEqual([
        { method: 'card', amountCents: 100, tenderedCents: null, changeCents: null },
        { method: 'cash', amountCents: cashCents, tenderedCents: 10_000, changeCents: 10_000 - cashCents },
      ]);
    } finally {
      file.close();
    }
  });
});
