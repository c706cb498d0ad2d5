import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportList } from '../../../electron/export/export-list';
import { exportJob } from '../../../electron/jobs/export-job';
import { sqliteOf } from '../../../database/data-source';
import { readCsv } from '../../unit/export/read-csv';
import {
  AWKWARD_NAMES,
  BRAND_A_PRODUCTS,
  openExportWorld,
  quietRun,
  readContext,
  type ExportWorld,
} from './export-fixture';

describe('list exports', () => {
  let world: ExportWorld;
  beforeAll(async () => {
    world = await openExportWorld();
  }, 120_000);
  afterAll(() => world?.dispose());

  it('writes every product the filter keeps, past the first page, with the screen’s columns', async () => {
    const path = join(world.folder, 'products.csv');
    const run = quietRun();
    const written = await exportList(
      { list: 'products', filters: { brandId: world.brandA }, format: 'csv', path },
      readContext(world),
      run,
    );
    expect(written.rows).toBe(BRAND_A_PRODUCTS);
    const [header, ...rows] = readCsv(path);
    expect(header).toEqual([
      'SKU',
      'Barcode',
      'Name',
      'Category',
      'Brand',
      'Price (USD)',
      'Tax rate (%)',
      'On hand',
      'Reorder point',
      'Archived',
      'Updated at (UTC)',
    ]);
    expect(rows).toHaveLength(BRAND_A_PRODUCTS);
    expect(new Set(rows.map((row) => row[4]))).toEqual(new Set(['Amberfield']));
    expect(new Set(rows.map((row) => row[0])).size).toBe(BRAND_A_PRODUCTS);
    // The screen's own order: the rows its pages show, one after the other.
    const screen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await world.t.ok(
        'products.list',
        { brandId: world.brandA, limit: 200, ...(cursor ? { cursor } : {}) },
        world.admin,
      );
      screen.push(...page.items.map((item) => item.sku));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(rows.map((row) => row[0])).toEqual(screen);
    const bySku = new Map(rows.map((row) => [row[0], row]));
    expect(bySku.get('EXP-0007')?.slice(5, 8)).toEqual(['1.07', '8.25', '0']);
    // Accents, quotes and line breaks come back as written; formulas come back as text.
    const expected = AWKWARD_NAMES.map((name) => (/^[=+\-@]/.test(name) ? `'${name}` : name));
    expect(AWKWARD_NAMES.map((_, index) => bySku.get(`EXP-000${index}`)?.[2])).toEqual(expected);
    expect(run.reports.at(-1)).toBe(BRAND_A_PRODUCTS);
  });

  it('writes the same list as XLSX with typed cells', async () => {
    const path = join(world.folder, 'products.xlsx');
    await exportList(
      { list: 'products', filters: { brandId: world.brandB }, format: 'xlsx', path },
      readContext(world),
      quietRun(),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(21);
    const first = sheet.getRow(2);
    expect(first.getCell(3).value).toBe('Bayview water 0');
    expect(first.getCell(6).value).toBe(3.3);
    expect(first.getCell(8).value).toBe(0);
    expect(first.getCell(10).value).toBe(false);
    expect(first.getCell(11).value).toBeInstanceOf(Date);
  });

  it('refuses filters the list itself refuses', async () => {
    const path = join(world.folder, 'bad.csv');
    await expect(
      exportList({ list: 'products', filters: { brandId: -1 }, format: 'csv', path }, readContext(world), quietRun()),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      exportList(
        { list: 'products', filters: { attributes: { nowhere: 'x' } }, format: 'csv', path },
        readContext(world),
        quietRun(),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('stops after the page it was writing when cancelled', async () => {
    const path = join(world.folder, 'cancelled.csv');
    const abort = new AbortController();
    const sql = sqliteOf(world.t.backroom.dataSource);
    const job = exportJob.run(
      {
        what: 'list',
        list: 'products',
        filters: {},
        format: 'csv',
        actor: world.adminActor,
        now: world.t.clock.now().toISOString(),
        output: { fileId: 'cancelled', name: 'cancelled.csv', path },
      },
      {
        dataSource: world.t.backroom.dataSource,
        sql,
        signal: abort.signal,
        // Cancelled as soon as the first page is written.
        progress: () => abort.abort(),
        discardWrites: () => undefined,
      },
    );
    await expect(job).rejects.toThrow();
    expect(abort.signal.aborted).toBe(true);
  });
});
