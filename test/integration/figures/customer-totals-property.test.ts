import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildCustomerTotals, rebuildSaleLines } from '../../../database/sale-figures';
import { isSale, isStandingSale, returnedCents } from '../../../electron/services/sales/sale-sql';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';
import {
  cancelPickedOpenOrder,
  logInEveryoneAgain,
  nth,
  payPickedPendingOrder,
  sellPaidOrPending,
  type TrackedOrder,
} from '../orders/random-sale-steps';

/** The same questions the kept figures answer, asked of the raw orders by the one definition. */
const RAW_CUSTOMER_TOTALS = `
  SELECT o."customer_id" AS "customerId", SUM(o."total_cents" - ${returnedCents('o')}) AS "spendCents",
         COUNT(*) AS "orderCount", MIN(o."placed_at") AS "firstPurchaseAt", MAX(o."placed_at") AS "lastPurchaseAt"
  FROM "orders" o WHERE o."customer_id" IS NOT NULL AND ${isStandingSale('o')}
  GROUP BY o."customer_id" ORDER BY 1`;
const KEPT_CUSTOMER_TOTALS = `
  SELECT "customer_id" AS "customerId", "spend_cents" AS "spendCents", "order_count" AS "orderCount",
         "first_purchase_at" AS "firstPurchaseAt", "last_purchase_at" AS "lastPurchaseAt"
  FROM "customer_totals" ORDER BY 1`;
const RAW_UNITS_SOLD = `
  SELECT o."store_id" AS "storeId", l."product_id" AS "productId", o."placed_at" AS "placedAt",
         SUM(l."quantity" - IFNULL((SELECT SUM(e."quantity") FROM "order_return_lines" e WHERE e."order_line_id" = l."id"), 0)) AS "units"
  FROM "orders" o JOIN "order_lines" l ON l."order_id" = o."id"
  WHERE ${isSale('o')} GROUP BY 1, 2, 3 HAVING "units" <> 0 ORDER BY 1, 2, 3`;
const KEPT_UNITS_SOLD = `
  SELECT "store_id" AS "storeId", "product_id" AS "productId", "placed_at" AS "placedAt", SUM("quantity") AS "units"
  FROM "sale_lines" GROUP BY 1, 2, 3 HAVING "units" <> 0 ORDER BY 1, 2, 3`;

const pick = fc.nat(1_000);
const action = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sell' as const),
      customer: fc.option(pick, { nil: undefined }),
      product: fc.nat(2),
      quantity: fc.integer({ min: 1, max: 4 }),
      pending: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pay' as const), order: pick }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('return' as const), order: pick, units: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), order: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), source: pick, target: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tick' as const), minutes: fc.integer({ min: 1, max: 5 }) }) },
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

interface Placed extends TrackedOrder {
  lines: { id: number; quantity: number; returned: number }[];
}

describe('kept sale figures equal the raw orders', () => {
  let f: SalesFixture;
  let products: number[];
  let customers: number[];
  const orders: Placed[] = [];

  beforeAll(async () => {
    f = await openSalesFixture();
    products = [
      f.product({ priceCents: 199, stock: 10_000 }),
      f.product({ priceCents: 1_249, taxRateBp: 2_000, stock: 10_000 }),
      f.product({ priceCents: 0, stock: 10_000 }),
    ];
    customers = [f.customer('Ann One'), f.customer('Ben Two'), f.customer('Cy Three')];
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  async function apply(step: Action): Promise<void> {
    switch (step.kind) {
      case 'sell': {
        const customerId = step.customer === undefined ? undefined : nth(customers, step.customer);
        const lines = [{ productId: products[step.product]!, quantity: step.quantity }];
        const receipt = await sellPaidOrPending(f, lines, { customerId, pending: step.pending });
        orders.push({
          id: receipt.id,
          status: receipt.status,
          lines: receipt.lines.map((line) => ({ id: line.id, quantity: line.quantity, returned: 0 })),
        });
        return;
      }
      case 'pay':
        return payPickedPendingOrder(f, orders, step.order);
      case 'return': {
        const order = nth(
          orders.filter((o) => o.status === 'paid' && o.lines.some((line) => line.returned < line.quantity)),
          step.order,
        );
        if (!order) return;
        const line = order.lines.find((candidate) => candidate.returned < candidate.quantity)!;
        const quantity = Math.min(step.units, line.quantity - line.returned);
        await f.t.ok(
          'orders.return',
          { orderId: order.id, lines: [{ orderLineId: line.id, quantity, restock: true }], refundTo: 'original' },
          f.tokens.manager,
        );
        line.returned += quantity;
        return;
      }
      case 'cancel':
        return cancelPickedOpenOrder(f, orders, step.order);
      case 'merge': {
        const source = nth(customers, step.source)!;
        const target = nth(customers, step.target)!;
        if (source === target) return;
        await f.t.ok('customers.merge', { sourceId: source, targetId: target }, f.tokens.manager);
        customers = [...customers.filter((id) => id !== source), f.customer('New Comer')];
        return;
      }
      case 'tick':
        f.t.clock.advanceMinutes(step.minutes);
    }
  }

  it('after random sales, payments, returns, cancellations and merges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 4, maxLength: 14 }), async (steps) => {
        await logInEveryoneAgain(f);
        for (const step of steps) await apply(step);
        const kept = f.sql.prepare(KEPT_CUSTOMER_TOTALS).all();
        expect(kept).toEqual(f.sql.prepare(RAW_CUSTOMER_TOTALS).all());
        expect(f.sql.prepare(KEPT_UNITS_SOLD).all()).toEqual(f.sql.prepare(RAW_UNITS_SOLD).all());

        const top = await f.t.ok('customers.top', { by: 'spend', limit: 100 }, f.tokens.manager);
        const active = new Set(customers);
        const ranked = (kept as { customerId: number; spendCents: number; orderCount: number }[])
          .filter((row) => active.has(row.customerId))
          .sort((a, b) => b.spendCents - a.spendCents || b.customerId - a.customerId)
          .map((row) => [row.customerId, row.spendCents, row.orderCount]);
        expect(top.items.map((row) => [row.id, row.spendCents, row.orderCount])).toEqual(ranked);
      }),
      { numRuns: 12, endOnFailure: true },
    );
    expect(orders.some((order) => order.status === 'cancelled')).toBe(true);
    expect(f.sql.prepare('SELECT COUNT(*) FROM "order_returns"').pluck().get()).toBeGreaterThan(0);
  }, 300_000);

  it('rebuilds to exactly what the triggers kept', () => {
    const kept = f.sql.prepare(KEPT_CUSTOMER_TOTALS).all();
    const units = f.sql.prepare('SELECT * FROM "sale_lines" ORDER BY 1').all();
    expect(kept.length).toBeGreaterThan(0);
    f.sql.transaction(() => {
      rebuildCustomerTotals(f.sql);
      rebuildSaleLines(f.sql);
    })();
    expect(f.sql.prepare(KEPT_CUSTOMER_TOTALS).all()).toEqual(kept);
    expect(f.sql.prepare('SELECT * FROM "sale_lines" ORDER BY 1').all()).toEqual(units);
  });
});
