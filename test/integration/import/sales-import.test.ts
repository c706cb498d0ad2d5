import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newUid } from '../../../database/ids';
import { exactLineNet, roundedNetCents } from '../../../electron/services/sales/sale-sql';
import { localDate } from '../../../shared/local-day';
import { openCsvImporter, type CsvImporter } from './csv-importer';
import { SALES_HEADER, SALES_PROFILE } from './import-profiles';
import { staffSession } from '../../helpers/backroom';

const NEW_YORK = 'America/New_York';

let f: CsvImporter;

/** A store in New York with two products (one taxed) and two customers, all imported through the pipeline. */
beforeEach(async () => {
  f = await openCsvImporter(NEW_YORK);
  const { importCsv } = f;
  const products = await importCsv(
    {
      version: 1,
      kind: 'products',
      fields: {
        sku: { column: 'sku' },
        name: { column: 'name' },
        price: { column: 'price' },
        taxRate: { column: 'tax' },
      },
    },
    ['sku,name,price,tax', 'TEA-1,Green tea,4.99,0', 'MUG-1,Mug,12.50,20%'],
  );
  expect(products.inserted).toBe(2);
  const customers = await importCsv(
    {
      version: 1,
      kind: 'customers',
      fields: {
        externalRef: { column: 'ref' },
        firstName: { column: 'first' },
        lastName: { column: 'last' },
        email: { column: 'email' },
      },
    },
    ['ref,first,last,email', 'C-1,Zoë,Åström,zoe@example.com', 'C-2,Ana,López,'],
  );
  expect(customers.inserted).toBe(2);
});

afterEach(() => f.dispose());

const rows = (query: string, ...params: unknown[]) => f.sql.prepare(query).all(...params) as Record<string, unknown>[];
const scalar = (query: string, ...params: unknown[]) =>
  f.sql
    .prepare(query)
    .pluck()
    .get(...params) as number;

