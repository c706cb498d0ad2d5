import { z } from 'zod';

/** Building blocks shared by the channel schemas. Inputs are strict: unknown fields are refused. */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * Trimmed text a person typed, never empty, never longer than `max`: a name, mostly. A tab (a
 * spreadsheet cell pasted in) becomes a space, which it looks like in the box it was pasted into.
 */
export const text = (max: number) =>
  z
    .string()
    .overwrite((typed) => typed.replaceAll('\t', ' '))
    .trim()
    .min(1)
    .max(max);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const cents = z.number().int().min(0).max(1_000_000_000_00);

export const isoTimestamp = z.string().max(40);

/** Opaque keyset cursor handed back by list channels. */
export const cursor = z.string().min(1).max(500);

export const pageLimit = z.number().int().min(1).max(200).default(50);

export const empty = z.strictObject({});
