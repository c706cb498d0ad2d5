import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../database/data-source';

export interface TempDatabase {
  dataSource: DataSource;
  path: string;
  dispose(): Promise<void>;
}

/** A fresh SQLite file in its own temporary folder, with every migration applied. */
export async function openTempDatabase(): Promise<TempDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'backroom-test-'));
  const path = join(folder, 'backroom.sqlite');
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
