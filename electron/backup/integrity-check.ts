import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupManifest } from './format';
import { backupRefused } from './problems';
import type { BackupRun } from './progress';
import { restoreToFile, type RestoreToFileOptions } from './verify-backup';

/** Ordinary tables, SQLite's own included; a virtual table is checked through the tables that store it. */
const TABLES_SQL = `
  SELECT t."name", (SELECT COUNT(*) FROM "sqlite_schema" i WHERE i."type" = 'index' AND i."tbl_name" = t."name") AS "indexes"
  FROM "sqlite_schema" t
  WHERE t."type" = 'table' AND COALESCE(t."sql", '') NOT LIKE 'CREATE VIRTUAL TABLE%'
  ORDER BY t."name"`;

/** Problems quoted in the message: the first few say enough, and integrity_check may list hundreds. */
const QUOTED_PROBLEMS = 3;

export interface IntegrityRun {
  signal?: AbortSignal;
  /** How far, in table rows weighed by the indexes checked with them. */
  progress?(done: number, total: number): void;
}

/**
 * SQLite's integrity_check, table by table (each with its indexes: every index entry against its
 * row, uniqueness, every page), so a check that takes minutes on a large file reports progress and
 * notices a cancel between tables. The whole-file checks the per-table form leaves out (free
 * pages, pages used twice or never) are quick_check's, which every test restore has run already.
 * `rows` (the manifest's counts) weighs each table; no extra pass over the file is spent on it.
 */
export function checkIntegrity(path: string, rows: Record<string, number>, run: IntegrityRun = {}): void {
  const sql = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = sql.prepare(TABLES_SQL).all() as { name: string; indexes: number }[];
    const weight = (table: { name: string; indexes: number }) => ((rows[table.name] ?? 0) + 1) * (table.indexes + 1);
    const total = tables.reduce((sum, table) => sum + weight(table), 0);
    let done = 0;
    run.progress?.(done, total);
    for (const table of tables) {
      run.signal?.throwIfAborted();
      const found = (
        sql.pragma(`integrity_check("${table.name.replaceAll('"', '""')}")`) as { integrity_check: string }[]
      )
        .map((row) => row.integrity_check)
        .filter((line) => line !== 'ok');
      if (found.length > 0)
        throw backupRefused(
          'damaged',
          `The database in this backup is damaged (SQLite's integrity check, table ${table.name}): ` +
            `${found.slice(0, QUOTED_PROBLEMS).join('; ')}${found.length > QUOTED_PROBLEMS ? '; …' : ''}`,
        );
      done += weight(table);
      run.progress?.(done, total);
    }
  } finally {
    sql.close();
  }
}

export interface FullCheckOptions extends BackupRun, Pick<RestoreToFileOptions, 'backupPath' | 'unlock'> {
  /** Where the test restore is staged and removed again. */
  workFolder: string;
}

/**
 * The slow, thorough check a backup gets in the background: restored whole to a temporary file
 * (seals, checksum, quick_check, row counts), then integrity_check on a connection of its own to
 * that copy. Nothing touches the live database. The temporary file is removed whatever happens.
 */
export async function checkBackupFully(options: FullCheckOptions): Promise<BackupManifest> {
  const stage = await mkdtemp(join(options.workFolder, '.check-'));
  try {
    const targetPath = join(stage, 'restored.sqlite');
    const manifest = await restoreToFile({ ...options, targetPath });
    checkIntegrity(targetPath, manifest.tables, {
      signal: options.signal,
      progress: (done, total) => options.progress?.({ phase: 'check', done, total }),
    });
    return manifest;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
