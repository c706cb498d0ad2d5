import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../shared/contract';
import type { EventPayload } from '../../../shared/events';
import { expectError } from '../catalog/catalog-fixture';
import { parseCsv } from '../../unit/export/read-csv';
import type { Manifest } from '../../../electron/export/manifest';
import { BRAND_A_PRODUCTS, openExportWorld, type ExportWorld } from './export-fixture';

/** Job threads load the TypeScript sources on start: seconds on a busy machine. */
const JOB_TIMEOUT_MS = 60_000;

describe('exports.list and exports.database', () => {
  let world: ExportWorld;
  const finished = new Map<number, EventPayload<'job.finished'>>();

  beforeAll(async () => {
    world = await openExportWorld();
    world.t.backroom.events.subscribe((event) => {
      if (event.name === 'job.finished') {
        const payload = event.payload as EventPayload<'job.finished'>;
        finished.set(payload.jobId, payload);
      }
    });
  }, 120_000);
  afterAll(() => world?.dispose());

  async function ended(jobId: number): Promise<EventPayload<'job.finished'>> {
    await world.t.backroom.jobs.whenEnded(jobId);
    return finished.get(jobId)!;
  }

  const outputs = async (token: string) =>
    (await world.t.ok('files.list', {}, token)).items
      .filter((file) => file.kind === 'output')
      .map((file) => file.fileId);

  /** The whole output file, read in chunks through the files channel as a screen downloads it. */
  async function download(token: string, fileId: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for (let offset = 0; ;) {
      const chunk = await world.t.ok('files.readChunk', { fileId, offset, length: 1 << 20 }, token);
      const bytes = Buffer.from(chunk.data, 'base64');
      if (bytes.length === 0) break;
      chunks.push(bytes);
      offset += bytes.length;
    }
    return Buffer.concat(chunks);
  }

  it(
    'lets a clerk export the products they may list, with the filter, every row',
    async () => {
      const { jobId } = await world.t.ok(
        'exports.list',
        { list: 'products', input: { brandId: world.brandA }, format: 'csv' },
        world.clerk,
      );
      const ending = await ended(jobId);
      expect(ending).toMatchObject({ kind: 'export', status: 'succeeded' });
      const result = ending.result as ExportResult;
      expect(result).toMatchObject({ format: 'csv', rows: BRAND_A_PRODUCTS });
      expect(result.name).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/);
      const file = await download(world.clerk, result.fileId);
      expect(file.length).toBe(result.bytes);
      const [, ...rows] = parseCsv(file.toString('utf8'));
      expect(rows).toHaveLength(BRAND_A_PRODUCTS);
      expect(new Set(rows.map((row) => row[4]))).toEqual(new Set(['Amberfield']));
      // The file is the clerk's: nobody else reads it.
      expectError(
        await world.t.call('files.readChunk', { fileId: result.fileId, offset: 0, length: 10 }, world.manager),
        'NOT_FOUND',
      );
    },
    JOB_TIMEOUT_MS,
  );

  it(
    'runs one export per person beside the exports of others; a clerk follows and cancels only their own',
    async () => {
      const products = { list: 'products', input: {}, format: 'xlsx' } as const;
      const mine = await world.t.ok('exports.list', products, world.clerk);
      const theirs = await world.t.ok('exports.list', products, world.manager);
      expectError(await world.t.call('exports.list', products, world.clerk), 'CONFLICT');
      expect(await world.t.ok('jobs.get', { id: mine.jobId }, world.clerk)).toMatchObject({ kind: 'export' });
      expectError(await world.t.call('jobs.get', { id: theirs.jobId }, world.clerk), 'NOT_FOUND');
      expectError(await world.t.call('jobs.cancel', { id: theirs.jobId }, world.clerk), 'NOT_FOUND');
      expectError(await world.t.call('jobs.list', {}, world.clerk), 'FORBIDDEN');
      await world.t.ok('jobs.cancel', { id: mine.jobId }, world.clerk);
      expect((await ended(mine.jobId)).status).toBe('cancelled');
      expect((await ended(theirs.jobId)).status).toBe('succeeded');
      expect((await world.t.ok('jobs.get', { id: mine.jobId }, world.clerk)).status).toBe('cancelled');
    },
    JOB_TIMEOUT_MS,
  );

  it('refuses a list the caller may not read, and filters the list refuses', async () => {
    const refused = expectError(
      await world.t.call('exports.list', { list: 'customers', input: {}, format: 'xlsx' }, world.clerk),
      'FORBIDDEN',
    );
    expect(refused.details).toEqual({ required: 'manager' });
    expectError(
      await world.t.call('exports.list', { list: 'topCustomers', input: { by: 'spend' } }, world.clerk),
      'FORBIDDEN',
    );
    expectError(await world.t.call('exports.database', {}, world.manager), 'FORBIDDEN');
    expectError(await world.t.call('exports.list', { list: 'stockMovements', input: {} }, world.clerk), 'VALIDATION');
    expectError(await world.t.call('exports.list', { list: 'everything', input: {} }, world.admin), 'VALIDATION');
    expectError(
      await world.t.call('exports.list', { list: 'products', input: { limit: 10 } }, world.admin),
      'VALIDATION',
    );
    expectError(
      await world.t.call('exports.list', { list: 'products', input: {}, format: 'pdf' }, world.admin),
      'VALIDATION',
    );
  });

  it(
    'exports the whole database for an admin',
    async () => {
      const { jobId } = await world.t.ok('exports.database', {}, world.admin);
      const ending = await ended(jobId);
      expect(ending.status).toBe('succeeded');
      const result = ending.result as ExportResult;
      const files = unzipSync(await download(world.admin, result.fileId));
      const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Manifest;
      expect(manifest.tables.find((table) => table.name === 'products')?.rows).toBe(250);
      expect(result.rows).toBe(manifest.tables.reduce((sum, table) => sum + table.rows, 0));
      // The export's own job was running in the snapshot it read.
      expect(manifest.tables.find((table) => table.name === 'jobs')?.rows).toBeGreaterThan(0);
    },
    JOB_TIMEOUT_MS,
  );

  it(
    'leaves no file behind when cancelled',
    async () => {
      const before = await outputs(world.admin);
      const folder = join(dirname(world.t.backroom.dataSource.options.database as string), 'files');
      const entries = readdirSync(folder).sort();
      const { jobId } = await world.t.ok('exports.database', {}, world.admin);
      expect(readdirSync(folder)).toHaveLength(entries.length + 2); // the empty output and its record
      await world.t.ok('jobs.cancel', { id: jobId }, world.admin);
      const ending = await ended(jobId);
      expect(ending).toMatchObject({ status: 'cancelled', result: null });
      expect(await outputs(world.admin)).toEqual(before);
      expect(readdirSync(folder).sort()).toEqual(entries);
    },
    JOB_TIMEOUT_MS,
  );
});
