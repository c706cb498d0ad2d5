import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProfile } from '../../../shared/import/profile';
import { openImportWorld, type ImportWorld } from './import-fixture';

const SALES: ImportProfile = {
  version: 1,
  kind: 'sales',
  fields: {
    orderRef: { column: 'Order' },
    orderDate: { column: 'Date' },
    product: { column: 'SKU' },
    quantity: { column: 'Qty' },
  },
};

describe('a bare number in a date column', () => {
  let w: ImportWorld;

  beforeAll(async () => {
    w = await openImportWorld();
    const { job } = await w.importFile({
      text: 'SKU,Name,Price\nDAY-1,Day tea,2',
      profile: {
        version: 1,
        kind: 'products',
        fields: { sku: { column: 'SKU' }, name: { column: 'Name' }, price: { column: 'Price' } },
      },
    });
    expect(job.status).toBe('succeeded');
  }, 60_000);
  afterAll(() => w?.dispose());

  const orderDays = (refs: string) =>
    w.rows<{ ref: string; day: string }>(
      'SELECT external_ref AS ref, substr(placed_at, 1, 10) AS day FROM orders WHERE external_ref LIKE ? ORDER BY external_ref',
      refs,
    );

  it('is refused in a CSV file, in the preview and the import alike, with the ways to write a date', async () => {
    const fileId = await w.upload('Order,Date,SKU,Qty\nCSV-1,2024,DAY-1,1\nCSV-2,2024-03-05,DAY-1,1\n');
    const expected = {
      rowNumber: 2,
      column: 'Date',
      value: '2024',
      reason:
        "Date is a number, not a date: write it like 2024-03-31 or 2024/03/31 (the profile's date order), " +
        'or give its format in the mapping (like DD.MM.YYYY)',
    };
    const preview = await w.t.ok('imports.preview', { fileId, profile: SALES }, w.manager);
    expect(preview.rows.map((row) => row.problems)).toEqual([[expected], []]);

    const { jobId } = await w.t.ok('imports.start', { fileId, profile: SALES, atomic: false }, w.manager);
    const job = await w.t.endedJob(jobId, w.manager);
    expect(job.result).toMatchObject({ rows: 2, inserted: 1, rejected: 1, problems: [expected] });
    expect(orderDays('CSV-%')).toEqual([{ ref: 'CSV-2', day: '2024-03-05' }]);
  });

  it('is Excel’s day count in a workbook, beside date-formatted cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sales');
    sheet.addRow(['Order', 'Date', 'SKU', 'Qty']);
    sheet.addRow(['XL-1', new Date(Date.UTC(2024, 2, 6)), 'DAY-1', 1]).getCell(2).numFmt = 'dd/mm/yyyy';
    // 45356 days after 1899-12-30, in a cell left in the General format.
    sheet.addRow(['XL-2', 45356, 'DAY-1', 1]);
    const fileId = await w.upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'sales.xlsx');

    const preview = await w.t.ok('imports.preview', { fileId, profile: SALES }, w.manager);
    expect(preview.rows.map((row) => [row.values.orderDate, row.problems])).toEqual([
      ['2024-03-06', []],
      ['2024-03-05', []],
    ]);
    const { jobId } = await w.t.ok('imports.start', { fileId, profile: SALES }, w.manager);
    expect((await w.t.endedJob(jobId, w.manager)).status).toBe('succeeded');
    expect(orderDays('XL-%')).toEqual([
      { ref: 'XL-1', day: '2024-03-06' },
      { ref: 'XL-2', day: '2024-03-05' },
    ]);
  });
});
