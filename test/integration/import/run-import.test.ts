import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import type { SourceRow, TableSource } from '../../../electron/import/read/table-source';
import { KEPT_PROBLEMS, runImport, type RunImportOptions } from '../../../electron/import/run-import';
import type { ImportProfile } from '../../../shared/import/profile';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

/** Rows held in memory, read as a file would be: the pipeline's input without a file. */
function memorySource(header: string[], rows: (string[] | { problem: string })[]): TableSource {
  let read = 0;
  return {
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    header,
    async *rows(): AsyncIterable<SourceRow> {
      for (const [index, row] of rows.entries()) {
        read = index + 1;
        yield Array.isArray(row)
          ? { rowNumber: index + 2, cells: row }
          : { rowNumber: index + 2, cells: [], problem: row.problem };
      }
    },
    progress: () => ({ done: read, total: rows.length }),
    close: async () => {},
  };
}

const PROFILE: ImportProfile = {
  version: 1,
  kind: 'products',
  fields: { sku: { column: 'sku' }, name: { column: 'name' }, price: { column: 'price' } },
};

describe('the import pipeline', () => {
  let t: TestBackroom;
  let sql: Database.Database;
  let folder: string;
  let options: Omit<RunImportOptions, 'source'>;

  beforeAll(async () => {
    t = await openTestBackroom();
    const session = await setUpStore(t);
    sql = sqliteOf(t.backroom.dataSource);
    folder = mkdtempSync(join(tmpdir(), 'backroom-run-import-'));
    options = {
      sql,
      profile: PROFILE,
      storeId: session.staff.storeId,
      staffId: session.staff.id,
      now: '2026-01-01T00:00:00.000Z',
      mode: 'insert',
      naturalKey: null,
      atomic: false,
      dryRun: false,
      allowNew: { categories: false, brands: false, suppliers: false },
      batchRows: 2,
    };
  }, 60_000);
  afterAll(async () => {
    await t?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  const inTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    sql.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      sql.exec('COMMIT');
      return result;
    } finally {
      if (sql.inTransaction) sql.exec('ROLLBACK');
    }
  };
  const products = () => sql.prepare('SELECT sku FROM products ORDER BY sku').pluck().all();

  it('finds duplicates across batches, reports unreadable rows, and skips blank ones', async () => {
    const progress: number[] = [];
    const summary = await inTransaction(() =>
      runImport({
        ...options,
        source: memorySource(
          ['sku', 'name', 'price'],
          [
            ['A', 'Apple', '1'],
            ['B', 'Bean', '2'],
            ['', '', ''],
            ['C', 'Corn', '3'],
            ['a', 'Again', '4'],
            { problem: 'The file ends inside a quoted field' },
          ],
        ),
        progress: ({ done }) => progress.push(done),
        rejectsPath: join(folder, 'rejects.csv'),
      }),
    );
    expect(summary).toMatchObject({ rows: 5, inserted: 3, rejected: 2, problemCount: 2 });
    expect(summary.problems).toEqual([
      {
        rowNumber: 6,
        column: 'sku',
        value: 'a',
        reason: 'SKU is already on row 2 of the file; each may appear only once',
      },
      { rowNumber: 7, column: null, value: null, reason: 'The file ends inside a quoted field' },
    ]);
    expect(progress.length).toBeGreaterThan(2);
    expect(products()).toEqual(['A', 'B', 'C']);
    expect(readFileSync(join(folder, 'rejects.csv'), 'utf8').split('\r\n').slice(1, 3)).toEqual([
      'a,Again,4,6,sku,a,SKU is already on row 2 of the file; each may appear only once',
      ',,,7,,,The file ends inside a quoted field',
    ]);
  });

  it('keeps the first problems in memory and writes every one to the rejects file', async () => {
    const rows = Array.from({ length: KEPT_PROBLEMS + 5 }, (_, index) => [`X${index}`, 'Bad', 'free']);
    const summary = await inTransaction(() =>
      runImport({
        ...options,
        batchRows: 5_000,
        source: memorySource(['sku', 'name', 'price'], rows),
        rejectsPath: join(folder, 'many.csv'),
      }),
    );
    expect(summary).toMatchObject({ rejected: KEPT_PROBLEMS + 5, problemCount: KEPT_PROBLEMS + 5 });
    expect(summary.problems).toHaveLength(KEPT_PROBLEMS);
    const lines = readFileSync(join(folder, 'many.csv'), 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(KEPT_PROBLEMS + 6);
  });

  it('stops between batches when aborted, and what it wrote is undone', async () => {
    const abort = new AbortController();
    const before = products();
    const rows = Array.from({ length: 10 }, (_, index) => [`Z${index}`, 'Zed', '1']);
    // No transaction is open, so the import runs its own and rolls it back when stopped.
    await expect(
      runImport({
        ...options,
        source: memorySource(['sku', 'name', 'price'], rows),
        signal: abort.signal,
        progress: ({ done }) => {
          if (done >= 4) abort.abort();
        },
      }),
    ).rejects.toThrow();
    expect(products()).toEqual(before);
  });
});
