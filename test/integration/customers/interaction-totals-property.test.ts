import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerInteractionTotalsBackfill } from '../../../database/migrations/0027-customer-interaction-totals';
import { importFromFiles } from '../../../electron/import/import-files';
import { isStandingSale } from '../../../electron/services/sales/sale-sql';
import type { ImportProfile } from '../../../shared/import/profile';
import { ADMIN } from '../../helpers/backroom';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';
import {
  INTERACTIONS_HEADER,
  INTERACTIONS_PROFILE,
  SALES_HEADER,
  SALES_PROFILE,
  salesRow,
} from '../import/import-profiles';
import {
  cancelPickedOpenOrder,
  logInEveryoneAgain,
  nth,
  payPickedPendingOrder,
  sellPaidOrPending,
  type TrackedOrder,
} from '../orders/random-sale-steps';

const KEPT = `SELECT "customer_id" AS "customerId", "interaction_count" AS "count" FROM "customer_interaction_totals" ORDER BY 1`;

/**
 * Each customer's count asked of the raw rows, with the sale definition of sale-sql.ts rather than
 * the migration's frozen copy: interactions that are not a purchase recorded with its order, and
 * one purchase per product of each standing sale.
 */
const RAW = `
  SELECT c."id" AS "customerId",
    (SELECT COUNT(*) FROM "customer_interactions" i WHERE i."customer_id" = c."id" AND (i."kind" <> 'bought' OR i."order_id" IS NULL))
    + (SELECT COUNT(*) FROM (SELECT DISTINCT l."order_id", l."product_id" FROM "orders" o JOIN "order_lines" l ON l."order_id" = o."id"
                             WHERE o."customer_id" = c."id" AND ${isStandingSale('o')})) AS "count"
  FROM "customers" c ORDER BY 1`;

const pick = fc.nat(1_000);
const basket = fc.array(fc.record({ product: fc.nat(2), quantity: fc.integer({ min: 1, max: 3 }) }), {
  minLength: 1,
  maxLength: 4,
});
const action = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sell' as const),
      customer: fc.option(pick, { nil: undefined }),
      lines: basket,
      pending: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pay' as const), order: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), order: pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      customer: pick,
      product: fc.nat(2),
      what: fc.constantFrom('viewed' as const, 'added_to_cart' as const, 'rated' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('importSales' as const),
      customer: pick,
      lines: basket,
      status: fc.constantFrom('paid', 'delivered', 'pending'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('importInteractions' as const),
      customer: pick,
      product: fc.nat(2),
      what: fc.constantFrom('bought', 'viewed', 'rated'),
      day: fc.integer({ min: 1, max: 20 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), source: pick, target: pick }) },
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

/** Every kind of step at least once, with a product twice in one order, run before the random ones. */
const EVERY_KIND: Action[] = [
  {
    kind: 'sell',
    customer: 0,
    lines: [
      { product: 0, quantity: 1 },
      { product: 1, quantity: 1 },
      { product: 0, quantity: 2 },
    ],
    pending: true,
  },
  {
    kind: 'sell',
    customer: 1,
    lines: [
      { product: 1, quantity: 1 },
      { product: 1, quantity: 3 },
    ],
    pending: false,
  },
  { kind: 'record', customer: 0, product: 2, what: 'viewed' },
  { kind: 'record', customer: 1, product: 0, what: 'rated' },
  {
    kind: 'importSales',
    customer: 2,
    lines: [
      { product: 2, quantity: 1 },
      { product: 2, quantity: 1 },
    ],
    status: 'delivered',
  },
  { kind: 'importInteractions', customer: 2, product: 1, what: 'bought', day: 3 },
  { kind: 'pay', order: 0 },
  { kind: 'cancel', order: 1 },
  { kind: 'merge', source: 0, target: 2 },
];

