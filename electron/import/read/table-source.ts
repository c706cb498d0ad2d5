import { AppError } from '../../../shared/errors';
import { openCsvSource } from './csv-source';
import { inspectFile } from './inspect-file';
import { openXlsxSource } from './xlsx-source';

/** One record of a table file. `cells` are text, whatever the file stored (see the readers). */
export interface SourceRow {
  /**
   * Where the row is, as a person counts: the line of a CSV file on which the record starts (a
   * record with an embedded line break covers the following lines too), or the sheet's row number
   * in a workbook. The header row is 1.
   */
  rowNumber: number;
  cells: string[];
  /** Why this row could not be read as it stands (the file ends inside a quote, a field too long). */
  problem?: string;
}

export interface TableSource {
  format: 'csv' | 'xlsx';
  /** The text encoding a CSV file was read in; null for a workbook. */
  encoding: string | null;
  /** The CSV delimiter used; null for a workbook. */
  delimiter: string | null;
  /** The first row's cells, trimmed. */
  header: string[];
  /** The rows after the header, streamed; never loads the whole file. Iterate once. */
  rows(): AsyncIterable<SourceRow>;
  /** Bytes of the file read so far, of its size. */
  progress(): { done: number; total: number };
  close(): Promise<void>;
}

export interface TableSourceOptions {
  format?: 'csv' | 'xlsx';
  /** One character; sniffed among `,` `;` TAB `|` when not given. */
  delimiter?: string;
  /** Detected when not given (a byte-order mark wins either way). */
  encoding?: 'utf-8' | 'windows-1252';
  /** A workbook's sheet by name; the first sheet when not given. */
  sheet?: string;
}

/**
 * Opens a CSV file or an Excel workbook for reading row by row, by `options.format` or by content
 * (a zip is a workbook). Refuses with VALIDATION what is not a table: an empty or binary file, a zip
 * that is not a workbook, a file without a header row.
 */
export async function openTableSource(path: string, options: TableSourceOptions = {}): Promise<TableSource> {
  if (options.delimiter !== undefined && options.delimiter.length !== 1) {
    throw new AppError('VALIDATION', 'The delimiter must be a single character.');
  }
  const inspected = await inspectFile(path);
  const format = options.format ?? (inspected.kind === 'zip' ? 'xlsx' : 'csv');
  if (format === 'xlsx') {
    if (inspected.kind !== 'zip') {
      throw new AppError('VALIDATION', 'This file is not an Excel workbook (.xlsx).');
    }
    return openXlsxSource(path, options.sheet);
  }
  if (inspected.kind === 'zip') {
    throw new AppError('VALIDATION', 'This file is an Excel workbook or another archive, not a CSV file.');
  }
  return openCsvSource(path, inspected, options);
}
