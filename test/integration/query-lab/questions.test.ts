import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswer, QuestionId, QuestionParams } from '../../../shared/contract/query-lab';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

/** The answer's rows as objects keyed by column, for readable expectations. */
const records = (answer: QuestionAnswer) =>
  answer.rows.map((row) => Object.fromEntries(answer.columns.map((column, index) => [column.key, row[index]])));

describe('ready-made questions answer a small store by hand', () => {
  let f: SalesFixture;
  let ask: (question: QuestionId, params?: QuestionParams, token?: string) => Promise<QuestionAnswer>;
  let ann: number;
  let ben: number;

  beforeAll(async () => {
    f = await openSalesFixture();
    ask = (question, params = {}, token = f.tokens.manager) => f.t.ok('queryLab.ask', { question, params }, token);
    const brand = Number(
      f.sql.prepare(`INSERT INTO brands (uid, name) VALUES ('00000000-0000-4000-8000-000000000001', 'Acme')`).run()
        .lastInsertRowid,
    );
    const category = Number(
      f.sql
        .prepare(`INSERT INTO categories (uid, name) VALUES ('00000000-0000-4000-8000-000000000002', 'Pantry')`)
        .run().lastInsertRowid,
    );
    const tea = f.product({ priceCents: 300 }); // cost 50
    const jam = f.product({ priceCents: 700 });
    f.sql.prepare('UPDATE products SET brand_id = ?, category_id = ? WHERE id = ?').run(brand, category, tea);
    f.sql.prepare('UPDATE products SET reorder_point = 150 WHERE id = ?').run(jam);
    ann = f.customer('Ann Able');
    ben = f.customer('Ben Baker');
    f.customer('Cy Cole');
    // Ann: two sales, 2 tea + 1 jam ($13.00), then 1 tea with $0.30 off ($2.70). Ben: 1 tea ($3.00).
    await f.sell(
      f.tokens.clerk,
      [
        { productId: tea, quantity: 2 },
        { productId: jam, quantity: 1 },
      ],
      { customerId: ann },
    );
    await f.sell(f.tokens.clerk, [{ productId: tea, quantity: 1, discount: { type: 'amount', value: 30 } }], {
      customerId: ann,
    });
    await f.sell(f.tokens.clerk, [{ productId: tea, quantity: 1 }], { customerId: ben });
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  it('ranks customers by spend and by interactions', async () => {
    const bySpend = await ask('topCustomersBySpend');
    expect(records(bySpend)).toEqual([
      { customerId: ann, customer: 'Ann Able', orders: 2, spendCents: 1570 },
      { customerId: ben, customer: 'Ben Baker', orders: 1, spendCents: 300 },
    ]);
    expect(bySpend.fromDay).toBe('2026-10-29');
    expect(bySpend.toDay).toBe('2026-11-25');
    const byInteractions = records(await ask('topCustomersByInteractions'));
    // Each line sold is a 'bought' interaction: Ann three lines, Ben one.
    expect(byInteractions.map(({ customer, interactions, bought }) => [customer, interactions, bought])).toEqual([
      ['Ann Able', 3, 3],
      ['Ben Baker', 1, 1],
    ]);
  });

  it('finds popular products, top brands, and customers who never bought', async () => {
    expect(
      records(await ask('popularProducts')).map(({ sku, units, revenueCents }) => [sku, units, revenueCents]),
    ).toEqual([
      ['SKU-1', 4, 1170],
      ['SKU-2', 1, 700],
    ]);
    expect(records(await ask('topBrands'))).toEqual([
      { brand: 'Acme', units: 4, revenueCents: 1170 },
      { brand: '(no brand)', units: 1, revenueCents: 700 },
    ]);
    expect(records(await ask('neverPurchased')).map(({ customer }) => customer)).toEqual([]);
    expect(records(await ask('neverPurchased', {}, f.tokens.admin)).map(({ customer }) => customer)).toEqual([
      'Cy Cole',
    ]);
  });

  it('lists low stock against the reorder point', async () => {
    expect(records(await ask('lowStock'))).toEqual([
      { store: 'Corner Grocery', sku: 'SKU-2', name: 'Product 2', onHand: 99, reorderPoint: 150, shortfall: 51 },
    ]);
  });

  it('bands customers by spend and by orders', async () => {
    const spend = records(await ask('spendBands'));
    expect(spend).toHaveLength(6);
    expect(spend[0]).toEqual({ band: 'Under $25', customers: 2, orders: 3, spendCents: 1870 });
    expect(spend.slice(1).every((band) => band.customers === 0)).toBe(true);
    const orders = records(await ask('ordersPerCustomer'));
    expect(orders.slice(0, 2)).toEqual([
      { band: '1 order', customers: 1, orders: 1, spendCents: 300 },
      { band: '2 orders', customers: 1, orders: 2, spendCents: 1570 },
    ]);
  });

  it('totals sales by store, the promotion effect and the margin by department', async () => {
    expect(records(await ask('salesByStore'))).toEqual([
      { store: 'Corner Grocery', sales: 3, salesCents: 1870, refundsCents: 0, netCents: 1870 },
    ]);
    expect(records(await ask('promotionEffect'))).toEqual([
      {
        name: 'Product 1',
        unitsDiscounted: 1,
        revenueDiscountedCents: 270,
        unitsFullPrice: 3,
        revenueFullPriceCents: 900,
        discountedShare: 25,
      },
      {
        name: 'Product 2',
        unitsDiscounted: 0,
        revenueDiscountedCents: 0,
        unitsFullPrice: 1,
        revenueFullPriceCents: 700,
        discountedShare: 0,
      },
    ]);
    expect(records(await ask('marginByCategory'))).toEqual([
      { category: 'Pantry', units: 4, revenueCents: 1170, costCents: 200, marginCents: 970, marginShare: 82.9 },
      { category: '(no category)', units: 1, revenueCents: 700, costCents: 50, marginCents: 650, marginShare: 92.9 },
    ]);
    // A new cost applies to sales from now on; the margins already made stay as they were.
    f.sql.prepare('UPDATE products SET cost_cents = cost_cents * 3').run();
    expect(records(await ask('marginByCategory')).map((row) => row.costCents)).toEqual([200, 50]);
  });

  it('places interactions and purchases on the store’s own clock', async () => {
    // The sales were placed at 09:00 UTC on Wednesday 2026-11-25: 04:00 in New York.
    f.sql.prepare(`UPDATE stores SET time_zone = 'America/New_York'`).run();
    const grid = records(await ask('interactionTimes'));
    expect(grid).toHaveLength(7 * 24);
    const busy = grid.filter((slot) => slot.purchases !== 0 || slot.interactions !== 0);
    expect(busy).toEqual([{ slot: 'Wed 04:00', day: 'Wed', hour: 4, interactions: 4, purchases: 3 }]);
    f.sql.prepare(`UPDATE stores SET time_zone = 'UTC'`).run();
  });

  it('leaves out days outside the range', async () => {
    expect((await ask('topCustomersBySpend', { fromDay: '2026-11-26', toDay: '2026-11-30' })).rows).toEqual([]);
    expect((await ask('salesByStore', { fromDay: '2026-11-25', toDay: '2026-11-25' })).rows[0]).toContain(3);
  });

  it('counts interactions as a customer profile does: a cancelled sale is no purchase, a view counts once', async () => {
    const jam = Number((f.sql.prepare(`SELECT id FROM products WHERE sku = 'SKU-2'`).get() as { id: number }).id);
    const cancelled = await f.sell(f.tokens.clerk, [{ productId: jam, quantity: 1 }], { customerId: ben });
    await f.t.ok('orders.transition', { id: cancelled.id, to: 'cancelled' }, f.tokens.manager);
    await f.t.ok('customers.recordInteraction', { customerId: ben, productId: jam, kind: 'viewed' }, f.tokens.clerk);

    const byInteractions = records(await ask('topCustomersByInteractions'));
    expect(
      byInteractions.map(({ customer, interactions, bought, viewed }) => [customer, interactions, bought, viewed]),
    ).toEqual([
      ['Ann Able', 3, 3, 0],
      ['Ben Baker', 2, 1, 1],
    ]);
    for (const { customerId, interactions } of byInteractions) {
      const profile = await f.t.ok('customers.get', { id: Number(customerId) }, f.tokens.manager);
      expect(Object.values(profile.interactionCounts).reduce((sum, count) => sum + count, 0)).toBe(interactions);
    }
    const grid = records(await ask('interactionTimes'));
    expect(grid.reduce((sum, slot) => sum + Number(slot.interactions), 0)).toBe(5);
    expect(grid.reduce((sum, slot) => sum + Number(slot.purchases), 0)).toBe(3);
  });

  it('keeps a manager to their own store', async () => {
    const other = await f.t.call(
      'queryLab.ask',
      { question: 'salesByStore', params: { storeId: 999 } },
      f.tokens.manager,
    );
    expect(other.ok ? null : other.error.code).toBe('FORBIDDEN');
    const clerk = await f.t.call('queryLab.ask', { question: 'salesByStore', params: {} }, f.tokens.clerk);
    expect(clerk.ok ? null : clerk.error.code).toBe('FORBIDDEN');
    const backwards = await f.t.call(
      'queryLab.ask',
      { question: 'salesByStore', params: { fromDay: '2026-11-30', toDay: '2026-11-01' } },
      f.tokens.manager,
    );
    expect(backwards.ok ? null : backwards.error.code).toBe('VALIDATION');
  });
});
