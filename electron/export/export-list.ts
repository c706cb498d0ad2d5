import { exportListFilters, type ExportList, type ListExportFormat } from '../../shared/contract/exports';
import { AppError } from '../../shared/errors';
import type { AuthedContext } from '../host/context';
import { moneyHeader, type ColumnSpec } from './cells';
import { listExports } from './lists';
import { rowReporter, type ExportRun } from './progress';
import { openTableWriter } from './table-writer';

export interface ListExportRequest {
  list: ExportList;
  /** The list's filters, as the exports.list channel checked them. */
  filters: unknown;
  format: ListExportFormat;
  path: string;
}

/**
 * Writes every row of a list, with the screen's filters, to a CSV or XLSX file: page after page
 * through the list's own handler, on one connection and one snapshot, checking for a cancel
 * between pages. A failed or cancelled export leaves the file closed for the caller to remove.
 */
export async function exportList(
  request: ListExportRequest,
  ctx: AuthedContext,
  run: ExportRun,
): Promise<{ rows: number; bytes: number }> {
  const definition = listExports[request.list];
  const parsed = exportListFilters[request.list].safeParse(request.filters);
  if (!parsed.success) throw new AppError('VALIDATION', `These filters do not fit the ${request.list} list.`);
  const filters = parsed.data as Record<string, unknown>;
  const currency = storeCurrency(ctx, definition.storeOf?.(filters) ?? ctx.actor.storeId);
  const specs: ColumnSpec[] = definition.columns.map((column) => ({
    header: column.type === 'money' ? moneyHeader(column.header, currency) : column.header,
    type: column.type,
  }));
  const report = rowReporter(run, 'rows');
  const writer = await openTableWriter(request.format, request.path, specs);
  let rows = 0;
  try {
    for await (const page of definition.pages(filters, ctx)) {
      run.signal.throwIfAborted();
      for (const row of page) writer.write(definition.columns.map((column) => column.value(row)));
      rows += page.length;
      await writer.drain();
      // A turn of the event loop, where a cancel arrives.
      await new Promise((resolve) => setImmediate(resolve));
      // The length of a filtered list is not known before its end: the total is what has been read.
      report(rows, rows);
    }
    run.signal.throwIfAborted();
    const bytes = await writer.finish();
    report(rows, rows, true);
    return { rows, bytes };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** The currency of the store a list shows; a store that does not exist is the list's own error to give. */
function storeCurrency(ctx: AuthedContext, storeId: number): string {
  const currency = ctx.sql.prepare('SELECT "currency" FROM "stores" WHERE "id" = ?').pluck().get(storeId);
  return typeof currency === 'string' ? currency : 'amount';
}
