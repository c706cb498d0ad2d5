import type Database from 'better-sqlite3';
import { emptyPart, joinCopyBatches, type CopyBatch, type EntityPart } from './copy-batch';
import type { PendingChange } from './outbox-reader';
import { recordJsonSql } from './record-sql';

/** Records built between two turns of the event loop: a few milliseconds. */
const SLICE = 250;

/**
 * Builds pending changes' records on one connection as the COPY rows head office reads, one
 * statement per entity: looking the records up by a list of uids costs a fraction of a statement
 * per record. The statements are prepared once per connection and reused for every batch.
 */
export class RecordBuilder {
  private readonly copies = new Map<string, Database.Statement>();

  constructor(private readonly sql: Database.Database) {}

  /**
   * The changes as a batch for head office: each record built as JSON from its current row
   * (child rows nested, local ids replaced by uids), SQLite writing each entity's COPY rows as one
   * piece, so no record becomes a string of its own on this side, which spares most of the work a
   * record costs here. A record gone without a delete queued is sent as a delete.
   */
  buildCopyBatch(sourceUid: string, rows: readonly PendingChange[]): CopyBatch {
    const parts = new Map<string, EntityPart>();
    const wanted = new Map<string, PendingChange[]>();
    for (const row of rows) {
      let part = parts.get(row.entity);
      if (!part) {
        part = emptyPart(row.entity);
        parts.set(row.entity, part);
      }
      if (row.op === 'delete') {
        part.deleteUids.push(row.uid);
        part.deleteSeqs.push(row.seq);
      } else {
        const list = wanted.get(row.entity) ?? [];
        list.push(row);
        wanted.set(row.entity, list);
      }
    }
    for (const [entity, list] of wanted) {
      const part = parts.get(entity)!;
      const [bytes, foundJson] = this.copyStatement(entity).get(
        sourceUid,
        JSON.stringify(list.map((row) => [row.uid, row.seq])),
      ) as [Buffer | null, string];
      // The seqs in the order SQLite wrote the rows: both aggregates see the rows in one order.
      const found = JSON.parse(foundJson) as number[];
      const inserts = new Set(list.filter((row) => row.op === 'insert').map((row) => row.seq));
      part.upsertSeqs = found;
      part.upsertInserts = found.map((seq) => inserts.has(seq));
      const present = new Set(found);
      for (const row of list) {
        if (present.has(row.seq)) continue;
        part.deleteUids.push(row.uid);
        part.deleteSeqs.push(row.seq);
      }
      if (bytes) part.rows = ownedBytes(bytes);
    }
    return { seqs: rows.map((row) => row.seq), parts: [...parts.values()] };
  }

  /**
   * buildCopyBatch a slice of changes at a time, giving the event loop a turn between slices, so
   * a connection to head office is served while SQLite works. The slices are read in one read
   * transaction (one state of the file, unless the caller's transaction is open) that never holds
   * the write lock, so the tills keep selling meanwhile.
   */
  async buildCopyBatchInSlices(sourceUid: string, rows: readonly PendingChange[]): Promise<CopyBatch> {
    const ownTransaction = !this.sql.inTransaction;
    if (ownTransaction) this.sql.exec('BEGIN');
    try {
      const slices: CopyBatch[] = [];
      for (let from = 0; from < rows.length; from += SLICE) {
        if (from > 0) await new Promise((resolve) => setImmediate(resolve));
        slices.push(this.buildCopyBatch(sourceUid, rows.slice(from, from + SLICE)));
      }
      if (ownTransaction) this.sql.exec('COMMIT');
      return joinCopyBatches(slices);
    } finally {
      if (ownTransaction && this.sql.inTransaction) this.sql.exec('ROLLBACK');
    }
  }

  /**
   * One entity's COPY rows for a list of [uid, seq] pairs, and the seqs found in the same order
   * (left to the plan: sorting the rows would cost more than writing them). In JSON text only a
   * backslash needs COPY's escape (its strings escape every control character).
   */
  private copyStatement(entity: string): Database.Statement {
    let statement = this.copies.get(entity);
    if (!statement) {
      statement = this.sql
        .prepare(
          `SELECT CAST(group_concat(
               ? || char(9) || u."uid" || char(9) || u."seq" || char(9) || replace(${recordJsonSql(this.sql, entity)}, '\\', '\\\\') || char(10),
               '') AS BLOB),
             json_group_array(u."seq")
           FROM (SELECT j."value" ->> 0 AS "uid", j."value" ->> 1 AS "seq" FROM json_each(?) j) u
           JOIN "${entity}" r0 ON r0."uid" = u."uid"`,
        )
        .raw();
      this.copies.set(entity, statement);
    }
    return statement;
  }
}

/** The bytes in memory of their own, so they can be handed to another thread. */
function ownedBytes(bytes: Buffer): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength) return bytes;
  const copy = Buffer.allocUnsafeSlow(bytes.byteLength);
  copy.set(bytes);
  return copy;
}
