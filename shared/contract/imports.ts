import { z } from 'zod';
import { FIELD_TYPES, IMPORT_KINDS } from '../import/fields';
import { fieldMapping, importProfile, sourceOptions } from '../import/profile';
import { channel } from './channel';
import { id, isoTimestamp, text } from './common';
import { fileId } from './files';

/**
 * Imports: a file uploaded through files.* is inspected (header, a few rows, suggested mappings),
 * previewed under a mapping profile (the first rows as they will be stored, with their problems),
 * then imported by an `import` job. Mappings can be saved as named profiles.
 */

const fieldSpec = z.object({
  key: z.string(),
  label: z.string(),
  type: z.enum(FIELD_TYPES),
  required: z.boolean(),
  maxLength: z.number().int().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  aliases: z.array(z.string()),
  description: z.string().optional(),
});

const kindSpec = z.object({
  kind: z.enum(IMPORT_KINDS),
  label: z.string(),
  fields: z.array(fieldSpec),
  naturalKeys: z.array(z.string()),
});

/** The lookup files a profile joins, each an uploaded file, by the lookup's table name. */
const lookupFiles = z.record(z.string().min(1).max(50), fileId).refine((files) => Object.keys(files).length <= 10, {
  message: 'At most 10 lookup files.',
});

export const rowProblem = z.object({
  rowNumber: z.number().int(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  reason: z.string(),
});
export type RowProblemView = z.infer<typeof rowProblem>;

const importValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const IMPORT_MODES = ['insert', 'upsert', 'skip'] as const;

export const importStartInput = z.strictObject({
  fileId,
  profile: importProfile,
  lookups: lookupFiles.optional(),
  /** insert: new records only; upsert: update by natural key, else insert; skip: leave existing records. */
  mode: z.enum(IMPORT_MODES).default('insert'),
  /** The field to match existing records on; the kind's first mapped natural key when absent. */
  naturalKey: z.string().min(1).max(50).nullable().default(null),
  /** All or nothing (any problem: nothing is written), or import the valid rows and reject the others. */
  atomic: z.boolean().default(true),
  dryRun: z.boolean().default(false),
  allowNew: z
    .strictObject({ categories: z.boolean(), brands: z.boolean(), suppliers: z.boolean() })
    .default({ categories: false, brands: false, suppliers: false }),
  /** The store the records belong to (stock, sales); the caller's own unless an admin names another. */
  storeId: id.optional(),
});
export type ImportStartInput = z.input<typeof importStartInput>;

/** What a finished import job reports in its result. */
export const importResult = z.object({
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  rejected: z.number().int(),
  problemCount: z.number().int(),
  /** The first problems; all of them are in the rejects file. */
  problems: z.array(rowProblem),
  dryRun: z.boolean(),
  counts: z.record(z.string(), z.number()),
  /** The rejected rows as CSV, to download through files.readChunk; absent when none were rejected. */
  rejectsFileId: z.string().optional(),
});
export type ImportResult = z.infer<typeof importResult>;

const profileRow = z.object({
  id,
  name: z.string(),
  kind: z.enum(IMPORT_KINDS),
  profile: importProfile,
  updatedAt: isoTimestamp,
});
export type ImportProfileRow = z.infer<typeof profileRow>;

export const importsChannels = {
  /** Every kind's fields (types, bounds, header aliases) and natural keys, for the mapping form. */
  'imports.kinds': channel({
    input: z.strictObject({}),
    output: z.object({ kinds: z.array(kindSpec) }),
    access: 'manager',
    writes: false,
  }),
  /** How the file reads: format, encoding, delimiter, header, the first 20 rows and a suggested mapping per kind. */
  'imports.inspect': channel({
    input: z.strictObject({ fileId, ...sourceOptions.shape }),
    output: z.object({
      format: z.enum(['csv', 'xlsx']),
      encoding: z.string().nullable(),
      delimiter: z.string().nullable(),
      header: z.array(z.string()),
      rows: z.array(z.object({ rowNumber: z.number().int(), cells: z.array(z.string()) })),
      suggestions: z.record(z.enum(IMPORT_KINDS), z.record(z.string(), fieldMapping)),
    }),
    access: 'manager',
    writes: false,
  }),
  /** The first 20 rows under a profile as they will be stored (typed values), with each row's problems. */
  'imports.preview': channel({
    input: z.strictObject({ fileId, profile: importProfile, lookups: lookupFiles.optional() }),
    output: z.object({
      rows: z.array(
        z.object({
          rowNumber: z.number().int(),
          values: z.record(z.string(), importValue),
          problems: z.array(rowProblem),
        }),
      ),
    }),
    access: 'manager',
    writes: false,
  }),
  /**
   * Starts an `import` job and answers at once. The rejected rows go to `rejectsFileId` (also when an
   * all-or-nothing import fails because of them); the job's result is an importResult.
   */
  'imports.start': channel({
    input: importStartInput,
    output: z.object({ jobId: id, rejectsFileId: z.string() }),
    access: 'manager',
    writes: true,
    storeScoped: true,
  }),
  'imports.profiles.list': channel({
    input: z.strictObject({}),
    output: z.object({ items: z.array(profileRow) }),
    access: 'manager',
    writes: false,
  }),
  /** Saves a named mapping: a new one, or over the one with `id`. Names are unique whatever their case. */
  'imports.profiles.save': channel({
    input: z.strictObject({ id: id.optional(), name: text(100), profile: importProfile }),
    output: profileRow,
    access: 'manager',
    writes: true,
  }),
  'imports.profiles.delete': channel({
    input: z.strictObject({ id }),
    output: z.object({ id }),
    access: 'manager',
    writes: true,
  }),
};
