import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../database/data-source';

export interface TempDatabase {
  dataSource: DataSource;
  path: string;
  dispose(): Promise<void>;
}

/** Where test/global-setup.ts leaves the path of its migrated empty file for the test processes. */
export const TEMPLATE_VARIABLE = 'BACKROOM_TEST_MIGRATED_TEMPLATE';

/**
 * Puts an empty, fully migrated database at `path` when the test run made one to copy; otherwise
 * (a benchmark using the helpers) leaves the path alone, and opening it runs the migrations.
 */
export function freshDatabaseAt(path: string): void {
  const template = process.env[TEMPLATE_VARIABLE];
  if (template) copyFileSync(template, path);
}

/** A fresh SQLite file in its own temporary folder, with every migration applied. */
export async function openTempDatabase(): Promise<TempDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'backroom-test-'));
  const path = join(folder, 'backroom.sqlite');
  freshDatabaseAt(path);
  const dataSource = await openDatabase(path);
  return {
    dataSource,
    path,
    async dispose() {
      if (dataSource.isInitialized) await dataSource.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
