import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { seedDatabase } from '../../../database/seed';
import { openTempDatabase } from '../../helpers/database';
import { HQ_TIMEOUT_MS, openTestHq, type TestHq } from '../../helpers/hq-database';
import { SEED_END_AT, hashOnce } from '../seed/seed-fixtures';

/** A seeded demo file that has never synced, and an empty head office to sync it to. */
export interface SeededSync {
  sql: Database.Database;
  hq: TestHq;
  dispose(): Promise<void>;
}

export const SEEDED_SYNC_TIMEOUT_MS = HQ_TIMEOUT_MS + 180_000;

export async function openSeededSync(): Promise<SeededSync> {
  const [temp, hq] = await Promise.all([openTempDatabase(), openTestHq()]);
  await seedDatabase(temp.dataSource, { scale: 'demo', endAt: SEED_END_AT, hashPassword: hashOnce() });
  return {
    sql: sqliteOf(temp.dataSource),
    hq,
    async dispose() {
      await temp.dispose();
      await hq.dispose();
    },
  };
}

export const countRows = (sql: Database.Database, table: string) =>
  sql.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
