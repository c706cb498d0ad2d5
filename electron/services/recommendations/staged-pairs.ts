import { setTimeout as sleep } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { ComputedTables, RebuildProgress } from './rebuild';

/** Where the job writes the computed pairs, in short transactions, before the swap renames it in. */
export const STAGED_PAIRS = 'recommendation_pairs_next';
/** The replaced pairs after the swap, dropped in a transaction of their own. */
export const RETIRED_PAIRS = 'recommendation_pairs_retired';
/** How long one staging transaction may hold the write lock, and the pause left after it for the till. */
const STAGE_SLICE_MS = 50;
const STAGE_PAUSE_MS = 25;

/** Another rebuild job is staging its pairs: the staging table is its own. */
export class RebuildRunning extends AppError {
  constructor() {
    super('CONFLICT', 'Suggestions are already being rebuilt; wait for that rebuild to finish.');
  }
}

const stagingExists = (sql: Database.Database) =>
  sql.prepare(`SELECT 1 FROM "sqlite_schema" WHERE "name" = '${STAGED_PAIRS}'`).get() !== undefined;

/** Rebuild jobs recorded as running, this one included; one a crash interrupted is marked failed at startup. */
const rebuildsRunning = (sql: Database.Database) =>
  sql
    .prepare(`SELECT COUNT(*) FROM "jobs" WHERE "kind" = 'recommendations.rebuild' AND "status" = 'running'`)
    .pluck()
    .get() as number;

/**
 * Writes the computed pairs into a staging table of the same definition, in transactions of about
 * 50 ms with a pause after each, so a sale at the till waits a slice at most. Called by the job
 * before `swapRecommendations(…, { staged: true })`; a staging table a crash left is replaced, one
 * of a rebuild running beside this one refuses this one.
 */
export async function stagePairs(
  sql: Database.Database,
  computed: ComputedTables,
  report: (progress: RebuildProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<void> {
  const definition = sql
    .prepare(`SELECT "sql" FROM "sqlite_schema" WHERE "type" = 'table' AND "name" = 'recommendation_pairs'`)
    .pluck()
    .get() as string;
  await takeWriteLock(sql, signal);
  try {
    if (stagingExists(sql) && rebuildsRunning(sql) > 1) throw new RebuildRunning();
    sql.exec(`DROP TABLE IF EXISTS "${STAGED_PAIRS}"`);
    sql.exec(`DROP TABLE IF EXISTS "${RETIRED_PAIRS}"`);
    sql.exec(definition.replace('"recommendation_pairs"', `"${STAGED_PAIRS}"`));
    sql.exec('COMMIT');
  } finally {
    if (sql.inTransaction) sql.exec('ROLLBACK');
  }
  const insert = sql.prepare(`INSERT INTO "${STAGED_PAIRS}" ("product_id", "other_id", "weight") VALUES (?, ?, ?)`);
  const { count, productIds, otherIds, weights } = computed.pairs;
  let at = 0;
  while (at < count) {
    signal?.throwIfAborted();
    report({ phase: 'Saving', done: at, total: count });
    await takeWriteLock(sql, signal);
    const sliceEnds = performance.now() + STAGE_SLICE_MS;
    try {
      do {
        const end = Math.min(count, at + 1000);
        for (; at < end; at++) insert.run(productIds[at], otherIds[at], weights[at]);
      } while (at < count && performance.now() < sliceEnds);
      sql.exec('COMMIT');
    } finally {
      if (sql.inTransaction) sql.exec('ROLLBACK');
    }
    await sleep(STAGE_PAUSE_MS);
  }
  report({ phase: 'Saving', done: count, total: count });
}

/**
 * Opens a write transaction, waiting for as long as another writer holds the lock (an import may
 * for minutes) rather than failing after the connection's busy timeout, until cancelled.
 */
export async function takeWriteLock(sql: Database.Database, signal?: AbortSignal): Promise<void> {
  for (;;) {
    signal?.throwIfAborted();
    try {
      sql.exec('BEGIN IMMEDIATE');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    }
    await sleep(100);
  }
}

/**
 * Drops what a staged rebuild left behind: the replaced pairs after a swap, and the staging table
 * too after a cancel or a failure (not after a swap: the staging table then may be the next
 * rebuild's).
 */
export function dropStagedLeftovers(sql: Database.Database, { staging = true }: { staging?: boolean } = {}): void {
  sql
    .transaction(() => {
      if (staging) sql.exec(`DROP TABLE IF EXISTS "${STAGED_PAIRS}"`);
      sql.exec(`DROP TABLE IF EXISTS "${RETIRED_PAIRS}"`);
    })
    .immediate();
}
