import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import type { ImportSummary } from '../../../electron/import/run-import';
import type { ImportMode } from '../../../electron/import/writer';
import { exactLineNet, isSale, roundedNetCents } from '../../../electron/services/sales/sale-sql';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';
import {
  answerCents as cents,
  importNorthwind,
  importNorthwindFile,
  northwindAnswers as answers,
} from '../../helpers/northwind';

describe('Northwind imported through the importer', () => {
  let t: TestBackroom;
  let sql: Database.Database;
  let summaries: Record<'suppliers' | 'products' | 'customers' | 'sales', ImportSummary>;

  beforeAll(async () => {
    t = await openTestBackroom();
    const admin = await setUpStore(t);
    sql = sqliteOf(t.backroom.dataSource);
    const who = { storeId: admin.staff.storeId, staffId: admin.staff.id };
    const now = t.clock.now();
    summaries = await importNorthwind(sql, who, now);
  }, 120_000);

  afterAll(async () => {
    await t.dispose();
  });

  const scalar = (query: string) => sql.prepare(query).pluck().get() as number;
  const netRevenue = `${roundedNetCents(`SUM(${exactLineNet('l')})`)}`;

  it('imports every row of every file', () => {
    const counts = answers.row_counts;
    expect(summaries.suppliers).toMatchObject({ rows: counts.suppliers, inserted: counts.suppliers, rejected: 0 });
    expect(summaries.products).toMatchObject({ rows: counts.products, inserted: counts.products, rejected: 0 });
    expect(summaries.customers).toMatchObject({ rows: counts.customers, inserted: counts.customers, rejected: 0 });
    expect(summaries.sales).toMatchObject({ rows: counts.order_details, inserted: counts.order_details, rejected: 0 });
    expect(summaries.sales.counts.orders).toBe(counts.orders);

    expect(scalar('SELECT COUNT(*) FROM "suppliers"')).toBe(counts.suppliers);
    expect(scalar('SELECT COUNT(*) FROM "products"')).toBe(counts.products);
    expect(scalar('SELECT COUNT(*) FROM "categories"')).toBe(counts.categories);
    expect(scalar('SELECT COUNT(*) FROM "customers"')).toBe(counts.customers);
    expect(scalar('SELECT COUNT(*) FROM "orders" WHERE "external_ref" IS NOT NULL')).toBe(counts.orders);
    expect(scalar('SELECT COUNT(*) FROM "order_lines"')).toBe(counts.order_details);
    expect(scalar('SELECT SUM("quantity") FROM "order_lines"')).toBe(answers.order_details_totals.total_quantity);
    expect(scalar('SELECT COUNT(*) FROM "order_lines" WHERE "discount_bp" IS NOT NULL')).toBe(
      answers.order_details_totals.lines_with_discount,
    );
  });

  it('reproduces the net revenue to the cent, by the sale rules', () => {
    const total = scalar(`
      SELECT ${netRevenue} FROM "orders" o JOIN "order_lines" l ON l."order_id" = o."id" WHERE ${isSale('o')}`);
    expect(total).toBe(cents(answers.order_details_totals.net_revenue_rounded));
  });

  it('reproduces revenue and orders by the year of the order date, on the store’s days', () => {
    const byYear = sql
      .prepare(
        `SELECT substr(o."placed_at", 1, 4) AS "year", ${netRevenue} AS "net", COUNT(DISTINCT o."id") AS "orders"
         FROM "orders" o JOIN "order_lines" l ON l."order_id" = o."id" WHERE ${isSale('o')}
         GROUP BY "year" ORDER BY "year"`,
      )
      .all() as { year: string; net: number; orders: number }[];
    expect(byYear.map((row) => [row.year, row.net])).toEqual(
      answers['net_revenue_by_order_year(OrderDate)'].map(([year, amount]) => [year, cents(amount)]),
    );
    expect(byYear.map((row) => [row.year, row.orders])).toEqual(answers.orders_by_order_year);
    // A date without a time lands on that day of the store (noon on its clock), so the first order is the 4th.
    expect(scalar('SELECT MIN("placed_at") FROM "orders"')).toBe('1996-07-04T12:00:00.000Z');
  });

  it('reproduces the top five products by net revenue, accented names intact', () => {
    const top = sql
      .prepare(
        `SELECT p."name", ${netRevenue} AS "net"
         FROM "orders" o JOIN "order_lines" l ON l."order_id" = o."id" JOIN "products" p ON p."id" = l."product_id"
         WHERE ${isSale('o')} GROUP BY p."id" ORDER BY "net" DESC LIMIT 5`,
      )
      .all() as { name: string; net: number }[];
    expect(top.map((row) => [row.name, row.net])).toEqual(
      answers.top10_products_by_net_revenue.slice(0, 5).map(([name, amount]) => [name, cents(amount)]),
    );
  });

  it('keeps the derived tables: customer totals, sale lines, timelines and one outbox row per order', () => {
    expect(scalar('SELECT COUNT(*) FROM "customer_totals"')).toBe(89);
    expect(scalar('SELECT SUM("spend_cents") FROM "customer_totals"')).toBe(
      scalar('SELECT SUM("total_cents") FROM "orders"'),
    );
    expect(scalar('SELECT COUNT(*) FROM "sale_lines"')).toBe(answers.row_counts.order_details);
    expect(scalar('SELECT COUNT(*) FROM "order_status_changes"')).toBe(answers.row_counts.orders);
    expect(scalar(`SELECT COUNT(*) FROM "sync_outbox" WHERE "entity" = 'orders'`)).toBe(answers.row_counts.orders);
    // History does not move today's stock.
    expect(scalar(`SELECT COUNT(*) FROM "stock_movements" WHERE "kind" = 'sale'`)).toBe(0);
    expect(
      sql.prepare('SELECT "first_name", "last_name", "notes" FROM "customers" WHERE "external_ref" = ?').get('ANATR'),
    ).toEqual({ first_name: 'Ana', last_name: 'Trujillo', notes: 'Ana Trujillo Emparedados y helados' });
    expect(scalar(`SELECT COUNT(*) FROM "products" WHERE "name" = 'Côte de Blaye'`)).toBe(1);
  });

  it('skips every order the second time, and refuses them all in insert mode', async () => {
    const admin = await t.ok('auth.login', { username: 'ada', password: 'correct horse battery' });
    const who = { storeId: admin.staff.storeId, staffId: admin.staff.id };
    const again = (mode: ImportMode) =>
      importNorthwindFile(
        sql,
        who,
        t.clock.now(),
        'sales',
        'order_details.csv',
        { orders: 'orders.csv' },
        { mode, atomic: false },
      );
    const skipped = await again('skip');
    expect(skipped).toMatchObject({ inserted: 0, skipped: answers.row_counts.order_details, rejected: 0 });
    const refused = await again('insert');
    expect(refused).toMatchObject({ inserted: 0, rejected: answers.row_counts.order_details });
    expect(refused.problems[0]!.reason).toMatch(/already in the database/);
    expect(scalar('SELECT COUNT(*) FROM "orders"')).toBe(answers.row_counts.orders);
  });
});
