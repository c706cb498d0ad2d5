import { centsToDecimal } from '../../shared/money';
import { neutralize } from '../../shared/spreadsheet-text';

export type CsvCell = string | number | null;

/** A table as CSV takes it: labelled columns (kind 'cents' for money) and rows of cells. */
export interface CsvTable {
  columns: readonly { label: string; kind?: string }[];
  rows: readonly (readonly CsvCell[])[];
}

function cell(value: CsvCell, kind?: string): string {
  if (value === null) return '';
  const text =
    typeof value === 'number' ? (kind === 'cents' ? centsToDecimal(value) : String(value)) : neutralize(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV text: a header of labels, then the rows. Money goes out as a decimal amount
 * ("123.45", as the host's exports write it), its header saying so, for a spreadsheet to add up.
 */
export function toCsv(table: CsvTable): string {
  const header = table.columns.map((column) =>
    cell(column.kind === 'cents' ? `${column.label} (amount)` : column.label),
  );
  const rows = table.rows.map((row) => row.map((value, index) => cell(value, table.columns[index]?.kind)));
  return [header, ...rows].map((line) => line.join(',')).join('\r\n') + '\r\n';
}
