import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { CHAIN_SHARE } from '../../../electron/services/analytics/product-lists';
import * as raw from '../../../electron/services/analytics/raw-answers';
import * as rollup from '../../../electron/services/analytics/rollup-answers';
import { topProductsOfStores } from '../../../electron/services/analytics/rollup-ranks';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';
import { SeededRandom } from '../../../database/seed/random';
import { writeHistory, type WorldStore } from './trade-world';

const STORES = 8;

/**
 * Top products of some stores against the raw orders, over a chain of eight stores and a
 * catalog where a few products sell far more than the rest (so lists are read some way before
 * they stop), with returns taken in the stores and months the history puts them in: a product's
 * sales in other stores, or its returns there, must never hide it from the chosen stores' best.
 */
describe('top products of some stores', () => {
  let t: TestBackroom;
  let sql: Database.Database;
  let stores: WorldStore[];

  beforeAll(async () => {
    t = await openTestBackroom();
    const admin = await setUpStore(t, 'America/New_York');
    sql = sqliteOf(t.backroom.dataSource);
    const random = new SeededRandom('20261207');
    // Stores written without a zone trade in UTC (a trigger gives them their offsets).
    const extra = Array.from({ length: STORES - 1 }, (_, index) =>
      Number(
        sql
          .prepare(`INSERT INTO "stores" ("uid", "code", "name") VALUES (?, ?, ?)`)
          .run(newUid(), `S${index}`, `S${index}`).lastInsertRowid,
      ),
    );
    stores = [{ id: admin.staff.storeId, zone: 'America/New_York' }, ...extra.map((id) => ({ id, zone: 'UTC' }))];
    const products = Array.from({ length: 40 }, (_, index) =>
      Number(
        sql
          .prepare(
            `INSERT INTO "products" ("uid", "sku", "name", "price_cents", "cost_cents", "tax_rate_bp") VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(
            newUid(),
            `T-${index}`,
            `Top ${index}`,
            random.int(1, 3_000),
            random.int(0, 1_000),
            random.pick([0, 825]),
          ).lastInsertRowid,
      ),
    );
    // Product i is drawn about 8 / √(i + 1) times as often as a product drawn once.
    const drawn = products.flatMap((id, index) => Array<number>(Math.ceil(8 / Math.sqrt(index + 1))).fill(id));
    sql.transaction(() =>
      writeHistory(sql, random, { stores, products: drawn, staffId: admin.staff.id, orders: 2_500 }),
    )();
  }, 300_000);
  afterAll(async () => {
    await t.dispose();
  });

  const day = fc
    .integer({ min: Date.UTC(2025, 10, 20), max: Date.UTC(2027, 1, 10) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));
  const filters = fc.record({
    fromDay: day,
    days: fc.oneof(
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }) },
      { weight: 4, arbitrary: fc.integer({ min: 60, max: 430 }) },
    ),
    stores: fc.subarray(
      Array.from({ length: STORES }, (_, index) => index),
      { minLength: 1, maxLength: STORES - 1 },
    ),
    by: fc.constantFrom('revenue' as const, 'units' as const),
    limit: fc.integer({ min: 1, max: 8 }),
    firstPage: fc.constantFrom(1, 2, 20),
  });

  it('equal the raw orders for any stores over any range, met in the stores’ months or the chain’s periods', () => {
    const kinds = { stores: 0, chain: 0 };
    fc.assert(
      fc.property(filters, (picked) => {
        const filter = {
          fromDay: picked.fromDay,
          toDay: new Date(Date.parse(picked.fromDay) + picked.days * 86_400_000).toISOString().slice(0, 10),
          storeIds: picked.stores.map((index) => stores[index]!.id),
        };
        const ranking = { by: picked.by, limit: picked.limit };
        const expected = raw.topProducts(sql, filter, ranking);
        // A few store-days are summed whole (null here), by the dashboard's own answer.
        const best = topProductsOfStores(sql, filter, ranking, picked.firstPage);
        expect(best ?? rollup.topProducts(sql, filter, ranking)).toEqual(expected);
        if (best !== null && expected.length === picked.limit)
          kinds[picked.stores.length >= STORES * CHAIN_SHARE ? 'chain' : 'stores'] += 1;
      }),
      { seed: 7012, numRuns: 150, endOnFailure: true },
    );
    // Both kinds of list answered full rankings many times.
    expect(kinds.stores).toBeGreaterThan(30);
    expect(kinds.chain).toBeGreaterThan(30);
  }, 600_000);

  it('meets a product whose returns in other stores outweigh its sales there', () => {
    const [, storeA, storeC, storeD, storeE, , , storeB] = stores.map((store) => store.id);
    const product = (name: string) =>
      Number(
        sql
          .prepare(
            `INSERT INTO "products" ("uid", "sku", "name", "price_cents", "cost_cents", "tax_rate_bp") VALUES (?, ?, ?, 1000, 100, 0)`,
          )
          .run(newUid(), name, name).lastInsertRowid,
      );
    const sell = (storeId: number, productId: number, quantity: number, at: string) => {
      const number =
        (sql.prepare('SELECT MAX("order_number") FROM "orders" WHERE "store_id" = ?').pluck().get(storeId) as number) +
        1;
      const total = quantity * 1000;
      const orderId = Number(
        sql
          .prepare(
            `INSERT INTO "orders" ("uid", "store_id", "order_number", "staff_id", "channel", "status", "subtotal_cents",
               "discount_cents", "tax_cents", "total_cents", "placed_at", "created_at", "updated_at")
             VALUES (?, ?, ?, (SELECT MIN("id") FROM "staff_members"), 'till', 'paid', ?, 0, 0, ?, ?, ?, ?)`,
          )
          .run(newUid(), storeId, number, total, total, at, at, at).lastInsertRowid,
      );
      const lineId = Number(
        sql
          .prepare(
            `INSERT INTO "order_lines" ("order_id", "line_no", "product_id", "quantity", "unit_price_cents", "discount_cents",
               "tax_rate_bp", "tax_cents", "total_cents") VALUES (?, 1, ?, ?, 1000, 0, 0, 0, ?)`,
          )
          .run(orderId, productId, quantity, total).lastInsertRowid,
      );
      sql
        .prepare(
          `INSERT INTO "payments" ("uid", "order_id", "method", "kind", "amount_cents", "created_at") VALUES (?, ?, 'cash', 'payment', ?, ?)`,
        )
        .run(newUid(), orderId, total, at);
      return { orderId, lineId, total };
    };
    const giveBack = (sale: { orderId: number; lineId: number; total: number }, quantity: number, at: string) => {
      const returnId = Number(
        sql
          .prepare(
            `INSERT INTO "order_returns" ("uid", "order_id", "staff_id", "refund_to", "refund_cents", "created_at")
             VALUES (?, ?, (SELECT MIN("id") FROM "staff_members"), 'original', ?, ?)`,
          )
          .run(newUid(), sale.orderId, sale.total, at).lastInsertRowid,
      );
      sql
        .prepare(
          `INSERT INTO "order_return_lines" ("return_id", "order_line_id", "quantity", "restock", "refund_cents") VALUES (?, ?, ?, 1, ?)`,
        )
        .run(returnId, sale.lineId, quantity, sale.total);
    };
    // In June 2027, after the random history: X sells 30 in store A and is returned 50 times in
    // store B (sold there in May), so over every store its June nets below what A alone sold.
    const x = product('X');
    sql.transaction(() => {
      giveBack(sell(storeB!, x, 50, '2027-05-10T12:00:00.000Z'), 50, '2027-06-15T12:00:00.000Z');
      sell(storeA!, x, 30, '2027-06-10T12:00:00.000Z');
      for (const [index, storeId] of [storeA, storeC, storeD].entries())
        sell(storeId!, product(`Y${index}`), 10, '2027-06-11T12:00:00.000Z');
      for (const index of [0, 1, 2]) sell(storeE!, product(`Z${index}`), 1, '2027-06-12T12:00:00.000Z');
    })();
    const filter = { fromDay: '2027-06-01', toDay: '2027-06-30', storeIds: [storeA!, storeC!, storeD!, storeE!] };
    expect(filter.storeIds.length).toBeGreaterThanOrEqual(STORES * CHAIN_SHARE);
    for (const by of ['revenue', 'units'] as const) {
      const best = topProductsOfStores(sql, filter, { by, limit: 3 }, 1);
      expect(best?.[0]).toMatchObject({ productId: x, units: 30 });
      expect(best).toEqual(raw.topProducts(sql, filter, { by, limit: 3 }));
    }
  });
});
