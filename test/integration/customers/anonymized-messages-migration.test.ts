import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { beforeMigration } from '../../helpers/migration-step';

const CREATED_AT = '2026-11-02T09:00:00.000Z';

/** Rows as the writers before migration 0028 left them: anonymizing kept the messages about the person. */
function oldWriter(sql: Database.Database) {
  const insert = (text: string, ...params: unknown[]) => Number(sql.prepare(text).run(...params).lastInsertRowid);
  const storeId = insert(`INSERT INTO stores (uid, code, name) VALUES (?, 'MAIN', 'Main')`, newUid());
  const staff = (username: string) =>
    insert(
      `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash) VALUES (?, ?, ?, ?, 'manager', 'x')`,
      newUid(),
      storeId,
      username,
      username,
    );
  const author = staff('ada');
  const conversationId = sql.prepare(`SELECT id FROM conversations WHERE kind = 'everyone'`).pluck().get() as number;
  return {
    staff,
    product: (sku: string) =>
      insert(`INSERT INTO products (uid, sku, name, price_cents) VALUES (?, ?, ?, 100)`, newUid(), sku, sku),
    customer: (first: string, last: string, fields: { archived?: boolean; phone?: string | null } = {}) =>
      insert(
        `INSERT INTO customers (uid, first_name, last_name, phone, archived_at) VALUES (?, ?, ?, ?, ?)`,
        newUid(),
        first,
        last,
        fields.phone ?? null,
        fields.archived ? '2026-11-20T10:00:00.000Z' : null,
      ),
    message(body: string, record: { kind: string; id: number } | null, extra: { pinnedBy?: number } = {}): number {
      return insert(
        `INSERT INTO messages (uid, conversation_id, author_id, body, record_kind, record_id, created_at, pinned_at, pinned_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        newUid(),
        conversationId,
        author,
        body,
        record?.kind ?? null,
        record?.id ?? null,
        CREATED_AT,
        extra.pinnedBy === undefined ? null : CREATED_AT,
        extra.pinnedBy ?? null,
      );
    },
    mention(messageId: number, staffId: number): void {
      insert(
        `INSERT INTO message_mentions (message_id, staff_id, conversation_id) VALUES (?, ?, ?)`,
        messageId,
        staffId,
        conversationId,
      );
    },
  };
}

const everyRow = (sql: Database.Database, table: string) =>
  sql.prepare(`SELECT * FROM "${table}" ORDER BY "id"`).all() as Record<string, unknown>[];
const searchHits = (sql: Database.Database, word: string) =>
  sql.prepare(`SELECT rowid FROM message_search WHERE message_search MATCH ? ORDER BY rowid`).pluck().all(word);

describe('migration 0028: messages about customers anonymized before', () => {
  it('empties exactly the messages attached to an anonymized customer, queues them for head office, and changes nothing else', async () => {
    const step = await beforeMigration('AnonymizedCustomerMessages1766800000000');
    try {
      const sql = sqliteOf(step.before);
      const old = oldWriter(sql);
      const max = old.staff('max');
      // Anonymized as the code before this migration did: name, contact and notes gone, archived.
      const anonymized = old.customer('Anonymized', 'customer', { archived: true });
      const ben = old.customer('Ben', 'Old');
      // Still someone: let go (archived, a phone kept), or merely named so and not archived.
      const letGo = old.customer('Anonymized', 'customer', { archived: true, phone: '+31612345678' });
      const namesake = old.customer('Anonymized', 'customer');
      const milk = old.product('MILK');
      expect(milk).toBe(anonymized);

      const pinned = old.message(
        'Ann rang, call back on 0612345678',
        { kind: 'customer', id: anonymized },
        { pinnedBy: max },
      );
      old.mention(pinned, max);
      const plain = old.message('Ann Lee collects Friday', { kind: 'customer', id: anonymized });
      const keptIds = [
        old.message('Ben wants oat milk', { kind: 'customer', id: ben }),
        old.message('Milk is short', { kind: 'product', id: milk }),
        old.message('Ann Lee again', null),
        old.message('Let go, rang twice', { kind: 'customer', id: letGo }),
        old.message('Namesake pays by card', { kind: 'customer', id: namesake }),
      ];
      old.mention(keptIds[0]!, max);
      const messagesBefore = everyRow(sql, 'messages');
      const mentionsBefore = everyRow(sql, 'message_mentions');
      const customersBefore = everyRow(sql, 'customers');
      expect(searchHits(sql, 'rang')).toEqual([pinned, keptIds[3]]);
      sql.prepare(`DELETE FROM sync_outbox`).run();

      const startedAt = new Date().toISOString();
      const after = sqliteOf(await step.migrate());
      const finishedAt = new Date().toISOString();

      const messagesAfter = everyRow(after, 'messages');
      const emptied = messagesAfter.filter((row) => row.id === pinned || row.id === plain);
      for (const row of emptied) {
        const before = messagesBefore.find((old) => old.id === row.id)!;
        expect(row).toEqual({
          ...before,
          body: '',
          deleted_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          record_kind: null,
          record_id: null,
          pinned_at: null,
          pinned_by: null,
        });
        expect(row.deleted_at! >= startedAt.slice(0, 19) && row.deleted_at! <= finishedAt).toBe(true);
      }
      expect(messagesAfter.filter((row) => row.id !== pinned && row.id !== plain)).toEqual(
        messagesBefore.filter((row) => keptIds.includes(row.id as number)),
      );
      expect(everyRow(after, 'message_mentions')).toEqual(mentionsBefore.filter((row) => row.message_id !== pinned));
      expect(everyRow(after, 'customers')).toEqual(customersBefore);

      // Search no longer finds the emptied words; the rest is found as before.
      expect(searchHits(after, 'rang')).toEqual([keptIds[3]]);
      expect(searchHits(after, 'Friday')).toEqual([]);
      expect(searchHits(after, 'Ann')).toEqual([keptIds[2]]);
      // Head office gets the emptied messages, and only them.
      const uidOf = (id: number) => messagesBefore.find((row) => row.id === id)!.uid;
      expect(after.prepare(`SELECT entity, entity_uid, op FROM sync_outbox ORDER BY seq`).all()).toEqual(
        [pinned, plain].map((id) => ({ entity: 'messages', entity_uid: uidOf(id), op: 'update' })),
      );
    } finally {
      await step.dispose();
    }
  });
});
