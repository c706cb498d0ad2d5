import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import type { ExportJobInput } from '../../../electron/jobs/export-job';
import { runJobThread, type JobCommand, type JobReport } from '../../../electron/workers/job';
import { readCsv } from '../../unit/export/read-csv';
import { BRAND_A_PRODUCTS, openExportWorld, type ExportWorld } from './export-fixture';

/**
 * The export job as a job thread runs it (here on this thread, through the same message port):
 * its own connection, a read transaction, progress by rows, a cancel that leaves no file.
 */
describe('the export job on its connection', () => {
  let world: ExportWorld;
  beforeAll(async () => {
    world = await openExportWorld();
  }, 120_000);
  afterAll(() => world?.dispose());

  function runJob(input: ExportJobInput, cancel = false): Promise<JobReport[]> {
    const { port1, port2 } = new MessageChannel();
    const reports: JobReport[] = [];
    return new Promise((resolve) => {
      port2.on('message', (report: JobReport) => {
        reports.push(report);
        if (report.type !== 'progress') {
          port2.close();
          resolve(reports);
        }
      });
      runJobThread(port1, world.t.path);
      port2.postMessage({ type: 'start', kind: 'export', input } satisfies JobCommand);
      // Arrives at the job's first turn of the event loop, after its first page: the second is not written.
      if (cancel) port2.postMessage({ type: 'cancel' } satisfies JobCommand);
    });
  }

  const listInput = (path: string): ExportJobInput => ({
    what: 'list',
    list: 'products',
    filters: { brandId: world.brandA },
    format: 'csv',
    actor: world.adminActor,
    now: world.t.clock.now().toISOString(),
    output: { fileId: 'f1', name: 'products.csv', path },
  });

  it('reads one snapshot without the write lock, and reports rows', async () => {
    const path = join(world.folder, 'thread.csv');
    // The main connection holds the write lock, with a product not yet committed: a job taking the
    // lock would wait and fail; a read job reads the last committed state and finishes.
    const main = sqliteOf(world.t.backroom.dataSource);
    main.exec('BEGIN IMMEDIATE');
    try {
      main.exec(`UPDATE "products" SET "name" = 'Uncommitted' WHERE "sku" = 'EXP-0010'`);
      const reports = await runJob(listInput(path));
      expect(reports.at(-1)).toEqual({
        type: 'succeeded',
        result: expect.objectContaining({ fileId: 'f1', rows: BRAND_A_PRODUCTS, format: 'csv' }),
      });
      expect(reports.filter((report) => report.type === 'progress').at(-1)).toMatchObject({
        phase: 'rows',
        done: BRAND_A_PRODUCTS,
      });
    } finally {
      main.exec('ROLLBACK');
    }
    const rows = readCsv(path);
    expect(rows).toHaveLength(BRAND_A_PRODUCTS + 1);
    expect(rows.find((row) => row[0] === 'EXP-0010')?.[2]).toBe('Amberfield cheese 10');
  });

  it('stops when cancelled', async () => {
    const path = join(world.folder, 'thread-cancelled.csv');
    const reports = await runJob(listInput(path), true);
    expect(reports.at(-1)).toEqual({ type: 'cancelled' });
  });
});
