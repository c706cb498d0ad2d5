import type { ListExportFormat } from '../../shared/contract/exports';
import type { CellValue, ColumnSpec } from './cells';
import { openCsvFile } from './csv-writer';
import { openXlsxFile } from './xlsx-writer';

/** Writes one table to one file, row after row, never holding the table in memory. */
export interface TableWriter {
  /** One row, its cells in the order of the columns the writer was opened with. */
  write(cells: readonly CellValue[]): void;
  /** Lets buffered output reach the file; call between pages so memory stays bounded. */
  drain(): Promise<void>;
  /** Ends the table and closes the file; answers its size in bytes. */
  finish(): Promise<number>;
  /** Closes the file without ending the table (the caller removes what was written). */
  abort(): Promise<void>;
}

export function openTableWriter(
  format: ListExportFormat,
  path: string,
  columns: readonly ColumnSpec[],
): Promise<TableWriter> {
  return format === 'csv' ? Promise.resolve(openCsvFile(path, columns)) : openXlsxFile(path, columns);
}
