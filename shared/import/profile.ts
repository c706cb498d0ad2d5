import { z } from 'zod';
import { IMPORT_KINDS } from './fields';

/**
 * A saved, named column mapping: which column (or constant, or lookup) fills each field, how its
 * text is cleaned first, and how the file is read. Stored as JSON in import_profiles and given to
 * the command line as a file, so every bound is checked here.
 */
const shortText = z.string().max(200);

/** Transform names; `prefix:` and `dateFormat:` carry an argument after the colon. */
export const SIMPLE_TRANSFORMS = [
  'trim',
  'upper',
  'lower',
  'title',
  'firstWord',
  'afterFirstWord',
  'stripCurrency',
  'percent',
] as const;

export const transform = z
  .string()
  .max(100)
  .refine(
    (value) =>
      (SIMPLE_TRANSFORMS as readonly string[]).includes(value) ||
      /^prefix:.{1,50}$/s.test(value) ||
      /^dateFormat:[A-Za-z/.\- :]{2,40}$/.test(value),
    { message: 'Unknown transform.' },
  );
export type Transform = z.infer<typeof transform>;

export const fieldMapping = z.strictObject({
  column: shortText.optional(),
  constant: z.string().max(1000).optional(),
  lookup: z.strictObject({ table: z.string().min(1).max(50), column: shortText }).optional(),
  transforms: z.array(transform).max(10).optional(),
});
export type FieldMapping = z.infer<typeof fieldMapping>;

export const sourceOptions = z.strictObject({
  format: z.enum(['csv', 'xlsx']).optional(),
  delimiter: z.string().length(1).optional(),
  encoding: z.enum(['utf-8', 'windows-1252']).optional(),
  sheet: z.string().min(1).max(100).optional(),
});
export type SourceOptions = z.infer<typeof sourceOptions>;

export const localeOptions = z.strictObject({
  dateOrder: z.enum(['ymd', 'dmy', 'mdy']),
  decimal: z.enum(['.', ',']),
});
export type LocaleOptions = z.infer<typeof localeOptions>;

export const DEFAULT_LOCALE: LocaleOptions = { dateOrder: 'ymd', decimal: '.' };

export const importProfile = z.strictObject({
  version: z.literal(1),
  kind: z.enum(IMPORT_KINDS),
  name: z.string().trim().min(1).max(100).optional(),
  source: sourceOptions.optional(),
  locale: localeOptions.optional(),
  fields: z.record(z.string().min(1).max(50), fieldMapping),
  lookups: z
    .record(z.string().min(1).max(50), z.strictObject({ key: shortText.min(1), from: shortText.min(1) }))
    .optional(),
});
export type ImportProfile = z.infer<typeof importProfile>;
