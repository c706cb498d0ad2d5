import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { entities } from '../../../database/entities';
import { newUid } from '../../../database/ids';
import { migrations } from '../../../database/migrations';
import { searchCustomers } from '../../../electron/services/customers/search-customers';

describe('migration 0003: customer search', () => {
  it('indexes the customers a file already has, then keeps the index current by trigger', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backroom-migrate-'));
    const path = join(folder, 'backroom.sqlite');
    const open = async (count: number) => {
      const dataSource = new DataSource({
        type: 'better-sqlite3',
        database: path,
        entities,
        migrations: migrations.slice(0, count),
      });
      await dataSource.initialize();
      return dataSource;
    };
    try {
      const before = await open(2);
      await before.runMigrations();
      const insert = sqliteOf(before).prepare(
        'INSERT INTO customers (uid, first_name, last_name, email, phone) VALUES (?, ?, ?, ?, ?)',
      );
      insert.run(newUid(), 'Ann', 'Lee', 'ann.lee@example.com', '+15550102030');
      insert.run(newUid(), 'Bob', 'Baker', null, null);
      await before.destroy();

      const after = await open(3);
      const ran = await after.runMigrations({ transaction: 'each' });
      expect(ran.map((migration) => migration.name)).toEqual(['CustomerSearch1764200000000']);
      const sql = sqliteOf(after);
      const find = (query: string) =>
        searchCustomers(sql, { query, limit: 10 }).items.map((item) => `${item.firstName} ${item.lastName}`);
      expect(find('lee')).toEqual(['Ann Lee']);
      expect(find('ann.lee@ex')).toEqual(['Ann Lee']);
      expect(find('555 0102')).toEqual(['Ann Lee']);
      expect(find('bak')).toEqual(['Bob Baker']);

      sql.prepare(`UPDATE customers SET last_name = 'Brown' WHERE first_name = 'Bob'`).run();
      expect(find('bak')).toEqual([]);
      expect(find('brow')).toEqual(['Bob Brown']);
      sql.prepare(`DELETE FROM customers WHERE first_name = 'Bob'`).run();
      expect(find('bob')).toEqual([]);
      expect(sql.prepare(`SELECT COUNT(*) FROM customer_search`).pluck().get()).toBe(1);
      await after.destroy();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
