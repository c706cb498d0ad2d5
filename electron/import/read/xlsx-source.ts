import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { cellText } from './cell-text';
import type { SourceRow, TableSource } from './table-source';

type SheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name?: string };

/**
 * An Excel workbook's sheet (the first unless named), read as the zip streams past: rows are
 * handed on as they are parsed. Styles are read so that date cells come out as dates.
 */
export async function openXlsxSource(path: string, size: number, sheetName?: string): Promise<TableSource> {
  let bytesRead = 0;
  const file = createReadStream(path);
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  file.on('error', (error) => counted.destroy(error));
  file.pipe(counted);
  const close = async (): Promise<void> => {
    file.destroy();
    counted.destroy();
  };

  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(counted, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    const sheet = await findSheet(workbook, sheetName);
    const rows = sheet[Symbol.asyncIterator]();
    const first = await nextRow(rows);
    if (!first) throw new AppError('VALIDATION', 'The sheet is empty: it has no header row.');
    const header = first.cells.map((cell) => cell.trim());
    return {
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      header,
      rows: () => iterate(rows),
      progress: () => ({ done: bytesRead, total: size }),
      close,
    };
  } catch (error) {
    await close();
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', 'This Excel workbook cannot be read; it may be damaged.', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }

  async function* iterate(rows: AsyncGenerator<ExcelJS.Row>): AsyncGenerator<SourceRow> {
    try {
      for (let row = await nextRow(rows); row; row = await nextRow(rows)) yield row;
    } finally {
      await close();
    }
  }
}

async function findSheet(workbook: ExcelJS.stream.xlsx.WorkbookReader, name: string | undefined): Promise<SheetReader> {
  // Stepped by hand: leaving a `for await` would end the workbook's parse before its sheet is read.
  const sheets = workbook[Symbol.asyncIterator]();
  for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
    const sheet = next.value as SheetReader;
    if (name === undefined || sheet.name === name) return sheet;
  }
  throw new AppError(
    'VALIDATION',
    name === undefined ? 'The workbook has no sheets.' : `The workbook has no sheet named “${name}”.`,
  );
}

/** The next row with at least one cell; rows that only carry formatting are passed over. */
async function nextRow(rows: AsyncGenerator<ExcelJS.Row>): Promise<SourceRow | null> {
  for (;;) {
    const next = await rows.next();
    if (next.done) return null;
    const values = next.value.values as unknown[];
    if (values.length <= 1) continue;
    const cells: string[] = new Array<string>(values.length - 1);
    // `values` is 1-based and sparse: a missing cell is an empty one.
    for (let column = 1; column < values.length; column++) cells[column - 1] = cellText(values[column]);
    return { rowNumber: next.value.number, cells };
  }
}
