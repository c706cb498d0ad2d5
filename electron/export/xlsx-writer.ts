import ExcelJS from 'exceljs';
import { neutralize } from '../../shared/spreadsheet-text';
import type { CellType, CellValue, ColumnSpec } from './cells';
import type { TableWriter } from './table-writer';
import { statSync } from 'node:fs';

/** How each type shows in a spreadsheet: amounts with two decimals, dates and instants in ISO order. */
const NUMBER_FORMATS: Partial<Record<CellType, string>> = {
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

const WIDTHS: Record<CellType, number> = {
  text: 24,
  integer: 12,
  number: 12,
  money: 14,
  date: 12,
  datetime: 20,
  boolean: 10,
};

/**
 * A cell as a typed spreadsheet value: numbers and amounts as numbers, dates as dates (instants
 * in UTC, which the headers say), text made safe for spreadsheets.
 */
export function xlsxCell(type: CellType, value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  switch (type) {
    case 'money':
      return (value as number) / 100;
    case 'integer':
    case 'number':
    case 'boolean':
      return value;
    case 'date':
      return new Date(`${String(value)}T00:00:00Z`);
    case 'datetime':
      return new Date(String(value));
    case 'text':
      // A cell's line breaks are line feeds: XML reads a bare CR as one anyway.
      return neutralize(String(value)).replace(/\r\n?/g, '\n');
  }
}

/**
 * An XLSX file through exceljs's streaming writer: each row is committed as it is added, so only
 * the rows not yet compressed stay in memory. The header row is bold and frozen.
 */
export async function openXlsxFile(path: string, columns: readonly ColumnSpec[]): Promise<TableWriter> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Backroom';
  const sheet = workbook.addWorksheet('Export', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ width: Math.max(WIDTHS[column.type], column.header.length + 2) }));
  const header = sheet.addRow(columns.map((column) => neutralize(column.header)));
  header.font = { bold: true };
  header.commit();
  const types = columns.map((column) => column.type);
  const formats = types.map((type) => NUMBER_FORMATS[type]);

  return {
    write(cells) {
      const row = sheet.addRow(types.map((type, index) => xlsxCell(type, cells[index] ?? null)));
      formats.forEach((format, index) => {
        if (format) row.getCell(index + 1).numFmt = format;
      });
      row.commit();
    },
    // The writer compresses and writes on the event loop: give it turns, so rows do not pile up.
    drain: () => new Promise((resolve) => setImmediate(resolve)),
    async finish() {
      sheet.commit();
      await workbook.commit();
      return statSync(path).size;
    },
    async abort() {
      // Ending the workbook is the only way exceljs closes its file; the caller then removes it.
      await workbook.commit().catch(() => undefined);
    },
  };
}
