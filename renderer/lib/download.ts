import { toCsv, type CsvTable } from './csv';

/** Hands a file made in the page to the browser to save. */
export function downloadUrl(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
}

/** Hands the CSV to the browser to save. */
export function downloadCsv(table: CsvTable, name: string): void {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  downloadUrl(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
