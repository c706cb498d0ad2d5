import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import type { ImportProfile } from '../../../shared/import/profile';
import { openCsvImporter, sameNames, type CsvImporter } from './csv-importer';

const STOCK: ImportProfile = {
  version: 1,
  kind: 'stock',
  fields: { product: { column: 'sku' }, onHand: { column: 'on hand' } },
};

let f: CsvImporter;
let sql: Database.Database;
let importCsv: CsvImporter['importCsv'];

beforeEach(async () => {
  f = await openCsvImporter();
  ({ sql, importCsv } = f);
  const products = await importCsv(sameNames('products', ['sku', 'barcode', 'name', 'price', 'cost']), [
    'sku,barcode,name,price,cost',
    'TEA-1,4006381333931,Green tea,4.99,2.00',
    'MUG-1,,Mug,12.50,5.00',
    'PEN-1,,Pen,1.00,0.40',
  ]);
  expect(products.inserted).toBe(3);
});

afterEach(() => f.dispose());

const onHand = () =>
  sql
    .prepare(
      `SELECT p."sku", sl."on_hand" FROM "stock_levels" sl JOIN "products" p ON p."id" = sl."product_id" ORDER BY p."sku"`,
    )
    .all();

describe('stock levels import', () => {
  it('books one count whose movements make stock on hand equal the file', async () => {
    const first = await importCsv(STOCK, ['sku,on hand', 'TEA-1,12', 'mug-1,3']);
    expect(first).toMatchObject({ inserted: 2, rejected: 0 });
    expect(onHand()).toEqual([
      { sku: 'MUG-1', on_hand: 3 },
      { sku: 'PEN-1', on_hand: 0 },
      { sku: 'TEA-1', on_hand: 12 },
    ]);

    // A second file: by barcode, one unchanged line (no movement), one product counted down.
    const second = await importCsv(STOCK, ['sku,on hand', '4006381333931,7', 'MUG-1,3']);
    expect(second.counts).toMatchObject({ counts: 1, changed: 1 });
    expect(onHand()).toContainEqual({ sku: 'TEA-1', on_hand: 7 });
    expect(
      sql.prepare(`SELECT "kind", "quantity", "unit_cost_cents" FROM "stock_movements" ORDER BY "id"`).all(),
    ).toEqual([
      { kind: 'count', quantity: 12, unit_cost_cents: 200 },
      { kind: 'count', quantity: 3, unit_cost_cents: 500 },
      { kind: 'count', quantity: -5, unit_cost_cents: 200 },
    ]);
    expect(
      sql
        .prepare(`SELECT "expected", "counted" FROM "stock_count_lines" WHERE "stock_count_id" = 2 ORDER BY "id"`)
        .all(),
    ).toEqual([
      { expected: 12, counted: 7 },
      { expected: 3, counted: 3 },
    ]);
    expect(sql.prepare('SELECT COUNT(*) FROM "stock_counts"').pluck().get()).toBe(2);
    expect(sql.prepare(`SELECT COUNT(*) FROM "sync_outbox" WHERE "entity" = 'stock_counts'`).pluck().get()).toBe(2);
  });

  it('refuses negative quantities, unknown products and a product counted twice', async () => {
    const summary = await importCsv(STOCK, ['sku,on hand', 'TEA-1,-1', 'GHOST,4', 'MUG-1,2', 'MUG-1,5']);
    expect(summary).toMatchObject({ inserted: 1, rejected: 3 });
    // Each problem names the file's column and says its field's name, as a field check does.
    expect(summary.problems.map(({ rowNumber, column, reason }) => ({ rowNumber, column, reason }))).toEqual([
      { rowNumber: 2, column: 'on hand', reason: 'Quantity on hand is negative: stock on hand is never below zero' },
      { rowNumber: 3, column: 'sku', reason: 'Product (SKU or barcode) is not the SKU or barcode of a product' },
      {
        rowNumber: 5,
        column: 'sku',
        reason: 'Product (SKU or barcode) is already counted for this store on row 4 of the file',
      },
    ]);
    expect(onHand()).toContainEqual({ sku: 'MUG-1', on_hand: 2 });
    expect(onHand()).toContainEqual({ sku: 'TEA-1', on_hand: 0 });
  });
});
