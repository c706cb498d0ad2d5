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

/**
 * A stock level at or below its reorder point, where there is one (0 means "not reordered"). The
 * low-stock queries must spell their condition exactly so, or SQLite will not use the partial index.
 */
export const LOW_STOCK_SQL = '"on_hand" <= "effective_reorder_point" AND "effective_reorder_point" > 0';
