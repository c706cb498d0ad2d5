import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { openTableSource, type SourceRow, type TableSource } from '../../../../electron/import/read/table-source';
import { AppError } from '../../../../shared/errors';

const folder = mkdtempSync(join(tmpdir(), 'backroom-xlsx-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function readAll(source: TableSource): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  await source.close();
  return rows;
}

/** A workbook as a person would save it from Excel: typed cells, formats, a gap, a second sheet. */
async function writeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const stock = workbook.addWorksheet('Stock');
  stock.addRow(['Sku', 'Name', 'Price', 'Received', 'Counted at', 'Total', 'Active', 'Note']);
  const row = stock.addRow([
    'A-1',
    'Café crème',
    4.5,
    new Date(Date.UTC(2026, 10, 25)),
    new Date(Date.UTC(2026, 10, 25, 14, 30)),
    { formula: 'C2*2', result: 9 },
    true,
    { richText: [{ text: 'bold ', font: { bold: true } }, { text: 'plain' }] },
  ]);
  row.getCell(4).numFmt = 'yyyy-mm-dd';
  row.getCell(5).numFmt = 'yyyy-mm-dd hh:mm';
  // Row 3 left empty: the next row is the sheet's row 4.
  stock.getRow(4).values = ['B-2', 'Huge', 1.2345678901234567e19, null, null, 0.0000001, false, ''];
  stock.getRow(5).values = ['C-3', 'Sum', 0.1 + 0.2];
  const lines = workbook.addWorksheet('Lines');
  lines.addRow(['Order', 'Qty']);
  lines.addRow([10248, 12]);
  await workbook.xlsx.writeFile(path);
}

describe('reading Excel workbooks', () => {
  const path = join(folder, 'stock.xlsx');

  it('reads the first sheet by content, cells as the text a person sees', async () => {
    await writeWorkbook(path);
    const source = await openTableSource(path);
    expect(source).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null });
    expect(source.header).toEqual(['Sku', 'Name', 'Price', 'Received', 'Counted at', 'Total', 'Active', 'Note']);
    const rows = await readAll(source);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: ['A-1', 'Café crème', '4.5', '2026-11-25', '2026-11-25T14:30:00.000Z', '9', 'TRUE', 'bold plain'],
      },
      // An empty last cell is not stored in the file: the row ends before it.
      { rowNumber: 4, cells: ['B-2', 'Huge', '12345678901234567000', '', '', '0.0000001', 'FALSE'] },
      { rowNumber: 5, cells: ['C-3', 'Sum', '0.30000000000000004'] },
    ]);
    // Progress runs through the parts read: the workbook's lists and this sheet, not the others.
    const progress = source.progress();
    expect(progress.total).toBeGreaterThan(0);
    expect(progress.total).toBeLessThan(statSync(path).size);
    expect(progress.done).toBe(progress.total);
  });

  it('reads a sheet by name, and refuses a name the workbook does not have', async () => {
    const source = await openTableSource(path, { sheet: 'Lines' });
    expect(source.header).toEqual(['Order', 'Qty']);
    expect(await readAll(source)).toEqual([{ rowNumber: 2, cells: ['10248', '12'] }]);
    const error = await openTableSource(path, { sheet: 'Missing' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Missing') });
  });

  it('reads a later sheet again and again without a stray file error', async () => {
    // Sheets stored before the shared strings (as most writers order them) cannot be parsed as
    // the zip streams past; passing over the first sheet must leave nothing behind to fail later.
    for (let attempt = 0; attempt < 150; attempt++) {
      const source = await openTableSource(path, { sheet: 'Lines' });
      expect(await readAll(source)).toEqual([{ rowNumber: 2, cells: ['10248', '12'] }]);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('refuses a workbook asked for as CSV, and a damaged one', async () => {
    await expect(openTableSource(path, { format: 'csv' })).rejects.toMatchObject({ code: 'VALIDATION' });
    const cut = join(folder, 'cut.xlsx');
    writeFileSync(cut, readFileSync(path).subarray(0, 2000));
    await expect(openTableSource(cut)).rejects.toMatchObject({ code: 'VALIDATION' });
    const hollow = join(folder, 'hollow.xlsx');
    writeFileSync(hollow, zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    await expect(openTableSource(hollow)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/no sheets/),
    });
  });

  it('takes the first tab, whatever order the parts are stored in and however a sheet is named', async () => {
    const sheet = (value: string): Uint8Array =>
      strToU8(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
          `<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>` +
          `<row r="2"><c r="A2" t="inlineStr"><is><t>${value}</t></is></c></row>` +
          '</sheetData></worksheet>',
      );
    const arranged = join(folder, 'arranged.xlsx');
    writeFileSync(
      arranged,
      zipSync({
        'xl/worksheets/second.xml': sheet('from the second part'),
        'xl/worksheets/first.xml': sheet('from the first part'),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            '<Relationship Id="rId1" Target="worksheets/first.xml" Type="worksheet"/>' +
            '<Relationship Id="rId2" Target="/xl/worksheets/second.xml" Type="worksheet"/>' +
            '</Relationships>',
        ),
        'xl/workbook.xml': strToU8(
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
            '<sheet name="Front" sheetId="2" r:id="rId2"/><sheet name="Back" sheetId="1" r:id="rId1"/>' +
            '</sheets></workbook>',
        ),
      }),
    );
    expect(await readAll(await openTableSource(arranged))).toEqual([{ rowNumber: 2, cells: ['from the second part'] }]);
    expect(await readAll(await openTableSource(arranged, { sheet: 'Back' }))).toEqual([
      { rowNumber: 2, cells: ['from the first part'] },
    ]);
  });

  it('streams a large sheet written by the streaming writer', async () => {
    const large = join(folder, 'large.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: large, useSharedStrings: false });
    const sheet = writer.addWorksheet('Sales');
    sheet.addRow(['id', 'product', 'quantity']).commit();
    const count = 20_000;
    for (let i = 1; i <= count; i++) sheet.addRow([i, `Product ${i % 50}`, i % 9]).commit();
    sheet.commit();
    await writer.commit();
    const source = await openTableSource(large);
    let rows = 0;
    let quantity = 0;
    for await (const row of source.rows()) {
      rows++;
      quantity += Number(row.cells[2]);
    }
    expect(rows).toBe(count);
    expect(quantity).toBe(Array.from({ length: count }, (_, i) => (i + 1) % 9).reduce((a, b) => a + b, 0));
    await source.close();

    // Damage in the middle of the sheet shows while its rows are read, as a workbook that cannot be read.
    const bytes = readFileSync(large);
    bytes.fill(0x55, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 64);
    const spoiled = join(folder, 'spoiled.xlsx');
    writeFileSync(spoiled, bytes);
    const broken = await openTableSource(spoiled);
    await expect(readAll(broken)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/damaged/),
    });
  });
});
