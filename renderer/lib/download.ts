import { toCsv, type CsvTable } from './csv';

/** Hands a URL the page made (a data URL, or a blob's) to the browser to save as `name`. */
export function downloadUrl(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves a blob made in the page. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  try {
    downloadUrl(url, name);
  } finally {
    // The click has handed the blob to the browser's download; the URL can go once it has started.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Hands the CSV to the browser to save. */
export function downloadCsv(table: CsvTable, name: string): void {
  downloadBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), name);
}
