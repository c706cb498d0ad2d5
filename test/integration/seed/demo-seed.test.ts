import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { DEMO_PASSWORD, seedDatabase, type SeedSummary } from '../../../database/seed';
import { verifyPassword } from '../../../electron/services/auth/password';
import { localDate } from '../../../shared/local-day';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { SEED_END_AT, hashOnce, tableChecksums } from './seed-fixtures';

let first: TempDatabase;
let summary: SeedSummary;
let db: Database.Database;

beforeAll(async () => {
  first = await openTempDatabase();
  summary = await seedDatabase(first.dataSource, { scale: 'demo', endAt: SEED_END_AT, hashPassword: hashOnce() });
  db = sqliteOf(first.dataSource);
}, 180_000);

afterAll(() => first?.dispose());

const one = (sql: string): unknown => db.prepare(sql).pluck().get();

describe('the demo seed', () => {
  it('produces the documented counts', () => {
    expect(summary).toEqual({
      stores: 3,
      products: 2_000,
      customers: 5_000,
      orders: 20_000,
      orderLines: one('SELECT COUNT(*) FROM "order_lines"'),
      staff: 1 + 3 * 4,
    });
    expect(summary.orderLines / summary.orders).toBeGreaterThan(4.5);
    expect(summary.orderLines / summary.orders).toBeLessThan(5.5);
  });

  it('is deterministic for an end day: a second file gets identical rows, uids included', async () => {
    const second = await openTempDatabase();
    try {
      // Another time of the same day: the history ends at the start of the day either way.
      const laterThatDay = new Date(SEED_END_AT.getTime() + 10 * 3_600_000);
      await seedDatabase(second.dataSource, { scale: 'demo', endAt: laterThatDay, hashPassword: hashOnce() });
      expect(tableChecksums(sqliteOf(second.dataSource))).toEqual(tableChecksums(db));
    } finally {
      await second.dispose();
    }
  }, 180_000);

  it('keeps the stock ledger and stock levels in agreement, never negative', () => {
    expect(one('SELECT COUNT(*) FROM "stock_ledger_discrepancies"')).toBe(0);
    expect(one('SELECT MIN("on_hand") FROM "stock_levels"')).toBeGreaterThanOrEqual(0);
    expect(
      one(`SELECT COUNT(*) FROM "stock_levels" l WHERE NOT EXISTS (
      SELECT 1 FROM "stock_movements" m WHERE m."store_id" = l."store_id" AND m."product_id" = l."product_id")`),
    ).toBe(0);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('books one sale movement per order line, at the time of the order', () => {
    expect(
      one(`SELECT COUNT(*) FROM "order_lines" l JOIN "orders" o ON o."id" = l."order_id"
      WHERE NOT EXISTS (SELECT 1 FROM "stock_movements" m WHERE m."order_id" = o."id" AND m."product_id" = l."product_id"
        AND m."kind" = 'sale' AND m."quantity" = -l."quantity" AND m."occurred_at" = o."placed_at")`),
    ).toBe(0);
    expect(one(`SELECT COUNT(*) FROM "stock_movements" WHERE "kind" = 'sale'`)).toBe(summary.orderLines);
  });

  it('adds up every order: lines, totals and payments', () => {
    expect(
      one(`SELECT COUNT(*) FROM "orders" o JOIN (
        SELECT "order_id", SUM("quantity" * "unit_price_cents") AS "subtotal", SUM("discount_cents") AS "discount",
               SUM("tax_cents") AS "tax", SUM("total_cents") AS "total", COUNT(*) AS "lines", MAX("line_no") AS "last_line"
        FROM "order_lines" GROUP BY "order_id") l ON l."order_id" = o."id"
      WHERE o."subtotal_cents" <> l."subtotal" OR o."discount_cents" <> l."discount" OR o."tax_cents" <> l."tax"
        OR o."total_cents" <> l."total" OR l."lines" <> l."last_line" OR l."lines" NOT BETWEEN 1 AND 9`),
    ).toBe(0);
    expect(
      one(`SELECT COUNT(*) FROM "orders" o WHERE o."total_cents" <>
      IFNULL((SELECT SUM("amount_cents") FROM "payments" p WHERE p."order_id" = o."id"), 0) AND o."status" <> 'pending'`),
    ).toBe(0);
    expect(
      one(`SELECT COUNT(*) FROM "payments" p JOIN "orders" o ON o."id" = p."order_id" WHERE o."status" = 'pending'`),
    ).toBe(0);
    expect(one(`SELECT COUNT(DISTINCT "method") FROM "payments"`)).toBe(3);
  });

  it('numbers orders per store in time order, from 1 without gaps', () => {
    expect(
      one(`SELECT COUNT(*) FROM (
      SELECT "order_number", ROW_NUMBER() OVER (PARTITION BY "store_id" ORDER BY "placed_at", "id") AS "expected" FROM "orders")
      WHERE "order_number" <> "expected"`),
    ).toBe(0);
  });

  it('leaves the sync outbox empty and the outbox running: a seeded file starts with a snapshot', () => {
    expect(one('SELECT COUNT(*) FROM "sync_outbox"')).toBe(0);
    expect(one('SELECT "outbox_paused" FROM "sync_state"')).toBe(0);
  });

  it('spreads orders over the eighteen months before its end day, with varied statuses', () => {
    expect(one('SELECT MIN("placed_at") FROM "orders"')).toMatch(/^2025-05-0/);
    // The last trading day is the one before the end day, on each store's own calendar.
    const lastOrders = db
      .prepare(
        `SELECT s."time_zone" AS "zone", MAX(o."placed_at") AS "placedAt" FROM "orders" o JOIN "stores" s ON s."id" = o."store_id" GROUP BY s."id"`,
      )
      .all() as { zone: string; placedAt: string }[];
    for (const last of lastOrders) expect(localDate(last.zone, last.placedAt)).toBe('2026-10-31');
    const statuses = db.prepare('SELECT "status", COUNT(*) AS "count" FROM "orders" GROUP BY 1').all() as {
      status: string;
      count: number;
    }[];
    expect(statuses.map((row) => row.status).sort()).toEqual(['delivered', 'fulfilled', 'paid', 'pending']);
    expect(statuses.find((row) => row.status === 'paid')!.count).toBeGreaterThan(summary.orders / 2);
    expect(one(`SELECT COUNT(*) FROM "orders" WHERE "channel" = 'till' AND "status" <> 'paid'`)).toBe(0);
    expect(
      one(
        `SELECT COUNT(*) FROM "orders" o JOIN "customers" c ON c."id" = o."customer_id" WHERE o."placed_at" < c."created_at"`,
      ),
    ).toBe(0);
  });

  it('gives every store a time zone and trades within its opening hours, on its wall clock', () => {
    const zones = db.prepare('SELECT "time_zone" FROM "stores" ORDER BY "id"').pluck().all();
    expect(zones).toEqual(['America/Chicago', 'America/Chicago', 'America/Chicago']);
    const hourOf = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', hour: 'numeric', hourCycle: 'h23' });
    const placed = db.prepare('SELECT "placed_at" FROM "orders" WHERE "id" % 97 = 0').pluck().all() as string[];
    const hours = new Set(placed.map((at) => Number(hourOf.format(new Date(at)))));
    expect(Math.min(...hours)).toBe(8);
    expect(Math.max(...hours)).toBe(20);
  });

  it('builds a believable catalog: EAN-13 barcodes, SKUs, .x9 prices, costs at 60–75 %', () => {
    const products = db
      .prepare('SELECT "sku", "barcode", "name", "price_cents", "cost_cents" FROM "products"')
      .all() as {
      sku: string;
      barcode: string | null;
      name: string;
      price_cents: number;
      cost_cents: number;
    }[];
    for (const product of products) {
      expect(product.sku).toMatch(/^[A-Z]{3}-\d{6}$/);
      expect(product.price_cents % 10).toBe(9);
      expect(product.cost_cents / product.price_cents).toBeGreaterThanOrEqual(0.59);
      expect(product.cost_cents / product.price_cents).toBeLessThanOrEqual(0.76);
      if (product.barcode !== null) expect(isValidEan13(product.barcode)).toBe(true);
    }
    expect(products.filter((p) => p.barcode === null).length).toBeLessThan(products.length / 5);
    expect(one('SELECT COUNT(*) FROM "brands"')).toBe(150);
    expect(one('SELECT COUNT(*) FROM "suppliers"')).toBe(40);
    expect(one('SELECT COUNT(*) FROM "categories"')).toBeGreaterThanOrEqual(40);
    expect(
      one(
        'SELECT COUNT(*) FROM "products" p WHERE NOT EXISTS (SELECT 1 FROM "product_suppliers" s WHERE s."product_id" = p."id")',
      ),
    ).toBe(0);
    expect(one(`SELECT COUNT(*) FROM "product_search" WHERE "product_search" MATCH '"milk"*'`)).toBeGreaterThan(10);
  });

  it('creates an admin named "admin" whose password is the documented demo password', async () => {
    const admin = db
      .prepare(`SELECT "password_hash", "role" FROM "staff_members" WHERE "username" = 'admin'`)
      .get() as {
      password_hash: string;
      role: string;
    };
    expect(admin.role).toBe('admin');
    expect(await verifyPassword(DEMO_PASSWORD, admin.password_hash)).toBe(true);
    expect(one(`SELECT COUNT(*) FROM "staff_members" WHERE "role" = 'manager'`)).toBe(3);
  });
});

function isValidEan13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const sum = [...code].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return sum % 10 === 0;
}
