import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { importFromFiles } from '../../../electron/import/import-files';
import type { ImportSummary } from '../../../electron/import/run-import';
import type { ImportMode } from '../../../electron/import/writer';
import type { ImportProfile } from '../../../shared/import/profile';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

export interface CsvImportOptions {
  mode?: ImportMode;
  /** Who imports; the store's first admin when absent. */
  staffId?: number;
}

/** A fresh store whose files are written from lines and imported through the pipeline, as the job does. */
export interface CsvImporter {
  t: TestBackroom;
  sql: Database.Database;
  storeId: number;
  adminId: number;
  /** Valid rows are written and the others rejected (not all or nothing); new categories, brands and suppliers allowed. */
  importCsv(profile: ImportProfile, lines: readonly string[], options?: CsvImportOptions): Promise<ImportSummary>;
  dispose(): Promise<void>;
}

export async function openCsvImporter(timeZone = 'UTC'): Promise<CsvImporter> {
  const t = await openTestBackroom();
  const admin = await setUpStore(t, timeZone);
  const sql = sqliteOf(t.backroom.dataSource);
  const folder = mkdtempSync(join(tmpdir(), 'backroom-csv-import-'));
  let files = 0;
  return {
    t,
    sql,
    storeId: admin.staff.storeId,
    adminId: admin.staff.id,
    importCsv(profile, lines, options = {}) {
      const path = join(folder, `file-${++files}.csv`);
      writeFileSync(path, `${lines.join('\n')}\n`);
      return importFromFiles(
        { source: path, lookups: {} },
        {
          sql,
          profile,
          storeId: admin.staff.storeId,
          staffId: options.staffId ?? admin.staff.id,
          now: t.clock.now().toISOString(),
          mode: options.mode ?? 'insert',
          naturalKey: null,
          atomic: false,
          dryRun: false,
          allowNew: { categories: true, brands: true, suppliers: true },
        },
      );
    },
    async dispose() {
      await t.dispose();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A profile of `kind` mapping each field to the column of the same name. */
export function sameNames(
  kind: ImportProfile['kind'],
  fields: string[],
  extra: Partial<ImportProfile> = {},
): ImportProfile {
  return { version: 1, kind, fields: Object.fromEntries(fields.map((field) => [field, { column: field }])), ...extra };
}
