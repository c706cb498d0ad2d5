import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { beforeMigration } from '../../helpers/migration-step';
import { searchCustomers } from '../../../electron/services/customers/search-customers';

describe('migration 0003: customer search', () => {
  it('indexes the customers a file already has, then keeps the index current by trigger', async () => {
    const step = await beforeMigration('CustomerSearch1764200000000');
    try {
      const before = step.before;
      const insert = sqliteOf(before).prepare(
        'INSERT INTO customers (uid, first_name, last_name, email, phone) VALUES (?, ?, ?, ?, ?)',
      );
      insert.run(newUid(), 'Ann', 'Lee', 'ann.lee@example.com', '+15550102030');
      insert.run(newUid(), 'Bob', 'Baker', null, null);

      const after = await step.migrate();
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
    } finally {
      await step.dispose();
    }
  });
});
