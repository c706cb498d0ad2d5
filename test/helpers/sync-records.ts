import type Database from 'better-sqlite3';
import { emptyPart, type CopyBatch, type EntityPart } from '../../electron/sync/copy-batch';
import { OutboxReader, type PendingChange } from '../../electron/sync/outbox-reader';
import { copyField } from '../../electron/sync/pg-copy';
import { recordJsonSql } from '../../electron/sync/record-sql';

/**
 * Sync records read the plain way, each as its own JSON text, for tests to look inside them and
 * to check the push's COPY rows (RecordBuilder.buildCopyBatch) against an independent
 * conversion. The push itself never builds a record on its own.
 */

/** One pending change with its record as the JSON text SQLite built. */
export interface WireChange extends PendingChange {
  /** Null for a delete. */
  json: string | null;
}

/** One pending change with its record parsed. */
export interface OutboxChange extends PendingChange {
  /** The whole current record, foreign keys as uids, child rows nested; absent for a delete. */
  record?: Record<string, unknown>;
}

export interface ReadBatch<Change> {
  changes: Change[];
  /** The seq to acknowledge once head office has the batch (0 when it is empty). */
  lastSeq: number;
}

interface ReadOptions {
  afterSeq?: number;
  limit?: number;
}

/** The changes with their records; a record gone without a delete queued comes as a delete. */
export function buildRecords(sql: Database.Database, rows: readonly PendingChange[]): WireChange[] {
  const wanted = new Map<string, string[]>();
  for (const row of rows) {
    if (row.op === 'delete') continue;
    wanted.set(row.entity, [...(wanted.get(row.entity) ?? []), row.uid]);
  }
  const built = new Map<string, Map<string, string>>();
  for (const [entity, uids] of wanted) {
    const records = sql
      .prepare(
        `SELECT u."value", ${recordJsonSql(sql, entity)} FROM json_each(?) u JOIN "${entity}" r0 ON r0."uid" = u."value"`,
      )
      .raw()
      .all(JSON.stringify(uids)) as [string, string][];
    built.set(entity, new Map(records));
  }
  return rows.map((row): WireChange => {
    const json = row.op === 'delete' ? undefined : built.get(row.entity)!.get(row.uid);
    return json === undefined ? { ...row, op: 'delete', json: null } : { ...row, json };
  });
}

/**
 * The next pending changes claimed as a push claims them (recorded as read) and their records
 * built as JSON text, all in one transaction so every record comes from one state of the file.
 */
export function readWireBatch(sql: Database.Database, options: ReadOptions = {}): ReadBatch<WireChange> {
  const work = () => {
    const claimed = new OutboxReader(sql).claim(options);
    return { changes: buildRecords(sql, claimed.rows), lastSeq: claimed.lastSeq };
  };
  return sql.inTransaction ? work() : sql.transaction(work).immediate();
}

/** readWireBatch with each record parsed. */
export function readBatch(sql: Database.Database, options: ReadOptions = {}): ReadBatch<OutboxChange> {
  const batch = readWireBatch(sql, options);
  const changes = batch.changes.map(({ json, ...change }): OutboxChange =>
    json === null ? change : { ...change, record: JSON.parse(json) as Record<string, unknown> },
  );
  return { changes, lastSeq: batch.lastSeq };
}

/**
 * The batch head office would receive for these changes, written in TypeScript from each
 * record's JSON: changes grouped by entity in first-seen order, one escaped COPY row per upsert,
 * deletes apart.
 */
export function toCopyBatch(sourceUid: string, changes: readonly WireChange[]): CopyBatch {
  const source = copyField(sourceUid);
  const parts = new Map<string, EntityPart & { text: string }>();
  for (const change of changes) {
    let part = parts.get(change.entity);
    if (!part) {
      part = { ...emptyPart(change.entity), text: '' };
      parts.set(change.entity, part);
    }
    if (change.json === null) {
      part.deleteUids.push(change.uid);
      part.deleteSeqs.push(change.seq);
    } else {
      part.upsertSeqs.push(change.seq);
      part.upsertInserts.push(change.op === 'insert');
      part.text += `${source}\t${copyField(change.uid)}\t${change.seq}\t${copyField(change.json)}\n`;
    }
  }
  return {
    seqs: changes.map((change) => change.seq),
    parts: [...parts.values()].map(({ text, ...part }) => ({ ...part, rows: Buffer.from(text, 'utf8') })),
  };
}
