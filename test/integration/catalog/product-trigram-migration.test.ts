import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { beforeMigration } from '../../helpers/migration-step';
import { typoMatches } from '../../../electron/services/catalog/search-typos';

describe('migration 0006: product search inside words', () => {
  it('indexes the products a file already has, then keeps the index current by trigger', async () => {
    const step = await beforeMigration('ProductTrigramSearch1764500000000');
    try {
      const before = step.before;
      const old = sqliteOf(before);
      const brandId = old
        .prepare(`INSERT INTO brands (uid, name) VALUES (?, 'Greenfield')`)
        .run(newUid()).lastInsertRowid;
      const insert = old.prepare(
        'INSERT INTO products (uid, sku, barcode, name, brand_id, price_cents) VALUES (?, ?, ?, ?, ?, 100)',
      );
      insert.run(newUid(), 'CHO-1', '5012345678900', 'Dark Chocolate', brandId);
      insert.run(newUid(), 'MLK-1', null, 'Buttermilk', null);

      const after = await step.migrate();
      const sql = sqliteOf(after);
      const names = (match: string) =>
        (
          sql
            .prepare(
              `SELECT p.name FROM product_trigram t JOIN products p ON p.id = t.rowid WHERE product_trigram MATCH ? ORDER BY p.name`,
            )
            .all(match) as { name: string }[]
        ).map((row) => row.name);
      expect(names('"ocola"')).toEqual(['Dark Chocolate']);
      expect(names('"ttermil"')).toEqual(['Buttermilk']);
      expect(names('"eenfie"')).toEqual(['Dark Chocolate']);
      expect(names('"345678"')).toEqual(['Dark Chocolate']);
      expect(typoMatches(sql, ['cho', 'hoc', 'ocl', 'cla', 'lat', 'ate']).length).toBe(1);

      sql.prepare(`UPDATE products SET name = 'Oat Milk' WHERE sku = 'MLK-1'`).run();
      expect(names('"ttermil"')).toEqual([]);
      expect(names('"at mil"')).toEqual(['Oat Milk']);
      sql.prepare(`UPDATE brands SET name = 'Meadowvale'`).run();
      expect(names('"eenfie"')).toEqual([]);
      expect(names('"dowva"')).toEqual(['Dark Chocolate']);
      sql.prepare(`DELETE FROM products WHERE sku = 'MLK-1'`).run();
      expect(names('"mil"')).toEqual([]);
      expect(sql.prepare('SELECT COUNT(*) FROM product_trigram').pluck().get()).toBe(1);
    } finally {
      await step.dispose();
    }
  });
});
