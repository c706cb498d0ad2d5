import { importKinds } from '../../shared/import/kinds';
import type { AuthedContext, Handler, HandlerRegistry } from '../host/context';
import type { ImportJobInput } from '../jobs/import-job';
import { checkImportMapping } from '../services/imports/check-mapping';
import { inspectImportFile } from '../services/imports/inspect';
import { previewImport } from '../services/imports/preview';
import { deleteProfile, listProfiles, saveProfile } from '../services/imports/profiles';
import { assertStoreScope } from '../services/permissions/store-scope';

/** The caller's own uploads, as paths for the main side: someone else's file is NOT_FOUND. */
function lookupPaths(ctx: AuthedContext, files: Readonly<Record<string, string>> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([table, fileId]) => [table, ctx.files.get(ctx.actor.staffId, fileId).path]),
  );
}

const kinds: Handler<'imports.kinds'> = () => ({
  kinds: Object.values(importKinds).map((spec) => ({
    kind: spec.kind,
    label: spec.label,
    naturalKeys: [...spec.naturalKeys],
    fields: spec.fields.map((field) => ({ ...field, aliases: [...field.aliases] })),
  })),
});

const inspect: Handler<'imports.inspect'> = ({ fileId, ...options }, ctx) =>
  inspectImportFile(ctx.files.get(ctx.actor.staffId, fileId).path, options);

const preview: Handler<'imports.preview'> = (input, ctx) =>
  previewImport(
    ctx.files.get(ctx.actor.staffId, input.fileId).path,
    lookupPaths(ctx, input.lookups),
    input.profile,
    ctx.clock.now(),
  );

const start: Handler<'imports.start'> = async (input, ctx) => {
  const storeId = input.storeId ?? ctx.actor.storeId;
  assertStoreScope(ctx.actor, storeId);
  const source = ctx.files.get(ctx.actor.staffId, input.fileId);
  const lookups = lookupPaths(ctx, input.lookups);
  await checkImportMapping(source.path, lookups, input.profile, input);
  const rejects = ctx.files.createOutput(ctx.actor.staffId, `${input.profile.kind}-rejected-rows.csv`);
  const job: ImportJobInput = {
    files: { source: source.path, lookups },
    profile: input.profile,
    mode: input.mode,
    naturalKey: input.naturalKey,
    atomic: input.atomic,
    dryRun: input.dryRun,
    allowNew: input.allowNew,
    storeId,
    staffId: ctx.actor.staffId,
    now: ctx.clock.now().toISOString(),
    rejects: { fileId: rejects.fileId, path: rejects.path },
  };
  const jobId = ctx.jobs.start('import', job, ctx.actor);
  ctx.audit.entity = 'job';
  ctx.audit.entityId = jobId;
  ctx.audit.details = {
    kind: input.profile.kind,
    file: source.name,
    mode: input.mode,
    atomic: input.atomic,
    dryRun: input.dryRun,
    storeId,
  };
  return { jobId, rejectsFileId: rejects.fileId };
};

const listProfilesHandler: Handler<'imports.profiles.list'> = (_input, ctx) => ({ items: listProfiles(ctx.sql) });

const saveProfileHandler: Handler<'imports.profiles.save'> = (input, ctx) => {
  const saved = saveProfile(ctx.sql, input, ctx.actor.staffId, ctx.clock.now().toISOString());
  ctx.audit.entity = 'import_profile';
  ctx.audit.entityId = saved.id;
  return saved;
};

const deleteProfileHandler: Handler<'imports.profiles.delete'> = (input, ctx) => {
  deleteProfile(ctx.sql, input.id);
  ctx.audit.entity = 'import_profile';
  ctx.audit.entityId = input.id;
  return { id: input.id };
};

export const importsHandlers = {
  'imports.kinds': kinds,
  'imports.inspect': inspect,
  'imports.preview': preview,
  'imports.start': start,
  'imports.profiles.list': listProfilesHandler,
  'imports.profiles.save': saveProfileHandler,
  'imports.profiles.delete': deleteProfileHandler,
} satisfies Partial<HandlerRegistry>;
