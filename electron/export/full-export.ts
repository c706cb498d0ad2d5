import type Database from 'better-sqlite3';
import { CsvEncoder, csvRawRow } from './csv-writer';
import { countRows, planTables, tableRows } from './database-tables';
import { buildManifest, type ManifestTable } from './manifest';
import { rowReporter, type ExportRun } from './progress';
import { ZipFileWriter } from './zip-writer';

/** Rows between two looks at the cancel signal (which needs a turn of the event loop to arrive). */
const ROWS_PER_TURN = 5_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface DatabaseExportRequest {
  path: string;
  exportedAt: string;
  /** The store of whoever asked, named in the manifest. */
  storeId: number;
}

/**
 * Writes the whole database as a zip: one CSV per table, every row in primary key order, then
 * manifest.json with each file's row count and sha256. Rows stream from SQLite one at a time and
 * out through the zip writer, so memory stays flat on the largest file. Run inside one read
 * transaction, every table comes from the same instant.
 */
export async function exportDatabase(
  sql: Database.Database,
  request: DatabaseExportRequest,
  run: ExportRun,
): Promise<{ rows: number; bytes: number; tables: number }> {
  const plan = planTables(sql);
  const total = plan.tables.reduce((sum, table) => sum + countRows(sql, table), 0);
  const report = rowReporter(run, 'rows');
  const zip = new ZipFileWriter(request.path);
  const written: ManifestTable[] = [];
  let done = 0;
  try {
    for (const table of plan.tables) {
      const file = `${table.name}.csv`;
      const entry = zip.entry(file);
      entry.write(new CsvEncoder(table.columns.map((header) => ({ header, type: 'text' }))).start());
      let rows = 0;
      for (const cells of tableRows(sql, table)) {
        entry.write(csvRawRow(cells));
        rows++;
        if (rows % ROWS_PER_TURN === 0) {
          report(done + rows, total);
          await nextTurn();
          run.signal.throwIfAborted();
        }
      }
      done += rows;
      written.push({ name: table.name, rows, file, sha256: entry.end().sha256, columns: table.columns });
    }
    const manifest = buildManifest(sql, plan, written, request.exportedAt, request.storeId);
    const manifestEntry = zip.entry('manifest.json');
    manifestEntry.write(`${JSON.stringify(manifest, null, 2)}\n`);
    manifestEntry.end();
    run.signal.throwIfAborted();
    const bytes = zip.finish();
    report(done, total, true);
    return { rows: done, bytes, tables: written.length };
  } catch (error) {
    zip.abort();
    throw error;
  }
}
