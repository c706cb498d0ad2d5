import type Database from 'better-sqlite3';

/** A change claimed from the outbox, its record not built yet. */
export interface PendingChange {
  seq: number;
  entity: string;
  uid: string;
  /** 'insert': head office has never seen the record; 'update': it may have; 'delete': it is gone. */
  op: 'insert' | 'update' | 'delete';
}

const DEFAULT_BATCH = 500;

/**
 * Claims pending changes in seq order; RecordBuilder then builds each record from its current
 * row. A record may reference a uid whose own change comes later in the stream (it changed again
 * after being referenced, which moved it to a later seq), so head office resolves references by
 * uid once a whole push has arrived, not row by row.
 *
 * Claiming is the first half of a push: the batch's seq is recorded as read, so a record pending
 * at or below it is treated as possibly delivered. Nothing is removed until `acknowledge`.
 */
export class OutboxReader {
  private readonly pending: Database.Statement;
  private readonly markRead: Database.Statement;

  constructor(private readonly sql: Database.Database) {
    this.pending = sql.prepare(
      'SELECT "seq", "entity", "entity_uid" AS "uid", "op" FROM "sync_outbox" WHERE "seq" > ? ORDER BY "seq" LIMIT ?',
    );
    this.markRead = sql.prepare('UPDATE "sync_state" SET "read_seq" = MAX("read_seq", ?) WHERE "id" = 1');
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
