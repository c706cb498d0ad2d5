import type Database from 'better-sqlite3';
import type { IMPORT_MODES } from '../../shared/contract/imports';

/** A field's value after transforms and validation (see shared/import/fields.ts for each type). */
export type ImportValue = string | number | boolean | null;

/** One row of the file as its kind's fields, typed and checked field by field. */
export interface ImportRow {
  /** Where the row is in the file, as a person counts (header row = 1). */
  rowNumber: number;
  /** Only the fields the profile maps; a field absent here is left as it is on update. */
  values: Record<string, ImportValue>;
}

/** Why a row was refused, in words for a person. */
export interface RowProblem {
  rowNumber: number;
  /**
   * The file's column (or the field's label when no single column is to blame); null for the whole
   * row. A writer may give a field's key instead, its reason then without the field's name: the
   * import turns both into the file's words.
   */
  column: string | null;
  value: string | null;
  reason: string;
}

/** insert: new records only; upsert: update by natural key, else insert; skip: leave rows whose key exists. */
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface WriterContext {
  /** Inside the job's one transaction; never BEGIN/COMMIT here. */
  sql: Database.Database;
  storeId: number;
  staffId: number;
  mode: ImportMode;
  /** The field key matched on for upsert/skip (one of the kind's natural keys); null for the kind's first. */
  naturalKey: string | null;
  /** ISO timestamp from the app's clock. */
  now: string;
  /** What may be created on the fly when a row names it and it does not exist yet. */
  allowNew: { categories: boolean; brands: boolean; suppliers: boolean };
  dryRun: boolean;
}

export interface ImportWriter {
  /**
   * Rows in file order, already typed and checked field by field. Writes the good ones; returns the
   * problems of rows it refused (unknown product, duplicate key in file or database, ...).
   */
  write(rows: readonly ImportRow[]): RowProblem[];
  /**
   * A row that failed field checks, with the fields that did parse, in file order among the rows
   * given to write(): a writer that writes rows in groups (a sales order) refuses the row's group too.
   */
  refused?(row: ImportRow): RowProblem[];
  /** After the last row (flush a pending order group, rebuild derived tables). */
  finish(): RowProblem[];
  /** Counts for the summary: { inserted, updated, skipped, ...kind-specific }. */
  summary(): Record<string, number>;
}

export type WriterFactory = (ctx: WriterContext) => ImportWriter;