describe('Top customers by interactions count what the profile counts', () => {
  let f: SalesFixture;
  let folder: string;
  let adminId: number;
  let products: number[];
  let customers: number[];
  const everyone: number[] = [];
  const orders: TrackedOrder[] = [];
  let files = 0;

  /** A customer the import finds by reference, as one imported with customers would be. */
  const customer = (name: string) => {
    const id = f.customer(name);
    f.sql.prepare('UPDATE "customers" SET "external_ref" = ? WHERE "id" = ?').run(`C-${id}`, id);
    everyone.push(id);
    return id;
  };

  const importCsv = async (profile: ImportProfile, lines: string[]) => {
    const path = join(folder, `file-${++files}.csv`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const summary = await importFromFiles(
      { source: path, lookups: {} },
      {
        sql: f.sql,
        profile,
        storeId: f.storeId,
        staffId: adminId,
        now: f.t.clock.now().toISOString(),
        mode: 'insert',
        naturalKey: null,
        atomic: false,
        dryRun: false,
        allowNew: { categories: false, brands: false, suppliers: false },
      },
    );
    expect(summary.rejected).toBe(0);
  };

  beforeAll(async () => {
    f = await openSalesFixture();
    folder = mkdtempSync(join(tmpdir(), 'backroom-interaction-totals-'));
    adminId = f.sql
      .prepare('SELECT "id" FROM "staff_members" WHERE "username" = ?')
      .pluck()
      .get(ADMIN.username) as number;
    products = [
      f.product({ priceCents: 199, stock: 10_000 }),
      f.product({ priceCents: 1_249, taxRateBp: 2_000, stock: 10_000 }),
      f.product({ priceCents: 0, stock: 10_000 }),
    ];
    customers = [customer('Ann One'), customer('Ben Two'), customer('Cy Three')];
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  const sku = (product: number) =>
    f.sql.prepare('SELECT "sku" FROM "products" WHERE "id" = ?').pluck().get(product) as string;

  async function apply(step: Action): Promise<void> {
    switch (step.kind) {
      case 'sell': {
        const customerId = step.customer === undefined ? undefined : nth(customers, step.customer);
        const lines = step.lines.map((line) => ({ productId: products[line.product]!, quantity: line.quantity }));
        const receipt = await sellPaidOrPending(f, lines, { customerId, pending: step.pending });
        orders.push({ id: receipt.id, status: receipt.status });
        return;
      }
      case 'pay':
        return payPickedPendingOrder(f, orders, step.order);
      case 'cancel':
        return cancelPickedOpenOrder(f, orders, step.order);
      case 'record': {
        // A minute apart, so no look or rating is the repeat of another.
        f.t.clock.advanceMinutes(1);
        const input = { customerId: nth(customers, step.customer)!, productId: products[step.product]! };
        await f.t.ok(
          'customers.recordInteraction',
          step.what === 'rated' ? { ...input, kind: 'rated', rating: 4 } : { ...input, kind: step.what },
          f.tokens.clerk,
        );
        return;
      }
      case 'importSales': {
        const ref = `IMP-${++files}`;
        const buyer = `C-${nth(customers, step.customer)!}`;
        await importCsv(SALES_PROFILE, [
          SALES_HEADER,
          ...step.lines.map((line) =>
            salesRow({
              order: ref,
              date: '2026-11-10',
              sku: sku(products[line.product]!),
              qty: line.quantity,
              customer: buyer,
              status: step.status,
            }),
          ),
        ]);
        return;
      }
      case 'importInteractions': {
        const rating = step.what === 'rated' ? '5' : '';
        await importCsv(INTERACTIONS_PROFILE, [
          INTERACTIONS_HEADER,
          `C-${nth(customers, step.customer)!},${sku(products[step.product]!)},${step.what},${rating},,2026-10-${String(step.day).padStart(2, '0')}T12:00:00Z`,
        ]);
        return;
      }
      case 'merge': {
        const source = nth(customers, step.source)!;
        const target = nth(customers, step.target)!;
        if (source === target) return;
        await f.t.ok('customers.merge', { sourceId: source, targetId: target }, f.tokens.manager);
        customers = [...customers.filter((id) => id !== source), customer('New Comer')];
      }
    }
  }

  it('after random sales, payments, cancellations, interactions, imports and merges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 4, maxLength: 14 }), async (steps) => {
        await logInEveryoneAgain(f);
        for (const step of steps) await apply(step);

        const kept = f.sql.prepare(KEPT).all() as { customerId: number; count: number }[];
        const raw = f.sql.prepare(RAW).all() as { customerId: number; count: number }[];
        expect(kept).toEqual(raw.filter((row) => row.count > 0));
        f.sql.transaction(() => {
          f.sql.prepare('DELETE FROM "customer_interaction_totals"').run();
          f.sql.prepare(customerInteractionTotalsBackfill).run();
        })();
        expect(f.sql.prepare(KEPT).all()).toEqual(kept);

        const counted = new Map(kept.map((row) => [row.customerId, row.count]));
        const top = await f.t.ok('customers.top', { by: 'interactions', limit: 100 }, f.tokens.manager);
        for (const id of everyone) {
          const profile = await f.t.ok('customers.get', { id }, f.tokens.clerk);
          const shown = Object.values(profile.interactionCounts).reduce((sum, count) => sum + count, 0);
          expect(shown, `customer ${id}`).toBe(counted.get(id) ?? 0);
        }
        const active = new Set(customers);
        const ranked = kept
          .filter((row) => active.has(row.customerId))
          .sort((a, b) => b.count - a.count || b.customerId - a.customerId)
          .map((row) => [row.customerId, row.count]);
        expect(top.items.map((row) => [row.id, row.interactionCount])).toEqual(ranked);
      }),
      { numRuns: 12, endOnFailure: true, examples: [[EVERY_KIND]] },
    );
    const count = (query: string) => f.sql.prepare(query).pluck().get() as number;
    expect(orders.some((order) => order.status === 'cancelled')).toBe(true);
    expect(
      count(`SELECT COUNT(*) FROM "order_status_changes" WHERE "from_status" = 'pending' AND "to_status" = 'paid'`),
    ).toBeGreaterThan(0);
    expect(count('SELECT COUNT(*) FROM "orders" WHERE "external_ref" IS NOT NULL')).toBeGreaterThan(0);
    expect(
      count(`SELECT COUNT(*) FROM "customer_interactions" WHERE "kind" = 'bought' AND "order_id" IS NULL`),
    ).toBeGreaterThan(0);
    expect(everyone.length).toBeGreaterThan(3);
  }, 300_000);
});
