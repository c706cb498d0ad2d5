import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel, createProduct } from './pages/contract-seed';
import { CustomersPage } from './pages/customers-page';
import { TillPage } from './pages/till-page';

const PRODUCTS = ['Sourdough bread', 'Salted butter', 'Strawberry jam', 'Filter coffee', 'Oat milk'] as const;
type ProductName = (typeof PRODUCTS)[number];

/**
 * Suggestions in a real browser: a few sales placed through the contract keep the item tables
 * current as they are placed (no rebuild), the customer's profile suggests with reasons, and the
 * till's "Customers also bought" follows the cart.
 */
describe('suggestions, in a real browser', () => {
  let store: OpenStore;
  let page: Page;
  const ids = new Map<ProductName, number>();

  const sell = async (basket: ProductName[], customerId?: number) => {
    const lines = basket.map((name) => ({ productId: ids.get(name)!, quantity: 1 }));
    const { totalCents } = await callChannel<{ totalCents: number }>(page, 'orders.quote', { lines, customerId });
    await callChannel(page, 'orders.place', {
      idempotencyKey: randomUUID(),
      lines,
      customerId,
      expectedTotalCents: totalCents,
      payments: [{ method: 'card', amountCents: totalCents }],
    });
  };

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
    for (const [i, name] of PRODUCTS.entries()) {
      const product = await createProduct(page, {
        sku: `REC-${i + 1}`,
        name,
        priceCents: 200 + 50 * i,
        costCents: 100,
      });
      ids.set(name, product.id);
    }
    const rita = await callChannel<{ id: number }>(page, 'customers.create', {
      firstName: 'Rita',
      lastName: 'Regular',
    });
    await sell(['Sourdough bread', 'Salted butter'], rita.id);
    await sell(['Sourdough bread', 'Filter coffee'], rita.id);
    await sell(['Sourdough bread', 'Salted butter', 'Strawberry jam']);
    await sell(['Salted butter', 'Strawberry jam']);
    await sell(['Filter coffee', 'Oat milk']);
    await sell(['Filter coffee', 'Oat milk']);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
  });

  it('suggests for a customer from what they bought, each with its reason', async () => {
    const customers = new CustomersPage(page);
    await customers.open();
    await customers.search('Rita');
    await customers.openProfile('Rita Regular');
    const panel = page.getByRole('table', { name: 'Suggested for this customer' });
    await panel.waitFor();
    const rows = await panel.locator('tr').allTextContents();
    expect(rows.find((row) => row.startsWith('Sourdough bread'))).toContain('Bought it 2 times');
    // Jam was never theirs, but it goes with the bread and butter they bought.
    expect(rows.find((row) => row.startsWith('Strawberry jam'))).toMatch(
      /Goes with (Sourdough bread|Salted butter), which they bought/,
    );
  });

  it("follows the till's cart with what customers also bought", async () => {
    const till = new TillPage(page);
    await till.open(store.backroom.url);
    const alsoBought = page.getByRole('table', { name: 'Customers also bought' });
    const names = async () => (await alsoBought.locator('tr').allTextContents()).map((row) => row.split('Often')[0]);

    await till.searchAndAdd('Oat milk');
    await expect.poll(names).toEqual(['Filter coffee']);
    expect(await alsoBought.textContent()).toContain('Often bought with Oat milk');

    await till.searchAndAdd('Salted butter');
    // Coffee for the milk, and now bread and jam for the butter; nothing already in the cart.
    await expect
      .poll(async () => (await names()).sort())
      .toEqual(['Filter coffee', 'Sourdough bread', 'Strawberry jam']);
    expect(await alsoBought.textContent()).toContain('Often bought with Salted butter');
  });
});
