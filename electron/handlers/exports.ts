import { contract } from '../../shared/contract';
import { EXPORT_LIST_CHANNELS } from '../../shared/contract/exports';
import { AppError } from '../../shared/errors';
import { roleAllows } from '../../shared/roles';
import type { AuthedContext, Handler, HandlerRegistry } from '../host/context';
import type { ExportJobInput, ExportWork } from '../jobs/export-job';

/** "orders-2026-03-14.csv": what the list is and the day it was taken. */
function fileName(what: string, extension: string, ctx: AuthedContext): string {
  return `${what}-${ctx.clock.now().toISOString().slice(0, 10)}.${extension}`;
}

function startExport(ctx: AuthedContext, name: string, work: ExportWork): number {
  const { staffId, role, storeId } = ctx.actor;
  const file = ctx.files.createOutput(staffId, name);
  const input: ExportJobInput = {
    ...work,
    actor: { staffId, role, storeId },
    now: ctx.clock.now().toISOString(),
    output: { fileId: file.fileId, name: file.name, path: file.path },
  };
  // A failed or cancelled export leaves nothing: neither its partial file nor the file's record.
  const jobId = ctx.jobs.start('export', input, ctx.actor, (status) => {
    if (status !== 'succeeded') ctx.files.remove(staffId, file.fileId);
  });
  ctx.audit.entity = 'job';
  ctx.audit.entityId = jobId;
  return jobId;
}

/** A list is exported by whoever may read it: the list channel's own role, then its own store scope. */
const list: Handler<'exports.list'> = (input, ctx) => {
  const required = contract[EXPORT_LIST_CHANNELS[input.list]].access;
  if (!roleAllows(ctx.actor.role, required))
    throw new AppError('FORBIDDEN', `This list needs the ${required} role.`, { required });
  const jobId = startExport(ctx, fileName(input.list, input.format, ctx), {
    what: 'list',
    list: input.list,
    filters: input.input,
    format: input.format,
  });
  ctx.audit.details = { list: input.list, format: input.format, filters: input.input };
  return { jobId };
};

const database: Handler<'exports.database'> = (_input, ctx) => ({
  jobId: startExport(ctx, fileName('backroom', 'zip', ctx), { what: 'database', format: 'zip' }),
});

export const exportsHandlers = {
  'exports.list': list,
  'exports.database': database,
} satisfies Partial<HandlerRegistry>;
