import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';
import { callChannel } from './contract-seed';

/** Writing a file runs as a job on a busy machine; the download follows once it has ended. */
const EXPORT_TIMEOUT_MS = 120_000;

/**
 * Picks a format from the "Export" menu inside `scope` and waits for the browser's download of the
 * written file; answers its suggested name and bytes.
 */
export async function exportFrom(
  page: Page,
  scope: Locator,
  format: 'CSV' | 'Excel (.xlsx)',
): Promise<{ name: string; bytes: Buffer }> {
  await scope.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
  await page.getByRole('menuitem', { name: format, exact: true }).click();
  return saved(await download);
}

/** Clicks a button that starts a download (the database export) and waits for the file. */
export async function downloadAfter(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT_MS });
  await button.click();
  return saved(await download);
}

async function saved(download: Download): Promise<{ name: string; bytes: Buffer }> {
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Every row of a list channel, page after page, as the person logged in to the page. */
export async function allRows<T>(page: Page, channel: string, filters: Record<string, unknown>): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | null = null;
  do {
    const result: { items: T[]; nextCursor: string | null } = await callChannel(page, channel, {
      ...filters,
      limit: 200,
      ...(cursor === null ? {} : { cursor }),
    });
    rows.push(...result.items);
    cursor = result.nextCursor;
  } while (cursor !== null);
  return rows;
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks), without the byte order mark. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let at = 0; at < body.length; at++) {
    const char = body[at]!;
    if (quoted) {
      if (char === '"' && body[at + 1] === '"') {
        field += '"';
        at++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && body[at + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      at++;
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
