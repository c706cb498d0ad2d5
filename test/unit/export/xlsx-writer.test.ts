import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../../electron/export/cells';
import { openXlsxFile } from '../../../electron/export/xlsx-writer';

const folder = mkdtempSync(join(tmpdir(), 'backroom-xlsx-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const COLUMNS: ColumnSpec[] = [
  { header: 'Name', type: 'text' },
  { header: 'On hand', type: 'integer' },
  { header: 'Price (USD)', type: 'money' },
  { header: 'Expected', type: 'date' },
  { header: 'Placed at (UTC)', type: 'datetime' },
  { header: 'Archived', type: 'boolean' },
];

describe('XLSX writer', () => {
  it('writes typed cells under a bold, frozen header, readable back with exceljs', async () => {
    const path = join(folder, 'typed.xlsx');
    const writer = await openXlsxFile(path, COLUMNS);
    writer.write(['Crème brûlée\nfine', 12, 1250, '2026-03-14', '2026-03-14T09:30:05.000Z', true]);
    writer.write(["=cmd|' /C calc'!A0", -2, -1205, null, null, false]);
    writer.write(['@SUM(A1:A2)', 0, 0, null, null, null]);
    await writer.drain();
    const bytes = await writer.finish();
    expect(bytes).toBeGreaterThan(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(COLUMNS.map((_, index) => header.getCell(index + 1).value)).toEqual(COLUMNS.map((column) => column.header));
    expect(header.getCell(1).font?.bold).toBe(true);

    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('Crème brûlée\nfine');
    expect(first.getCell(2).value).toBe(12);
    expect(first.getCell(3).value).toBe(12.5);
    expect(first.getCell(3).numFmt).toBe('#,##0.00');
    expect(first.getCell(4).value).toEqual(new Date('2026-03-14T00:00:00Z'));
    expect(first.getCell(5).value).toEqual(new Date('2026-03-14T09:30:05Z'));
    expect(first.getCell(6).value).toBe(true);

    const second = sheet.getRow(3);
    expect(second.getCell(1).value).toBe("'=cmd|' /C calc'!A0");
    expect(second.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(second.getCell(2).value).toBe(-2);
    expect(second.getCell(3).value).toBe(-12.05);
    expect(second.getCell(4).value).toBeNull();
    expect(sheet.getRow(4).getCell(1).value).toBe("'@SUM(A1:A2)");
    expect(sheet.rowCount).toBe(4);
  });
});
