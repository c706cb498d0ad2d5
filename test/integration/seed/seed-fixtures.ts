import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { DEMO_PASSWORD } from '../../../database/seed';
import { hashPassword } from '../../../electron/services/auth/password';

let demoHash: Promise<string> | undefined;

/** The demo password hashed once per test file (scrypt is slow on purpose), the same hash every call. */
export function hashOnce(): (plain: string) => Promise<string> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  return () => demoHash!;
}

/** The end day the tests seed with: the history runs from 2025-05-01 up to 2026-11-01T00:00Z. */
export const SEED_END_AT = new Date('2026-11-01T09:30:00Z');

/** Tables the seed writes, each read in a fixed order. */
const CHECKED_READS = [
  'SELECT * FROM "stores" ORDER BY "id"',
  'SELECT * FROM "staff_members" ORDER BY "id"',
  'SELECT * FROM "categories" ORDER BY "id"',
  'SELECT * FROM "brands" ORDER BY "id"',
  'SELECT * FROM "suppliers" ORDER BY "id"',
  'SELECT * FROM "products" ORDER BY "id"',
  'SELECT * FROM "product_suppliers" ORDER BY "product_id", "supplier_id"',
  'SELECT * FROM "customers" ORDER BY "id"',
  'SELECT * FROM "orders" ORDER BY "id"',
  'SELECT * FROM "order_lines" ORDER BY "id"',
  'SELECT * FROM "payments" ORDER BY "id"',
  'SELECT * FROM "stock_movements" ORDER BY "id"',
  'SELECT * FROM "stock_levels" ORDER BY "store_id", "product_id"',
];

/** One SHA-256 per table over every row, for comparing two seeded files. */
export function tableChecksums(db: Database.Database): Record<string, string> {
  return Object.fromEntries(
    CHECKED_READS.map((sql) => {
      const hash = createHash('sha256');
      for (const row of db.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row)).update('\n');
      return [sql.match(/FROM "(\w+)"/)![1]!, hash.digest('hex')];
    }),
  );
}
