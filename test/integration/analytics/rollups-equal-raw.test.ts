import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { rebuildSalesRollups } from '../../../database/sales-rollups';
import { GRAINS, type TradeFilter } from '../../../electron/services/analytics/filters';
import * as raw from '../../../electron/services/analytics/raw-answers';
import * as rollup from '../../../electron/services/analytics/rollup-answers';
import { topProductsOfEveryStore, topProductsOfStores } from '../../../electron/services/analytics/rollup-ranks';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';
import { importNorthwind } from '../../helpers/northwind';
import { SeededRandom } from '../../../database/seed/random';
import { writeHistory, type WorldStore } from './trade-world';

const TABLES = [
  'sales_store_days',
  'sales_store_hours',
  'sales_store_hour_months',
  'sales_store_payments',
  'sales_product_days',
  'sales_product_months',
  'sales_category_periods',
  'sales_brand_periods',
  'sales_category_brands',
  'sales_store_category_brands',
  'sales_product_ranks',
  'sales_store_customer_ranks',
];
const snapshot = (sql: Database.Database) =>
  Object.fromEntries(TABLES.map((table) => [table, sql.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2, 3`).all()]));

/** Every question, asked of the rollups and of the raw orders. */
function answersOf(
  source: typeof rollup | typeof raw,
  sql: Database.Database,
  filter: TradeFilter,
  grain: (typeof GRAINS)[number],
) {
  const stores = { fromDay: filter.fromDay, toDay: filter.toDay, storeIds: filter.storeIds };
  return {
    totals: source.tradeTotals(sql, filter),
    series: source.tradeSeries(sql, filter, grain),
    byStore: source.tradeByStore(sql, filter),
    byCategory: source.tradeByCategory(sql, filter),
    byBrand: source.tradeByBrand(sql, filter),
    topByRevenue: source.topProducts(sql, filter, { by: 'revenue', limit: 5 }),
    topByUnits: source.topProducts(sql, filter, { by: 'units', limit: 5 }),
    topBrands: source.topBrands(sql, filter, { by: 'revenue', limit: 3 }),
    byHour: source.salesByHour(sql, stores),
    byWeekday: source.salesByWeekday(sql, stores),
    payments: source.paymentMix(sql, stores),
    topCustomers: source.topCustomers(sql, stores, 5),
    everyCustomer: source.topCustomers(sql, stores, 1_000),
  };
}

describe('rollup answers equal the raw orders', () => {
  let t: TestBackroom;
  let sql: Database.Database;
  let adminToken: string;
  let stores: WorldStore[];
  let categories: number[];
  let brands: number[];
  let products: number[];
  let customers: number[];
  let staffId: number;

  beforeAll(async () => {
    t = await openTestBackroom();
    const admin = await setUpStore(t, 'America/New_York');
    adminToken = admin.token;
    staffId = admin.staff.id;
    sql = sqliteOf(t.backroom.dataSource);
    const random = new SeededRandom('20261205');

    const extra = ['LH', 'IN', 'UT'].map((code) =>
      Number(
        sql.prepare(`INSERT INTO "stores" ("uid", "code", "name") VALUES (?, ?, ?)`).run(newUid(), code, code)
          .lastInsertRowid,
      ),
    );
    await t.ok('stores.setTimeZone', { storeId: extra[0]!, timeZone: 'Australia/Lord_Howe' }, adminToken);
    await t.ok('stores.setTimeZone', { storeId: extra[1]!, timeZone: 'Asia/Kolkata' }, adminToken);
    stores = [
      { id: admin.staff.storeId, zone: 'America/New_York' },
      { id: extra[0]!, zone: 'Australia/Lord_Howe' },
      { id: extra[1]!, zone: 'Asia/Kolkata' },
      { id: extra[2]!, zone: 'UTC' },
    ];

    const category = (name: string, parent: number | null) =>
      Number(
        sql
          .prepare('INSERT INTO "categories" ("uid", "name", "parent_id") VALUES (?, ?, ?)')
          .run(newUid(), name, parent).lastInsertRowid,
      );
    const food = category('Food', null);
    const dairy = category('Dairy', food);
    const cheese = category('Cheese', dairy);
    const tools = category('Tools', null);
    categories = [food, dairy, cheese, tools];
    brands = ['Acme', 'Brio', 'Cora'].map((name) =>
      Number(sql.prepare('INSERT INTO "brands" ("uid", "name") VALUES (?, ?)').run(newUid(), name).lastInsertRowid),
    );
    products = Array.from({ length: 14 }, (_, index) =>
      Number(
        sql
          .prepare(
            `INSERT INTO "products" ("uid", "sku", "name", "price_cents", "cost_cents", "tax_rate_bp", "category_id", "brand_id")
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            newUid(),
            `R-${index}`,
            `Random ${index}`,
            random.int(0, 5_000),
            random.int(0, 2_000),
            random.pick([0, 500, 825, 2000]),
            random.chance(0.15) ? null : random.pick(categories),
            random.chance(0.2) ? null : random.pick(brands),
          ).lastInsertRowid,
      ),
    );
    customers = Array.from({ length: 25 }, (_, index) =>
      Number(
        sql
          .prepare('INSERT INTO "customers" ("uid", "first_name", "last_name") VALUES (?, ?, ?)')
          .run(newUid(), `Client`, `No ${index}`).lastInsertRowid,
      ),
    );
    sql.transaction(() =>
      writeHistory(sql, random, { stores, products, customers, staffId: admin.staff.id, orders: 700 }),
    )();

    // The till's own path: stock, a sale with discounts in cents and percent, a pending phone order
    // paid later, a return and the cancellation of a paid order, while the product's cost changes.
    for (const productId of products.slice(0, 3)) {
      sql
        .prepare(
          `INSERT INTO "stock_movements" ("uid", "store_id", "product_id", "kind", "quantity", "unit_cost_cents", "occurred_at")
           VALUES (?, ?, ?, 'receipt', 100, 10, '2026-11-01T00:00:00.000Z')`,
        )
        .run(newUid(), admin.staff.storeId, productId);
    }
    const place = async (
      lines: { productId: number; quantity: number; discount?: { type: 'amount' | 'percent'; value: number } }[],
      pending = false,
    ) => {
      const quote = await t.ok('orders.quote', { lines }, adminToken);
      const payments =
        pending || quote.totalCents === 0 ? [] : [{ method: 'cash' as const, amountCents: quote.totalCents }];
      return t.ok(
        'orders.place',
        {
          idempotencyKey: crypto.randomUUID(),
          channel: pending ? 'phone' : 'till',
          lines,
          expectedTotalCents: quote.totalCents,
          payments,
          savePending: pending,
        },
        adminToken,
      );
    };
    const first = await place([
      { productId: products[0]!, quantity: 3, discount: { type: 'percent', value: 1250 } },
      { productId: products[1]!, quantity: 2, discount: { type: 'amount', value: 7 } },
    ]);
    sql.prepare('UPDATE "products" SET "cost_cents" = "cost_cents" + 111 WHERE "id" = ?').run(products[0]);
    t.clock.advanceMinutes(15);
    const phone = await place([{ productId: products[2]!, quantity: 4 }], true);
    const second = await place([{ productId: products[0]!, quantity: 1 }]);
    t.clock.advanceMinutes(15);
    await t.ok(
      'orders.transition',
      {
        id: phone.id,
        to: 'paid',
        payments: phone.totalCents === 0 ? [] : [{ method: 'card', amountCents: phone.totalCents }],
      },
      adminToken,
    );
    await t.ok(
      'orders.return',
      {
        orderId: first.id,
        lines: [{ orderLineId: first.lines[0]!.id, quantity: 2, restock: true }],
        refundTo: 'original',
      },
      adminToken,
    );
    await t.ok('orders.transition', { id: second.id, to: 'cancelled' }, adminToken);

    await importNorthwind(sql, { storeId: admin.staff.storeId, staffId: admin.staff.id }, t.clock.now());
  }, 300_000);
  afterAll(async () => {
    await t.dispose();
  });

  const day = (from: number, to: number) =>
    fc.integer({ min: from, max: to }).map((ms) => new Date(ms).toISOString().slice(0, 10));
  const filters = fc.record({
    fromDay: fc.oneof(
      { weight: 4, arbitrary: day(Date.UTC(2025, 10, 20), Date.UTC(2027, 1, 10)) },
      { weight: 1, arbitrary: day(Date.UTC(1996, 5, 1), Date.UTC(1998, 4, 30)) },
    ),
    days: fc.oneof(
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }) },
      { weight: 3, arbitrary: fc.integer({ min: 20, max: 400 }) },
    ),
    stores: fc.option(fc.subarray([0, 1, 2, 3], { minLength: 1 }), { nil: undefined }),
    category: fc.option(fc.nat(3), { nil: undefined, freq: 2 }),
    brand: fc.option(fc.nat(2), { nil: undefined, freq: 2 }),
    grain: fc.constantFrom(...GRAINS),
  });

  it('for every question, under random filters', () => {
    let withTrade = 0;
    fc.assert(
      fc.property(filters, (picked) => {
        const filter: TradeFilter = {
          fromDay: picked.fromDay,
          toDay: new Date(Date.parse(picked.fromDay) + picked.days * 86_400_000).toISOString().slice(0, 10),
          storeIds: picked.stores?.map((index) => stores[index]!.id),
          categoryId: picked.category === undefined ? undefined : categories[picked.category],
          brandId: picked.brand === undefined ? undefined : brands[picked.brand],
        };
        const kept = answersOf(rollup, sql, filter, picked.grain);
        expect(kept).toEqual(answersOf(raw, sql, filter, picked.grain));
        // A filter to few products sums them one by one; read best first instead, the answer is the same.
        const everyStore = { ...filter, storeIds: undefined };
        for (const by of ['revenue', 'units'] as const) {
          expect(topProductsOfEveryStore(sql, everyStore, { by, limit: 4 }, 0)).toEqual(
            raw.topProducts(sql, everyStore, { by, limit: 4 }),
          );
        }
        // Some stores, a row a page: each store's months and edge days are read best first and stop early.
        const picks = picked.stores !== undefined && picked.stores.length < stores.length ? picked.stores : [0, 2];
        const someStores = {
          fromDay: filter.fromDay,
          toDay: filter.toDay,
          storeIds: picks.map((index) => stores[index]!.id),
        };
        for (const by of ['revenue', 'units'] as const) {
          // A few store-days are summed whole (null), by the dashboard's own answer.
          expect(
            topProductsOfStores(sql, someStores, { by, limit: 4 }, 1) ??
              rollup.topProducts(sql, someStores, { by, limit: 4 }),
          ).toEqual(raw.topProducts(sql, someStores, { by, limit: 4 }));
        }
        // Customers of some stores, and of all stores but one.
        const mostStores = { ...someStores, storeIds: stores.slice(1).map((store) => store.id) };
        for (const asked of [someStores, mostStores]) {
          const expected = raw.topCustomers(sql, asked, 4);
          expect(rollup.topCustomers(sql, asked, 4)).toEqual(expected);
        }
        if (kept.series.length > 0 && kept.topByRevenue.length > 0) withTrade += 1;
      }),
      { seed: 4242, numRuns: 60, endOnFailure: true },
    );
    expect(withTrade).toBeGreaterThan(20);
  }, 600_000);

  it('over the whole history, where every kind of write shows', () => {
    const filter = { fromDay: '2025-11-01', toDay: '2027-02-28' };
    const kept = answersOf(rollup, sql, filter, 'month');
    expect(kept).toEqual(answersOf(raw, sql, filter, 'month'));
    const [total] = rollup.tradeSeries(sql, filter, 'year').filter((row) => row.bucket === '2026-01-01');
    expect(total!.returnsCents).toBeGreaterThan(0);
    expect(total!.discountCents).toBeGreaterThan(0);
    expect(total!.returnCount).toBeGreaterThan(0);
    expect(kept.byStore).toHaveLength(4);
    expect(kept.payments.find((row) => row.method === 'card')!.refundedCents).toBeGreaterThan(0);
  }, 120_000);

  it('rebuilds to exactly the rows the triggers kept', () => {
    const kept = snapshot(sql);
    expect(kept.sales_product_days!.length).toBeGreaterThan(100);
    sql.transaction(() => rebuildSalesRollups(sql))();
    expect(snapshot(sql)).toEqual(kept);
  });

  it('stays right when a store moves to another zone, rebuilt in the same call', async () => {
    const filter = { fromDay: '2025-11-01', toDay: '2027-02-28' };
    const before = sql
      .prepare('SELECT * FROM "sales_store_days" WHERE "store_id" = ? ORDER BY "day"')
      .all(stores[1]!.id);
    await t.ok('stores.setTimeZone', { storeId: stores[1]!.id, timeZone: 'America/St_Johns' }, adminToken);
    expect(
      sql.prepare('SELECT * FROM "sales_store_days" WHERE "store_id" = ? ORDER BY "day"').all(stores[1]!.id),
    ).not.toEqual(before);
    for (const grain of ['day', 'month'] as const) {
      expect(answersOf(rollup, sql, filter, grain)).toEqual(answersOf(raw, sql, filter, grain));
    }
    const kept = snapshot(sql);
    sql.transaction(() => rebuildSalesRollups(sql))();
    expect(snapshot(sql)).toEqual(kept);
  }, 120_000);

  it('moves an order’s figures with it when a correction moves the order', () => {
    const order = sql
      .prepare(
        `SELECT "id" FROM "orders" WHERE "store_id" = ? AND "status" = 'cancelled' AND "external_ref" IS NULL AND EXISTS (SELECT 1 FROM "order_returns" r WHERE r."order_id" = "orders"."id") LIMIT 1`,
      )
      .pluck()
      .get(stores[2]!.id) as number;
    sql
      .prepare('UPDATE "orders" SET "store_id" = ?, "order_number" = 999999, "placed_at" = ? WHERE "id" = ?')
      .run(stores[3]!.id, '2026-06-30T23:59:59.999Z', order);
    expect(
      sql
        .prepare('SELECT COUNT(*) FROM "sales_store_days" WHERE "store_id" = ? AND "day" = ?')
        .pluck()
        .get(stores[3]!.id, '2026-06-30'),
    ).toBe(1);
    const kept = snapshot(sql);
    sql.transaction(() => rebuildSalesRollups(sql))();
    expect(snapshot(sql)).toEqual(kept);
  });

  it('moves a product’s history when it changes category or brand, and a customer’s when orders change customer', () => {
    const filter = { fromDay: '2025-11-01', toDay: '2027-02-28' };
    const sold = sql
      .prepare('SELECT "product_id" FROM "sales_product_ranks" GROUP BY 1 ORDER BY SUM("units") DESC LIMIT 3')
      .pluck()
      .all() as number[];
    expect(sold).toHaveLength(3);
    const move = sql.prepare('UPDATE "products" SET "category_id" = ?, "brand_id" = ? WHERE "id" = ?');
    move.run(categories[2], null, sold[0]);
    move.run(null, brands[1], sold[1]);
    move.run(categories[3], brands[0], sold[2]);
    const merged = sql
      .prepare('UPDATE "orders" SET "customer_id" = ? WHERE "customer_id" = ?')
      .run(customers[0], customers[1]).changes;
    expect(merged).toBeGreaterThan(0);
    sql.prepare('UPDATE "orders" SET "customer_id" = NULL WHERE "customer_id" = ?').run(customers[2]);
    for (const grain of ['day', 'month'] as const) {
      for (const narrowed of [{}, { categoryId: categories[0] }, { brandId: brands[1] }]) {
        const asked = { ...filter, ...narrowed };
        expect(answersOf(rollup, sql, asked, grain)).toEqual(answersOf(raw, sql, asked, grain));
      }
    }
    const kept = snapshot(sql);
    sql.transaction(() => rebuildSalesRollups(sql))();
    expect(snapshot(sql)).toEqual(kept);
  }, 120_000);

  it('answers top customers on another connection as its writes land, day by day', () => {
    const reader = new BetterSqlite3(t.path, { readonly: true });
    try {
      const filter = { fromDay: '2025-11-01', toDay: '2027-02-28', storeIds: [stores[0]!.id, stores[2]!.id] };
      const agree = () =>
        expect(rollup.topCustomers(reader, filter, 1_000)).toEqual(raw.topCustomers(sql, filter, 1_000));
      agree();
      const busiest = sql
        .prepare(
          `SELECT "customer_id" FROM "orders" WHERE "store_id" = ? AND "customer_id" IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`,
        )
        .pluck()
        .get(stores[0]!.id) as number;
      sql.transaction(() =>
        writeHistory(sql, new SeededRandom('99'), { stores, products, customers: [busiest], staffId, orders: 20 }),
      )();
      agree();
      sql.prepare('UPDATE "orders" SET "customer_id" = ? WHERE "customer_id" = ?').run(customers[3], busiest);
      agree();
      sql.transaction(() => rebuildSalesRollups(sql, stores[2]!.id))();
      agree();
    } finally {
      reader.close();
    }
  });
});
