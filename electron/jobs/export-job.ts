import type { ExportList, ExportResult, ListExportFormat } from '../../shared/contract/exports';
import { exportDatabase } from '../export/full-export';
import { exportList } from '../export/export-list';
import { exportReadContext, type ExportActor } from '../export/read-context';
import type { JobDefinition } from './kinds';

/** The file an export writes into: created empty by the channel, named to the caller by its id. */
export interface ExportOutput {
  fileId: string;
  name: string;
  path: string;
}

/** What to export: a list with its filters, or the whole database. */
export type ExportWork =
  { what: 'list'; list: ExportList; filters: unknown; format: ListExportFormat } | { what: 'database'; format: 'zip' };

export type ExportJobInput = ExportWork & {
  actor: ExportActor;
  /** When the export was asked for: "today" in a report is that day, whatever the thread's clock says. */
  now: string;
  output: ExportOutput;
};

/**
 * Exports run on a read job: one snapshot of the file, without the write lock, so the tills go on
 * selling meanwhile. A failed or cancelled export's file is removed on the main side (exports handler).
 */
export const exportJob: JobDefinition = {
  async run(rawInput, ctx) {
    const input = rawInput as ExportJobInput;
    const run = { signal: ctx.signal, progress: ctx.progress };
    const written =
      input.what === 'list'
        ? await exportList(
            { list: input.list, filters: input.filters, format: input.format, path: input.output.path },
            exportReadContext(ctx.dataSource, ctx.sql, input.actor, new Date(input.now)),
            run,
          )
        : await exportDatabase(
            ctx.sql,
            { path: input.output.path, exportedAt: input.now, storeId: input.actor.storeId },
            run,
          );
    const result: ExportResult = {
      fileId: input.output.fileId,
      name: input.output.name,
      format: input.format,
      rows: written.rows,
      bytes: written.bytes,
    };
    return result;
  },
};
