import type { ResultTable } from '../../../../shared/contract/query-lab';
import { neutralize } from '../../../../shared/spreadsheet-text';

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralize(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV text: a header of labels, then the rows as they were answered (cents as cents). */
export function toCsv(table: Pick<ResultTable, 'columns' | 'rows'>): string {
  const header = table.columns.map((column) =>
    cell(column.kind === 'cents' ? `${column.label} (cents)` : column.label),
  );
  return [header, ...table.rows.map((row) => row.map(cell))].map((line) => line.join(',')).join('\r\n') + '\r\n';
}

/** Hands the CSV to the browser to save. */
export function downloadCsv(table: Pick<ResultTable, 'columns' | 'rows'>, name: string): void {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
