import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../database/audit-chain';
import { sqliteOf } from '../../../database/data-source';
import { writeAudit } from '../../../electron/host/audit';
import { verifyAuditChain } from '../../../electron/services/audit/verify-chain';
import { beforeMigration } from '../../helpers/migration-step';

describe('migration 0015: audit chain', () => {
  it('chains the rows already there in id order, then keeps the log append-only', async () => {
    const step = await beforeMigration('AuditChain1765300000000');
    try {
      const old = sqliteOf(step.before);
      const insert = old.prepare(
        `INSERT INTO "audit_log" ("occurred_at", "staff_id", "action", "entity", "entity_id", "result", "error_code", "details")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      insert.run('2026-11-01T08:00:00.000Z', null, 'setup.createStore', 'stores', '1', 'ok', null, null);
      insert.run('2026-11-01T08:01:00.000Z', 1, 'products.update', 'products', '7', 'ok', null, '{"changes":{}}');
      insert.run('2026-11-01T08:02:00.000Z', 1, 'products.update', 'products', '7', 'error', 'CONFLICT', null);
      insert.run('2026-11-01T08:03:00.000Z', null, 'auth.login', null, null, 'error', 'UNAUTHENTICATED', '{"u":"x"}');
      // The old log was append-only already: the migration must lift that only for its own pass.
      expect(() => old.prepare('UPDATE "audit_log" SET "result" = \'ok\'').run()).toThrow(/append-only/);

      const sql = sqliteOf(await step.migrate());
      const rows = sql.prepare('SELECT * FROM "audit_log" ORDER BY "id"').all() as Record<string, unknown>[];
      expect(rows.map((row) => [row.action, row.origin, row.details])).toEqual([
        ['setup.createStore', null, null],
        ['products.update', null, '{"changes":{}}'],
        ['products.update', null, null],
        ['auth.login', null, '{"u":"x"}'],
      ]);
      expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
      for (let index = 1; index < rows.length; index++) expect(rows[index]!.prev_hash).toBe(rows[index - 1]!.row_hash);
      expect(new Set(rows.map((row) => row.row_hash)).size).toBe(4);
      expect(verifyAuditChain(sql)).toEqual({ status: 'intact', rows: 4 });

      writeAudit(sql, {
        occurredAt: new Date('2026-12-01T09:00:00.000Z'),
        staffId: 1,
        action: 'products.create',
        entity: 'products',
        entityId: 8,
        result: 'ok',
        errorCode: null,
        details: { name: 'New' },
        origin: 'window:1',
      });
      expect(verifyAuditChain(sql)).toEqual({ status: 'intact', rows: 5 });
      expect(() => sql.prepare('UPDATE "audit_log" SET "origin" = \'cli\'').run()).toThrow(/append-only/);
      expect(() => sql.prepare('DELETE FROM "audit_log"').run()).toThrow(/append-only/);
    } finally {
      await step.dispose();
    }
  });
});
