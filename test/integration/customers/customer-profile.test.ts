import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerOrderRow } from '../../../shared/contract/customers';
import type { TestBackroom } from '../../helpers/backroom';
import { openCustomerDesk } from './customer-desk';
import { newUid } from '../../../database/ids';
import { daysBefore, SalesFixture } from './sales-fixture';

describe('customers.get and customers.listOrders', () => {
  let t: TestBackroom;
  let clerk: string;
  let sales: SalesFixture;
  let customerId: number;
  let otherStoreId: number;
  let products: Record<'milk' | 'bread' | 'cheese' | 'apples' | 'coffee' | 'tea', number>;

  beforeAll(async () => {
    ({ t, clerk, sales } = await openCustomerDesk());
    const dairy = sales.category('Dairy');
    const bakery = sales.category('Bakery');
    const produce = sales.category('Produce');
    const drinks = sales.category('Drinks');
    products = {
      milk: sales.product('Whole Milk', dairy),
      cheese: sales.product('Cheddar', dairy),
      bread: sales.product('Sourdough', bakery),
      apples: sales.product('Apples', produce),
      coffee: sales.product('Coffee Beans', drinks),
      tea: sales.product('Green Tea', drinks),
    };
    customerId = sales.customer('Ann', 'Lee');
    const now = t.clock.now();
    // 12 paid orders a day apart; then a bigger one with a return, a cancelled one and one without a customer.
    for (let day = 12; day >= 1; day--) {
      sales.order(customerId, daysBefore(now, day), [
        { productId: products.milk, quantity: 2, unitPriceCents: 150 },
        { productId: day % 2 === 0 ? products.bread : products.apples, quantity: 1, unitPriceCents: 300 },
      ]);
    }
    // The first purchase, the big one, was at another store of the chain.
    otherStoreId = Number(
      sales.sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'EAST', 'East End')`).run(newUid())
        .lastInsertRowid,
    );
    const big = new SalesFixture(t, otherStoreId, sales.staffId).order(customerId, daysBefore(now, 20), [
      { productId: products.cheese, quantity: 3, unitPriceCents: 500 },
      { productId: products.coffee, quantity: 1, unitPriceCents: 900 },
      { productId: products.tea, quantity: 1, unitPriceCents: 400 },
    ]);
    sales.returnLine(big.orderId, big.lineIds[0]!, 1, 500, 'store_credit');
    sales.credit(customerId, 500);
    sales.order(
      customerId,
      daysBefore(now, 0.5),
      [{ productId: products.coffee, quantity: 9, unitPriceCents: 900 }],
      'cancelled',
    );
    sales.order(null, daysBefore(now, 2), [{ productId: products.tea, quantity: 50, unitPriceCents: 400 }]);
    sales.interaction(customerId, products.tea, 'viewed', daysBefore(now, 3));
    sales.interaction(customerId, products.tea, 'viewed', daysBefore(now, 2));
    sales.interaction(customerId, products.tea, 'rated', daysBefore(now, 1), 4);
    // A purchase imported as an interaction, without an order.
    sales.interaction(customerId, products.apples, 'bought', daysBefore(now, 40));
  });

  afterAll(async () => {
    await t.dispose();
  });

  it('sums the purchases: cancelled orders left out, refunds taken off', async () => {
    const profile = await t.ok('customers.get', { id: customerId }, clerk);
    const now = t.clock.now();
    // 12 × (300 + 300) + (1500 + 900 + 400) − 500 refunded.
    expect(profile.purchases).toEqual({
      lifetimeSpendCents: 12 * 600 + 2800 - 500,
      orderCount: 13,
      averageBasketCents: Math.round((12 * 600 + 2300) / 13),
      firstPurchaseAt: daysBefore(now, 20),
      lastPurchaseAt: daysBefore(now, 1),
      // Each date comes with its store, so it reads on that store's clock; the later cancelled
      // order is no purchase.
      firstPurchaseStoreId: otherStoreId,
      lastPurchaseStoreId: sales.storeId,
    });
    expect(profile.storeCreditCents).toBe(500);
  });

  it('names the favourite products (top 5) and categories (top 3) by units bought, ties by id', async () => {
    const profile = await t.ok('customers.get', { id: customerId }, clerk);
    expect(profile.favouriteProducts.map((product) => [product.name, product.quantity])).toEqual([
      ['Whole Milk', 24],
      ['Sourdough', 6],
      ['Apples', 6],
      ['Cheddar', 3],
      ['Coffee Beans', 1],
    ]);
    expect(profile.favouriteCategories.map((category) => [category.name, category.quantity])).toEqual([
      ['Dairy', 27],
      ['Bakery', 6],
      ['Produce', 6],
    ]);
  });

  it('counts interactions by kind and shows the last 10 orders, cancelled ones included', async () => {
    const profile = await t.ok('customers.get', { id: customerId }, clerk);
    // Bought: each product of each standing order (the fixture, like the demo data, writes orders
    // without interaction rows): 12 × 2 + 3, the cancelled order left out, and the order-less one.
    expect(profile.interactionCounts).toEqual({ viewed: 2, added_to_cart: 0, bought: 12 * 2 + 3 + 1, rated: 1 });
    expect(profile.recentOrders).toHaveLength(10);
    expect(profile.recentOrders[0]).toMatchObject({
      status: 'cancelled',
      totalCents: 8100,
      storeName: 'Corner Grocery',
    });
    const times = profile.recentOrders.map((order) => order.placedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('walks every order once, newest first, by keyset', async () => {
    const seen: CustomerOrderRow[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.ok('customers.listOrders', { customerId, cursor, limit: 4 }, clerk);
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    expect(seen).toHaveLength(14);
    expect(new Set(seen.map((order) => order.id)).size).toBe(14);
    const keys = seen.map((order) => `${order.placedAt}/${String(order.id).padStart(6, '0')}`);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(seen.find((order) => order.refundedCents > 0)).toMatchObject({ refundedCents: 500, totalCents: 2800 });
  });

  it('refuses a cursor it did not make, and orders of an unknown customer', async () => {
    const forged = (position: unknown[]) => Buffer.from(JSON.stringify(position)).toString('base64url');
    for (const cursor of [
      'not-a-cursor',
      forged(['2026-01-01', 2, 'name']),
      forged([5, 2, 'placedAt']),
      'x'.repeat(501),
    ]) {
      expect(await t.call('customers.listOrders', { customerId, cursor }, clerk)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await t.call('customers.listOrders', { customerId: 999_999 }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it.each([[{ id: '1' }], [{ id: -1 }], [{ id: 1.5 }], [{ id: 1, extra: true }], [{}]])(
    'refuses customers.get with %j',
    async (input) => {
      expect(await t.call('customers.get', input, clerk)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    },
  );
});
