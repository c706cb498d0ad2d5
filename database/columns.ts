import { Column } from 'typeorm';

/**
 * Column shapes used by many entities. Every column states its SQL type: esbuild (used by Vite,
 * Vitest and tsx) emits no decorator metadata, so TypeORM cannot infer one.
 */

/** ISO-8601 UTC with milliseconds, e.g. 2026-11-25T15:27:55.123Z. Sorts as text. */
export const NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

/** Globally unique identity of a syncable row (UUIDv7), so rows from different stores never collide. */
export const UidColumn = () => Column({ type: 'text', name: 'uid', unique: true });

export const CreatedAtColumn = () => Column({ type: 'text', name: 'created_at', default: () => NOW_SQL });

export const UpdatedAtColumn = () => Column({ type: 'text', name: 'updated_at', default: () => NOW_SQL });

/** A JSON object stored as text; the CHECK on the table keeps it valid. */
export const JsonColumn = (name: string, fallback: string) =>
  Column({ type: 'text', name, default: () => `'${fallback}'` });
