import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { cellText } from './cell-text';
import type { SourceRow, TableSource } from './table-source';
import { openZipEntry, readZipDirectory, type ZipEntry } from './zip-directory';

/**
 * The part of exceljs's streaming reader (4.4.0, pinned) used here: its parsers for each part of
 * a workbook. Its own `read` walks the zip in stored order, parking sheets in temporary files
 * until the shared strings come (most writers store them after the sheets); passing over one
 * sheet to read another then leaves a file stream that can fail after its file is removed, and
 * now and then the workbook's sheet list reads as missing. Handing it each part from the zip's
 * directory, in the order it needs them, avoids both.
 */
interface WorkbookParts {
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseWorksheet(stream: Readable, sheetNo: string): Generator<{ value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

const damaged = (error: unknown): AppError =>
  error instanceof AppError
    ? error
    : new AppError('VALIDATION', 'This Excel workbook cannot be read; it may be damaged.', {
        reason: error instanceof Error ? error.message : String(error),
      });

/**
 * An Excel workbook's sheet (the first tab unless named), its rows handed on as they are parsed.
 * Styles are read so that date cells come out as dates.
 */
export async function openXlsxSource(path: string, sheetName?: string): Promise<TableSource> {
  const open = new Set<Readable>();
  let bytesRead = 0;
  const part = async (entry: ZipEntry): Promise<Readable> => {
    const stream = await openZipEntry(path, entry, (count) => (bytesRead += count));
    open.add(stream);
    stream.once('close', () => open.delete(stream));
    return stream;
  };
  const close = async (): Promise<void> => {
    for (const stream of open) stream.destroy();
  };

  try {
    const entries = await readZipDirectory(path);
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    }) as unknown as WorkbookParts;
    const workbookEntry = entries.get('xl/workbook.xml');
    if (!workbookEntry) throw new AppError('VALIDATION', 'This file is not an Excel workbook (.xlsx).');
    await workbook._parseWorkbook(await part(workbookEntry));
    const sheet = findSheet(workbook.model?.sheets ?? [], sheetName);
    const relations = entries.get('xl/_rels/workbook.xml.rels');
    if (relations) await workbook._parseRels(await part(relations));
    const sheetEntry = entries.get(sheetPath(workbook.workbookRels ?? [], sheet.rId));
    if (!sheetEntry) throw new AppError('VALIDATION', `The workbook's sheet “${sheet.name}” is missing from the file.`);

    const strings = entries.get('xl/sharedStrings.xml');
    const styles = entries.get('xl/styles.xml');
    const total = [workbookEntry, relations, strings, styles, sheetEntry].reduce(
      (sum, entry) => sum + (entry?.compressedSize ?? 0),
      0,
    );
    // Cached rather than emitted, the shared strings yield nothing: running the parser stores them.
    if (strings) for await (const nothing of workbook._parseSharedStrings(await part(strings))) void nothing;
    if (styles) await workbook._parseStyles(await part(styles));
    // The number names the reader only; the sheet was chosen above.
    const reader = workbook._parseWorksheet(await part(sheetEntry), '1').next().value;
    if (!reader) throw new AppError('VALIDATION', `The workbook's sheet “${sheet.name}” cannot be read.`);
    const rows = reader.value[Symbol.asyncIterator]();
    const first = await nextRow(rows);
    if (!first) throw new AppError('VALIDATION', 'The sheet is empty: it has no header row.');
    const header = first.cells.map((cell) => cell.trim());
    return {
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      header,
      rows: () => iterate(rows),
      progress: () => ({ done: bytesRead, total }),
      close,
    };
  } catch (error) {
    await close();
    throw damaged(error);
  }

  async function* iterate(rows: AsyncGenerator<ExcelJS.Row>): AsyncGenerator<SourceRow> {
    try {
      for (let row = await nextRow(rows); row; row = await nextRow(rows)) yield row;
    } catch (error) {
      throw damaged(error);
    } finally {
      await close();
    }
  }
}

function findSheet(sheets: { name: string; rId: string }[], name: string | undefined): { name: string; rId: string } {
  const sheet = name === undefined ? sheets[0] : sheets.find((candidate) => candidate.name === name);
  if (sheet) return sheet;
  throw new AppError(
    'VALIDATION',
    name === undefined ? 'The workbook has no sheets.' : `The workbook has no sheet named “${name}”.`,
  );
}

/** A relationship's target is relative to the workbook's folder, or absolute from the zip's root. */
function sheetPath(relations: { Id: string; Target: string }[], rId: string): string {
  const target = relations.find((relation) => relation.Id === rId)?.Target ?? '';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
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