describe('sales history import', () => {
  it('groups lines into orders with their amounts, timeline, payment and purchases, on the store’s days', async () => {
    const summary = await f.importCsv(SALES_PROFILE, [
      SALES_HEADER,
      'A-1,2026-11-20,TEA-1,3,4.99,15%,zoe@example.com,,,card',
      'A-1,2026-11-20,MUG-1,1,,,zoe@example.com,,,card',
      'A-2,2026-11-21,MUG-1,2,10.00,,C-2,CG-01,delivered,',
    ]);
    expect(summary).toMatchObject({ rows: 3, inserted: 3, rejected: 0 });
    expect(summary.counts).toMatchObject({ orders: 2 });

    const [first, second] = rows(
      `SELECT "order_number", "status", "placed_at", "subtotal_cents", "discount_cents", "tax_cents", "total_cents",
              "customer_id", "external_ref" FROM "orders" ORDER BY "id"`,
    );
    // 3 × 4.99 = 14.97, 15 % off = 2.2455 → 2.25 charged; the mug at its catalog price, 20 % tax.
    expect(first).toMatchObject({
      order_number: 1,
      status: 'paid',
      subtotal_cents: 1497 + 1250,
      discount_cents: 225,
      tax_cents: 250,
      total_cents: 1497 - 225 + 1250 + 250,
      external_ref: 'A-1',
    });
    expect(second).toMatchObject({ order_number: 2, status: 'delivered', subtotal_cents: 2000, tax_cents: 400 });
    // A date alone is noon on the store's clock: 17:00 UTC in New York in November, the 20th there.
    expect(first!.placed_at).toBe('2026-11-20T17:00:00.000Z');
    expect(localDate(NEW_YORK, first!.placed_at as string)).toBe('2026-11-20');

    expect(
      rows(
        'SELECT "quantity", "unit_price_cents", "discount_cents", "discount_bp", "tax_rate_bp" FROM "order_lines" ORDER BY "id"',
      ),
    ).toEqual([
      { quantity: 3, unit_price_cents: 499, discount_cents: 225, discount_bp: 1500, tax_rate_bp: 0 },
      { quantity: 1, unit_price_cents: 1250, discount_cents: 0, discount_bp: null, tax_rate_bp: 2000 },
      { quantity: 2, unit_price_cents: 1000, discount_cents: 0, discount_bp: null, tax_rate_bp: 2000 },
    ]);
    // Revenue stays exact (14.97 × 0.85 = 12.7245) and is rounded once: 12.7245 + 12.50 + 20.00 = 45.2245 → 45.22.
    expect(scalar(`SELECT ${roundedNetCents(`SUM(${exactLineNet('l')})`)} FROM "order_lines" l`)).toBe(4522);

    expect(rows('SELECT "from_status", "to_status" FROM "order_status_changes" ORDER BY "id"')).toEqual([
      { from_status: null, to_status: 'paid' },
      { from_status: null, to_status: 'paid' },
      { from_status: 'paid', to_status: 'fulfilled' },
      { from_status: 'fulfilled', to_status: 'delivered' },
    ]);
    expect(rows('SELECT "method", "amount_cents" FROM "payments"')).toEqual([
      { method: 'card', amount_cents: first!.total_cents },
    ]);
    expect(scalar('SELECT COUNT(*) FROM "sale_lines"')).toBe(3);
    expect(rows('SELECT "order_count", "spend_cents" FROM "customer_totals" ORDER BY "customer_id"')).toEqual([
      { order_count: 1, spend_cents: first!.total_cents },
      { order_count: 1, spend_cents: second!.total_cents },
    ]);
    expect(scalar(`SELECT COUNT(*) FROM "customer_interactions" WHERE "kind" = 'bought'`)).toBe(3);
    // The outbox holds one row per order, however many lines and timeline entries it has.
    expect(scalar(`SELECT COUNT(*) FROM "sync_outbox" WHERE "entity" = 'orders'`)).toBe(2);
    // History does not move today's stock.
    expect(scalar('SELECT COUNT(*) FROM "stock_movements"')).toBe(0);
  });

  it('numbers orders after the store’s highest, import after import', async () => {
    await f.importCsv(SALES_PROFILE, [SALES_HEADER, 'B-1,2026-11-01,TEA-1,1,,,,,,']);
    await f.importCsv(SALES_PROFILE, [SALES_HEADER, 'B-2,2026-11-02,TEA-1,1,,,,,,', 'B-3,2026-11-02,TEA-1,1,,,,,,']);
    expect(rows('SELECT "external_ref", "order_number" FROM "orders" ORDER BY "id"')).toEqual([
      { external_ref: 'B-1', order_number: 1 },
      { external_ref: 'B-2', order_number: 2 },
      { external_ref: 'B-3', order_number: 3 },
    ]);
  });

  it('refuses a whole order when one of its lines is bad, and imports the others', async () => {
    const summary = await f.importCsv(SALES_PROFILE, [
      SALES_HEADER,
      'C-1,2026-11-20,TEA-1,1,,,,,,',
      'C-1,2026-11-20,NOPE-9,1,,,,,,',
      'C-2,2026-11-20,TEA-1,-2,,,,,,',
      'C-3,2026-11-20,TEA-1,1,,,nobody@example.com,,,',
      'C-4,2026-11-20,TEA-1,1,,,,,,',
      'C-5,2026-11-20,TEA-1,1,,,,,refunded,',
      'C-6,2026-11-20,TEA-1,1,,,,,pending,card',
      'C-7,2026-11-20,TEA-1,1,,,,,,store credit',
    ]);
    const reasons = new Map(summary.problems.map((problem) => [problem.rowNumber, problem]));
    expect(reasons.get(2)!.reason).toMatch(/refused with its order C-1: row 3/);
    expect(reasons.get(3)).toMatchObject({
      column: 'sku',
      value: 'NOPE-9',
      reason: 'Product (SKU or barcode) is not the SKU or barcode of a product',
    });
    expect(reasons.get(4)!.reason).toMatch(/negative/);
    expect(reasons.get(5)).toMatchObject({ column: 'customer', value: 'nobody@example.com' });
    expect(reasons.get(7)).toMatchObject({ column: 'status', value: 'refunded' });
    expect(reasons.get(8)!.reason).toMatch(/pending order/);
    expect(reasons.get(9)!.reason).toMatch(/payment method/);
    expect(summary).toMatchObject({ rows: 8, inserted: 1, rejected: 7 });
    expect(rows('SELECT "external_ref" FROM "orders"')).toEqual([{ external_ref: 'C-4' }]);
    expect(scalar('SELECT COUNT(*) FROM "order_lines"')).toBe(1);
  });

  it('refuses a whole order when a line of it does not even parse', async () => {
    const summary = await f.importCsv(SALES_PROFILE, [
      SALES_HEADER,
      'P-1,2026-11-20,TEA-1,1,,,,,,',
      'P-1,2026-11-20,TEA-1,abc,,,,,,',
      'P-1,2026-11-20,TEA-1,2,,,,,,',
      'P-2,2026-11-20,TEA-1,1,,,,,,',
    ]);
    const reasons = new Map(summary.problems.map((problem) => [problem.rowNumber, problem]));
    expect(reasons.get(2)!.reason).toMatch(/refused with its order P-1: row 3/);
    expect(reasons.get(3)).toMatchObject({ value: 'abc' });
    expect(reasons.get(4)!.reason).toMatch(/refused with its order P-1: row 3/);
    expect(summary).toMatchObject({ rows: 4, inserted: 1, rejected: 3 });
    expect(rows('SELECT "external_ref" FROM "orders" WHERE "external_ref" LIKE \'P-%\'')).toEqual([
      { external_ref: 'P-2' },
    ]);
  });

  it('refuses dates in the future or unreadable, on the store’s calendar', async () => {
    // The clock is 2026-11-25T09:00Z: 04:00 on the 25th in New York, so the 26th is tomorrow there.
    const summary = await f.importCsv(SALES_PROFILE, [
      SALES_HEADER,
      'D-1,2026-11-26,TEA-1,1,,,,,,',
      'D-2,2027-01-01,TEA-1,1,,,,,,',
      'D-3,the day before,TEA-1,1,,,,,,',
      'D-4,2026-11-25,TEA-1,1,,,,,,',
    ]);
    const reasons = new Map(summary.problems.map((problem) => [problem.rowNumber, problem.reason]));
    expect(reasons.get(2)).toMatch(/future/);
    expect(reasons.get(3)).toMatch(/future/);
    expect(reasons.get(4)).toMatch(/not a date/);
    expect(summary).toMatchObject({ inserted: 1, rejected: 3 });
    // Today's noon is still ahead of the clock: the sale is placed no later than now.
    expect(rows('SELECT "external_ref", "placed_at" FROM "orders"')).toEqual([
      { external_ref: 'D-4', placed_at: '2026-11-25T09:00:00.000Z' },
    ]);
  });

  it('refuses an order already in the database on insert, passes over it on skip and upsert', async () => {
    await f.importCsv(SALES_PROFILE, [SALES_HEADER, 'E-1,2026-11-20,TEA-1,1,,,,,,']);
    const again = [
      SALES_HEADER,
      'E-1,2026-11-20,TEA-1,5,,,,,,',
      'E-1,2026-11-20,MUG-1,1,,,,,,',
      'E-2,2026-11-20,TEA-1,1,,,,,,',
    ];
    const inserted = await f.importCsv(SALES_PROFILE, again);
    expect(inserted).toMatchObject({ inserted: 1, rejected: 2 });
    expect(inserted.problems[0]!.reason).toMatch(/already in the database/);
    const skipped = await f.importCsv(
      SALES_PROFILE,
      [SALES_HEADER, 'E-1,2026-11-20,TEA-1,9,,,,,,', 'E-3,2026-11-20,TEA-1,1,,,,,,'],
      {
        mode: 'skip',
      },
    );
    expect(skipped).toMatchObject({ inserted: 1, skipped: 1, rejected: 0 });
    const upserted = await f.importCsv(SALES_PROFILE, [SALES_HEADER, 'E-1,2026-11-20,TEA-1,9,,,,,,'], {
      mode: 'upsert',
    });
    expect(upserted).toMatchObject({ inserted: 0, updated: 0, skipped: 1 });
    // History is never rewritten: E-1 keeps its one line of one unit.
    expect(
      rows(
        `SELECT l."quantity" FROM "order_lines" l JOIN "orders" o ON o."id" = l."order_id" WHERE o."external_ref" = 'E-1'`,
      ),
    ).toEqual([{ quantity: 1 }]);
  });

  it('refuses the lines of an order that come after other orders', async () => {
    const summary = await f.importCsv(SALES_PROFILE, [
      SALES_HEADER,
      'F-1,2026-11-20,TEA-1,1,,,,,,',
      'F-2,2026-11-20,TEA-1,1,,,,,,',
      'F-1,2026-11-20,MUG-1,1,,,,,,',
    ]);
    expect(summary).toMatchObject({ inserted: 2, rejected: 1 });
    expect(summary.problems[0]).toMatchObject({ rowNumber: 4, column: 'order', value: 'F-1' });
    expect(summary.problems[0]!.reason).toMatch(/start at row 2.*put the lines of an order together/);
  });

  it('refuses lines of one order that disagree on the order’s date or customer', async () => {
    const summary = await f.importCsv(SALES_PROFILE, [
      SALES_HEADER,
      'G-1,2026-11-20,TEA-1,1,,,C-1,,,',
      'G-1,2026-11-21,TEA-1,1,,,C-2,,,',
    ]);
    expect(summary).toMatchObject({ inserted: 0, rejected: 2 });
    expect(summary.problems.map((problem) => problem.column)).toEqual([null, 'date', 'customer']);
    expect(summary.problems[1]!.reason).toBe(
      'Date differs from the first line of order G-1 (row 2); every line of an order has the same',
    );
  });

  it('lets only an admin import sales of another store', async () => {
    f.sql.prepare(`INSERT INTO "stores" ("uid", "code", "name") VALUES (?, 'CG-02', 'Second Street')`).run(newUid());
    await staffSession(
      f.t,
      (await f.t.ok('auth.login', { username: 'ada', password: 'correct horse battery' })).token,
      'manager',
      'max',
    );
    const managerId = scalar(`SELECT "id" FROM "staff_members" WHERE "username" = 'max'`);
    const lines = [SALES_HEADER, 'H-1,2026-11-20,TEA-1,1,,,,cg-02,,'];
    const byManager = await f.importCsv(SALES_PROFILE, lines, { staffId: managerId });
    expect(byManager.problems[0]).toMatchObject({ column: 'store', value: 'cg-02' });
    expect(byManager.problems[0]!.reason).toMatch(/only an admin/);
    const byAdmin = await f.importCsv(SALES_PROFILE, lines);
    expect(byAdmin).toMatchObject({ inserted: 1, rejected: 0 });
    expect(scalar(`SELECT s."code" FROM "orders" o JOIN "stores" s ON s."id" = o."store_id"`)).toBe('CG-02');
  });
});
