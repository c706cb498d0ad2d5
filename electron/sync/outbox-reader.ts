import type Database from 'better-sqlite3';
import { RecordBuilder } from './record-builder';

/** One pending change, as head office receives it. */
export interface OutboxChange {
  seq: number;
  entity: string;
  uid: string;
  /** 'insert': head office has never seen the record; 'update': it may have; 'delete': it is gone. */
  op: 'insert' | 'update' | 'delete';
  /** The whole current record, foreign keys as uids, child rows nested; absent for a delete. */
  record?: Record<string, unknown>;
}

/** One pending change with its record still as the JSON text SQLite built: what a push sends. */
export interface WireChange {
  seq: number;
  entity: string;
  uid: string;
  op: 'insert' | 'update' | 'delete';
  /** Null for a delete. */
  json: string | null;
}

/** A change claimed from the outbox, its record not built yet. */
export type PendingChange = Omit<WireChange, 'json'>;

export interface OutboxBatch<Change = OutboxChange> {
  changes: Change[];
  /** The seq to acknowledge once head office has committed the batch (0 when it is empty). */
  lastSeq: number;
}

const DEFAULT_BATCH = 500;

/**
 * Reads pending changes in seq order and builds each record from its current row. A record may
 * reference a uid whose own change comes later in the stream (it changed again after being
 * referenced, which moved it to a later seq), so head office resolves references by uid once a
 * whole push has arrived, not row by row.
 *
 * Reading is the first half of a push: the batch's seq is recorded as read, so a record pending
 * at or below it is treated as possibly delivered. Nothing is removed until `acknowledge`.
 */
export class OutboxReader {
  private readonly pending: Database.Statement;
  private readonly markRead: Database.Statement;
  private readonly builder: RecordBuilder;

  constructor(private readonly sql: Database.Database) {
    this.pending = sql.prepare(
      'SELECT "seq", "entity", "entity_uid" AS "uid", "op" FROM "sync_outbox" WHERE "seq" > ? ORDER BY "seq" LIMIT ?',
    );
    this.markRead = sql.prepare('UPDATE "sync_state" SET "read_seq" = MAX("read_seq", ?) WHERE "id" = 1');
    this.builder = new RecordBuilder(sql);
  }

  /** Up to `limit` changes after `afterSeq` (0: from the oldest pending change). */
  readBatch(options: { afterSeq?: number; limit?: number } = {}): OutboxBatch {
    const batch = this.readWireBatch(options);
    const changes = batch.changes.map(({ json, ...change }): OutboxChange =>
      json === null ? change : { ...change, record: JSON.parse(json) as Record<string, unknown> },
    );
    return { changes, lastSeq: batch.lastSeq };
  }

  /** readBatch with each record left as JSON text, as SQLite built it. */
  readWireBatch(options: { afterSeq?: number; limit?: number } = {}): OutboxBatch<WireChange> {
    // One transaction, so every record of the batch is read from the same state of the file.
    return this.inWriteTransaction(() => {
      const claimed = this.claim(options);
      return { changes: this.builder.build(claimed.rows), lastSeq: claimed.lastSeq };
    });
  }

  /**
   * The next changes in seq order, recorded as read: from now on they may have reached head
   * office. One short write of its own (or part of the caller's transaction): once it has
   * committed, a record thread's read transaction, begun after it, sees every change it covers.
   */
  claim(options: { afterSeq?: number; limit?: number } = {}): { rows: PendingChange[]; lastSeq: number } {
    return this.inWriteTransaction(() => {
      const rows = this.pending.all(options.afterSeq ?? 0, options.limit ?? DEFAULT_BATCH) as PendingChange[];
      const lastSeq = rows.length === 0 ? 0 : rows[rows.length - 1]!.seq;
      if (lastSeq > 0) this.markRead.run(lastSeq);
      return { rows, lastSeq };
    });
  }

  private inWriteTransaction<T>(work: () => T): T {
    return this.sql.inTransaction ? work() : this.sql.transaction(work).immediate();
  }
}

/**
 * Removes every change up to `upToSeq` once head office has committed it. A record changed
 * again since it was read has moved to a later seq and stays pending, so nothing is lost; an
 * interrupted push acknowledges nothing and is read again from the same place.
 */
export function acknowledge(sql: Database.Database, upToSeq: number): number {
  return sql.prepare('DELETE FROM "sync_outbox" WHERE "seq" <= ?').run(upToSeq).changes;
}
