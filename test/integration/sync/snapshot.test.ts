import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { seedDatabase } from '../../../database/seed';
import { OutboxReader } from '../../../electron/sync/outbox-reader';
import { recordJsonSql } from '../../../electron/sync/record-sql';
import { enqueueSnapshot, type SnapshotProgress } from '../../../electron/sync/snapshot';
import { SYNCABLE } from '../../../electron/sync/syncable';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { SEED_END_AT, hashOnce } from '../seed/seed-fixtures';

let temp: TempDatabase;
let sql: Database.Database;

beforeAll(async () => {
  temp = await openTempDatabase();
  await seedDatabase(temp.dataSource, { scale: 'demo', endAt: SEED_END_AT, hashPassword: hashOnce() });
  sql = sqliteOf(temp.dataSource);
}, 180_000);

afterAll(() => temp?.dispose());

const count = (table: string) => sql.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;

describe('the first-sync snapshot', () => {
  it('starts from a seeded file whose outbox is empty', () => {
    expect(count('sync_outbox')).toBe(0);
  });

  it('queues every syncable record once, in dependency order, reporting progress by chunk', async () => {
    const progress: SnapshotProgress[] = [];
    const queued = await enqueueSnapshot(sql, { rowsPerChunk: 4_000, onProgress: (p) => progress.push(p) });

    const expected = SYNCABLE.reduce((total, shape) => total + count(shape.table), 0);
    expect(queued).toBe(expected);
    expect(count('sync_outbox')).toBe(expected);
    expect(sql.prepare(`SELECT COUNT(*) FROM "sync_outbox" WHERE "op" <> 'insert'`).pluck().get()).toBe(0);

    // Each entity's seqs come after the previous entity's.
    const ranges = sql
      .prepare('SELECT "entity", MIN("seq") AS "first", MAX("seq") AS "last" FROM "sync_outbox" GROUP BY 1')
      .all() as { entity: string; first: number; last: number }[];
    const ordered = SYNCABLE.map((shape) => ranges.find((range) => range.entity === shape.table)).filter(
      (range) => range !== undefined,
    );
    expect(ordered.map((range) => range.entity)).toEqual([
      'stores',
      'staff_members',
      'categories',
      'brands',
      'suppliers',
      'products',
      'customers',
      'orders',
      'stock_movements',
      // The chain-wide, managers' and store rooms exist in every file.
      'conversations',
    ]);
    for (let i = 1; i < ordered.length; i++) expect(ordered[i]!.first).toBeGreaterThan(ordered[i - 1]!.last);

    // Parent categories before their children.
    expect(
      sql
        .prepare(
          `SELECT COUNT(*) FROM "categories" c JOIN "categories" p ON p."id" = c."parent_id"
           JOIN "sync_outbox" co ON co."entity_uid" = c."uid" JOIN "sync_outbox" po ON po."entity_uid" = p."uid"
           WHERE po."seq" > co."seq"`,
        )
        .pluck()
        .get(),
    ).toBe(0);

    const orders = progress.filter((p) => p.entity === 'orders');
    expect(orders.map((p) => p.done)).toEqual([0, 4_000, 8_000, 12_000, 16_000, 20_000]);
    expect(orders.every((p) => p.total === 20_000)).toBe(true);
    // The counter moved past the snapshot, so the next change comes after it.
    expect(sql.prepare('SELECT "last_seq" FROM "sync_state"').pluck().get()).toBe(
      sql.prepare('SELECT MAX("seq") FROM "sync_outbox"').pluck().get(),
    );
  });

  it('queues a record changed after the snapshot once, at its new place', async () => {
    sql.prepare(`UPDATE "stores" SET "name" = "name" || ' (flagship)' WHERE "id" = 1`).run();
    const rows = sql.prepare(`SELECT "seq", "op" FROM "sync_outbox" WHERE "entity" = 'stores' ORDER BY "seq"`).all();
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({ seq: sql.prepare('SELECT "last_seq" FROM "sync_state"').pluck().get(), op: 'insert' });
  });

  it('reads the stores first, then staff with their store as a uid and no credentials', () => {
    const { changes } = new OutboxReader(sql).readBatch({ limit: 5 });
    expect(changes.map((change) => change.entity)).toEqual([
      'stores',
      'stores',
      'staff_members',
      'staff_members',
      'staff_members',
    ]);
    const staff = changes[2]!.record!;
    // The first store changed after the snapshot, so its row now comes later in the stream.
    const firstStoreUid = sql.prepare('SELECT "uid" FROM "stores" WHERE "id" = 1').pluck().get();
    expect(changes.slice(0, 2).map((change) => change.uid)).not.toContain(firstStoreUid);
    expect(staff).toMatchObject({ username: 'admin', role: 'admin', store_uid: firstStoreUid });
    expect(staff).not.toHaveProperty('password_hash');
    expect(staff).not.toHaveProperty('store_id');
  });

  it('builds a record of every syncable entity with uids for references and no local id', () => {
    const reader = new OutboxReader(sql);
    for (const shape of SYNCABLE) {
      // Every entity's record SQL is written from the live schema; it must build even when empty.
      expect(() => sql.prepare(`SELECT ${recordJsonSql(sql, shape.table)} FROM "${shape.table}" r0`)).not.toThrow();
      const first = sql.prepare('SELECT MIN("seq") FROM "sync_outbox" WHERE "entity" = ?').pluck().get(shape.table) as
        number | null;
      if (first === null) continue;
      const [change] = reader.readBatch({ afterSeq: first - 1, limit: 1 }).changes;
      expect(change!.entity).toBe(shape.table);
      const keys = JSON.stringify(change!.record).match(/"(\w+)":/g) ?? [];
      expect(keys.filter((key) => key === '"id":' || /_(id|by)":$/.test(key))).toEqual([]);
    }
  });
});
