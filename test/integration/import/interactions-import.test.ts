import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { openCsvImporter, sameNames, type CsvImporter } from './csv-importer';
import { INTERACTIONS_HEADER, INTERACTIONS_PROFILE } from './import-profiles';

let f: CsvImporter;
let sql: Database.Database;
let importCsv: CsvImporter['importCsv'];

beforeEach(async () => {
  f = await openCsvImporter();
  ({ sql, importCsv } = f);
  await importCsv(sameNames('products', ['sku', 'name', 'price']), ['sku,name,price', 'TEA-1,Green tea,4.99']);
  await importCsv(
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
    ['ref,first,last,email', 'C-1,Zoë,Åström,zoe@example.com'],
  );
});

afterEach(() => f.dispose());

describe('customer interactions import', () => {
  it('appends each event for the customer by reference or email', async () => {
    const summary = await importCsv(INTERACTIONS_PROFILE, [
      INTERACTIONS_HEADER,
      'C-1,TEA-1,viewed,,,2026-11-20T10:00:00Z',
      'ZOE@example.com,TEA-1,added to cart,,2,2026-11-20T10:05:00Z',
      'C-1,tea-1,rated,4,,2026-11-21T08:00:00+01:00',
    ]);
    expect(summary).toMatchObject({ inserted: 3, rejected: 0 });
    expect(
      sql
        .prepare(
          'SELECT "kind", "quantity", "rating", "occurred_at", "order_id" FROM "customer_interactions" ORDER BY "id"',
        )
        .all(),
    ).toEqual([
      { kind: 'viewed', quantity: 1, rating: null, occurred_at: '2026-11-20T10:00:00.000Z', order_id: null },
      { kind: 'added_to_cart', quantity: 2, rating: null, occurred_at: '2026-11-20T10:05:00.000Z', order_id: null },
      { kind: 'rated', quantity: 1, rating: 4, occurred_at: '2026-11-21T07:00:00.000Z', order_id: null },
    ]);
  });

  it('refuses unknown customers and products, bad kinds and ratings, and times in the future', async () => {
    // The clock is 2026-11-25T09:00Z.
    const summary = await importCsv(INTERACTIONS_PROFILE, [
      INTERACTIONS_HEADER,
      'C-404,TEA-1,viewed,,,2026-11-20T10:00:00Z',
      'C-1,NOPE,viewed,,,2026-11-20T10:00:00Z',
      'C-1,TEA-1,liked,,,2026-11-20T10:00:00Z',
      'C-1,TEA-1,rated,,,2026-11-20T10:00:00Z',
      'C-1,TEA-1,rated,6,,2026-11-20T10:00:00Z',
      'C-1,TEA-1,viewed,3,,2026-11-20T10:00:00Z',
      'C-1,TEA-1,viewed,,0,2026-11-20T10:00:00Z',
      'C-1,TEA-1,viewed,,,2026-11-25T12:00:00Z',
      'C-1,TEA-1,viewed,,,2027-01-01T00:00:00Z',
      'C-1,TEA-1,viewed,,,yesterday',
    ]);
    expect(summary).toMatchObject({ inserted: 0, rejected: 10 });
    const reasons = summary.problems.map((problem) => `${problem.rowNumber} ${problem.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(/^2 .*not the reference or email of a customer/),
      expect.stringMatching(/^3 .*not the SKU or barcode/),
      expect.stringMatching(/^4 .*not viewed, added_to_cart, bought or rated/),
      expect.stringMatching(/^5 .*from 1 to 5/),
      expect.stringMatching(/^6 .*from 1 to 5/),
      expect.stringMatching(/^7 .*only rated rows have a rating/),
      expect.stringMatching(/^8 .*more than zero/),
      expect.stringMatching(/^9 .*future/),
      expect.stringMatching(/^10 .*future/),
      expect.stringMatching(/^11 .*not a date/),
    ]);
    expect(sql.prepare('SELECT COUNT(*) FROM "customer_interactions"').pluck().get()).toBe(0);
  });
});
