import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { runSync, type SyncRunResult } from '../../../electron/sync/run-sync';
import { SYNCABLE, type ChildShape } from '../../../electron/sync/syncable';
import { startPostgresServer } from '../../helpers/postgres-server';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';

/** A busy day of the large chain: about twice its average day of orders, one movement per line. */
const DAY_ORDERS = 4_000;
const DAY_MOVEMENTS = 20_000;
const DAY_CUSTOMERS = 1_000;

/**
 * Head-office sync into a PostgreSQL server started on this machine: the first sync of the whole
 * file (every record sent straight from its table), and a busy day's changes afterwards. A sync
 * writes to the file it syncs (its outbox and sync record), so with BENCH_DB the named file is used as given
 * (pass a copy); otherwise the cached seeded file is copied first and the copy removed after.
 */
export const syncSuite: BenchSuite = {
  name: 'sync',
  description: 'head-office sync: first sync of the whole file and a busy day of changes, to a local PostgreSQL',
  async run(ctx: BenchContext) {
    const given = process.env.BENCH_DB;
    const copy = given ? null : join(tmpdir(), `backroom-sync-bench-${process.pid}.sqlite`);
    const path = given ?? copy!;
    if (copy) await sqliteOf(ctx.dataSource).backup(copy);
    const server = await startPostgresServer();
    const sql = new Database(path);
    sql.pragma('journal_mode = WAL');
    sql.pragma('busy_timeout = 5000');
    try {
      return [...(await firstSync(sql, server.url)), ...(await busyDay(sql, server.url))];
    } finally {
      sql.close();
      server.dispose();
      if (copy) for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
    }
  },
};

async function firstSync(sql: Database.Database, url: string): Promise<BenchFigure[]> {
  const childRows = SYNCABLE.reduce((sum, shape) => sum + countChildren(sql, shape.children ?? []), 0);
  const started = performance.now();
  // Connecting, sending every record and pulling messages: the whole sync counts.
  const result: SyncRunResult = await runSync(sql, url);
  const totalS = (performance.now() - started) / 1000;
  const rows = result.applied + childRows;
  return [
    {
      name: `first sync: records sent (${result.applied.toLocaleString('en-US')} records)`,
      value: result.applied,
      unit: 'records',
    },
    { name: 'first sync: rows sent (records and the child rows inside them)', value: rows, unit: 'rows' },
    { name: 'first sync: total time (connect, push, pull)', value: totalS, unit: 's' },
    { name: 'first sync: rate, records', value: result.applied / totalS, unit: 'records/s' },
    { name: 'first sync: rate, rows (target ≥ 50,000)', value: rows / totalS, unit: 'rows/s' },
  ];
}

async function busyDay(sql: Database.Database, url: string): Promise<BenchFigure[]> {
  const stores = sql.prepare('SELECT "id" FROM "stores"').pluck().all() as number[];
  const products = sql.prepare('SELECT "id" FROM "products" LIMIT 5000').pluck().all() as number[];
  const now = new Date().toISOString();
  sql.transaction(() => {
    // The day's orders travel whole (lines, payments, status changes): re-sending recent ones costs the same.
    sql
      .prepare(
        'UPDATE "orders" SET "updated_at" = ? WHERE "id" IN (SELECT "id" FROM "orders" ORDER BY "id" DESC LIMIT ?)',
      )
      .run(now, DAY_ORDERS);
    sql
      .prepare(
        'UPDATE "customers" SET "updated_at" = ? WHERE "id" IN (SELECT "id" FROM "customers" ORDER BY "id" DESC LIMIT ?)',
      )
      .run(now, DAY_CUSTOMERS);
    const movement = sql.prepare(
      `INSERT INTO "stock_movements" ("uid", "store_id", "product_id", "kind", "quantity", "unit_cost_cents", "occurred_at")
       VALUES (?, ?, ?, 'receipt', 1, 100, ?)`,
    );
    for (let n = 0; n < DAY_MOVEMENTS; n++) {
      movement.run(newUid(), stores[n % stores.length], products[n % products.length], now);
    }
  })();
  const pending = sql.prepare('SELECT COUNT(*) FROM "sync_outbox"').pluck().get() as number;
  const started = performance.now();
  const result = await runSync(sql, url);
  const seconds = (performance.now() - started) / 1000;
  return [
    {
      name: `busy day: changes pushed (${DAY_ORDERS} orders, ${DAY_MOVEMENTS} movements, ${DAY_CUSTOMERS} customers)`,
      value: result.applied,
      unit: 'changes',
    },
    { name: 'busy day: pending before the sync', value: pending, unit: 'changes' },
    { name: 'busy day: sync time, connect to done (target < 5 s)', value: seconds, unit: 's' },
  ];
}

function countChildren(sql: Database.Database, children: readonly ChildShape[]): number {
  return children.reduce(
    (sum, child) =>
      sum +
      (sql.prepare(`SELECT COUNT(*) FROM "${child.table}"`).pluck().get() as number) +
      countChildren(sql, child.children ?? []),
    0,
  );
}
