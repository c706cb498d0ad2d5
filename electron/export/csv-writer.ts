import { neutralize } from '../../shared/spreadsheet-text';
import { centsToDecimal } from '../../shared/money';
import type { CellValue, CellType, ColumnSpec } from './cells';
import { FileSink } from './file-sink';
import type { TableWriter } from './table-writer';

/** Excel reads a UTF-8 file as UTF-8 (accents intact) only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';
const LINE_END = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;

/** One field as RFC 4180 has it: quoted when it holds a quote, comma or line break; quotes doubled. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A cell as CSV text: numbers stay numbers, money becomes an amount, text is made safe for spreadsheets. */
export function csvCell(type: CellType, value: CellValue): string {
  if (value === null) return '';
  switch (type) {
    case 'money':
      return centsToDecimal(value as number);
    case 'integer':
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'date':
    case 'datetime':
      return csvField(String(value));
    case 'text':
      return csvField(neutralize(String(value)));
  }
}

/**
 * A database value as CSV text, as stored: integers and reals as written, blobs in base64, text
 * made safe for spreadsheets like any exported text.
 */
export function csvRawCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Buffer.isBuffer(value)) return value.toString('base64');
  return csvField(neutralize(String(value)));
}

/** A row of database values as one CRLF-ended line. */
export function csvRawRow(cells: readonly unknown[]): string {
  return cells.map(csvRawCell).join(',') + LINE_END;
}

/** The header line (after the byte order mark) and each row as one CRLF-ended line. */
export class CsvEncoder {
  private readonly types: readonly CellType[];

  constructor(private readonly columns: readonly ColumnSpec[]) {
    this.types = columns.map((column) => column.type);
  }

  start(): string {
    return UTF8_BOM + this.columns.map((column) => csvField(neutralize(column.header))).join(',') + LINE_END;
  }

  row(cells: readonly CellValue[]): string {
    let line = '';
    for (let index = 0; index < this.types.length; index++) {
      if (index > 0) line += ',';
      line += csvCell(this.types[index]!, cells[index] ?? null);
    }
    return line + LINE_END;
  }
}

/** A CSV file written as it goes. */
export function openCsvFile(path: string, columns: readonly ColumnSpec[]): TableWriter {
  const encoder = new CsvEncoder(columns);
  const sink = new FileSink(path);
  sink.write(encoder.start());
  return {
    write: (cells) => sink.write(encoder.row(cells)),
    drain: () => Promise.resolve(),
    finish: () => Promise.resolve(sink.close()),
    abort: () => Promise.resolve(sink.discard()),
  };
}
