import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { seedDatabase } from '../../../database/seed';
import type { PendingChange } from '../../../electron/sync/outbox-reader';
import { recordJsonSql } from '../../../electron/sync/record-sql';
import {
  advancedTo,
  planSnapshot,
  SnapshotReader,
  snapshotRemaining,
  type SnapshotPlace,
  type SnapshotPlan,
} from '../../../electron/sync/snapshot';
import { SYNCABLE } from '../../../electron/sync/syncable';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { buildRecords } from '../../helpers/sync-records';
import { SEED_END_AT, hashOnce } from '../seed/seed-fixtures';

let temp: TempDatabase;
let sql: Database.Database;
let plan: SnapshotPlan;

beforeAll(async () => {
  temp = await openTempDatabase();
  await seedDatabase(temp.dataSource, { scale: 'demo', endAt: SEED_END_AT, hashPassword: hashOnce() });
  sql = sqliteOf(temp.dataSource);
}, 180_000);

afterAll(() => temp?.dispose());

const count = (table: string) => sql.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
const lastSeq = () => sql.prepare('SELECT "last_seq" FROM "sync_state"').pluck().get() as number;

/** Every batch a reader gives from `from`, with the place after each. */
function readAll(from: SnapshotPlan, limit: number): { rows: PendingChange[]; place: SnapshotPlace }[] {
  const reader = new SnapshotReader(sql, from);
  const batches = [];
  for (let batch = reader.next(limit); batch.rows.length > 0; batch = reader.next(limit)) batches.push(batch);
  return batches;
}

describe('the first-sync snapshot', () => {
  it('starts from a seeded file whose outbox is empty', () => {
    expect(count('sync_outbox')).toBe(0);
  });

  it('reserves a block of change ids per entity, in dependency order, and writes nothing to the outbox', () => {
    const before = lastSeq();
    plan = planSnapshot(sql);
    expect(plan.entities.map((entity) => entity.entity)).toEqual([
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
    let next = before + 1;
    for (const entity of plan.entities) {
      expect(entity.firstSeq).toBe(next);
      next += entity.lastId - entity.firstId + 1;
    }
    expect(lastSeq()).toBe(next - 1);
    expect(count('sync_outbox')).toBe(0);
    expect(snapshotRemaining(sql, plan)).toBe(SYNCABLE.reduce((total, shape) => total + count(shape.table), 0));
  });

  it('reads every syncable record once, in batches of the size asked, each with its reserved id', () => {
    const batches = readAll(plan, 4_000);
    const rows = batches.flatMap((batch) => batch.rows);
    expect(rows).toHaveLength(snapshotRemaining(sql, plan));
    expect(batches.slice(0, -1).every((batch) => batch.rows.length === 4_000)).toBe(true);
    expect(new Set(rows.map((row) => row.seq)).size).toBe(rows.length);
    expect(rows.every((row) => row.op === 'insert')).toBe(true);
    for (const entity of plan.entities) {
      const own = rows.filter((row) => row.entity === entity.entity);
      expect(new Set(own.map((row) => row.uid)).size).toBe(count(entity.entity));
      const ids = sql.prepare(`SELECT "uid", "id" FROM "${entity.entity}"`).raw().all() as [string, number][];
      const idOf = new Map(ids);
      for (const row of own) expect(row.seq).toBe(entity.firstSeq + idOf.get(row.uid)! - entity.firstId);
    }
    // Entity by entity, each in id order: the seqs only rise.
    expect(rows.map((row) => row.seq)).toEqual(rows.map((row) => row.seq).sort((a, b) => a - b));
  });

  it('resumes from the place after any batch with exactly the records after it', () => {
    const batches = readAll(plan, 4_000);
    const all = batches.flatMap((batch) => batch.rows);
    for (const cut of [0, 1, 5, batches.length - 1]) {
      const resumed = advancedTo(plan, batches[cut]!.place);
      const rest = readAll(resumed, 3_000).flatMap((batch) => batch.rows);
      const sentBefore = batches.slice(0, cut + 1).reduce((sum, batch) => sum + batch.rows.length, 0);
      expect(rest).toEqual(all.slice(sentBefore));
      expect(snapshotRemaining(sql, resumed)).toBe(all.length - sentBefore);
    }
  });

  it('gives a change made after the plan an id above the whole snapshot', () => {
    sql.prepare(`UPDATE "stores" SET "name" = "name" || ' (flagship)' WHERE "id" = 1`).run();
    const [change] = sql.prepare('SELECT "seq", "op" FROM "sync_outbox"').all() as { seq: number; op: string }[];
    const last = plan.entities.at(-1)!;
    expect(change!.seq).toBeGreaterThan(last.firstSeq + last.lastId - last.firstId);
    expect(change!.op).toBe('update');
  });

  it('builds the stores first, then staff with their store as a uid and no credentials', () => {
    const stores = count('stores');
    const [first] = readAll(plan, stores + 2);
    const changes = buildRecords(sql, first!.rows);
    expect(changes.map((change) => change.entity)).toEqual([
      ...Array<string>(stores).fill('stores'),
      'staff_members',
      'staff_members',
    ]);
    const staff = JSON.parse(changes[stores]!.json!) as Record<string, unknown>;
    const firstStoreUid = sql.prepare('SELECT "uid" FROM "stores" WHERE "id" = 1').pluck().get();
    expect(staff).toMatchObject({ username: 'admin', role: 'admin', store_uid: firstStoreUid });
    expect(staff).not.toHaveProperty('password_hash');
    expect(staff).not.toHaveProperty('store_id');
  });

  it('builds a record of every syncable entity with uids for references and no local id', () => {
    const rows = readAll(plan, 100_000).flatMap((batch) => batch.rows);
    for (const shape of SYNCABLE) {
      // Every entity's record SQL is written from the live schema; it must build even when empty.
      expect(() => sql.prepare(`SELECT ${recordJsonSql(sql, shape.table)} FROM "${shape.table}" r0`)).not.toThrow();
      const row = rows.find((candidate) => candidate.entity === shape.table);
      if (row === undefined) continue;
      const [change] = buildRecords(sql, [row]);
      expect(change!.entity).toBe(shape.table);
      const keys = change!.json!.match(/"(\w+)":/g) ?? [];
      expect(keys.filter((key) => key === '"id":' || /_(id|by)":$/.test(key))).toEqual([]);
    }
  });
});
