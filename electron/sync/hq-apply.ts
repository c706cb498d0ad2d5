import type { ClientBase } from 'pg';
import { withoutSeqs, type CopyBatch, type EntityPart } from './copy-batch';
import { copyFrom } from './pg-copy';
import { SYNCABLE } from './syncable';

/** The Backroom file a push comes from: its own uid, made once, and a name for head office's lists. */
export interface SyncSource {
  uid: string;
  name: string;
}

export interface AppliedBatch {
  /** Changes applied now. */
  applied: number;
  /** Changes head office had applied before: a batch delivered again. */
  skipped: number;
}

const ENTITIES: ReadonlySet<string> = new Set(SYNCABLE.map((shape) => shape.table));

/**
 * Applies one batch, its records as COPY rows (see electron/sync/copy-batch.ts), at head office
 * in one transaction: records upserted or deleted, entity by entity, and every change id (source
 * uid, seq) recorded in applied_changes. A batch delivered again (the store never heard the
 * commit) finds its ids there and changes nothing, so delivery at least once has the effect of
 * exactly once. A record keeps the highest seq it has seen: an older change never overwrites a
 * newer one. Pushes from one source take an advisory lock, so two syncs of the same file cannot
 * interleave.
 */
export async function applyCopyBatch(hq: ClientBase, source: SyncSource, batch: CopyBatch): Promise<AppliedBatch> {
  for (const part of batch.parts) {
    if (!ENTITIES.has(part.entity)) throw new Error(`Head office does not keep "${part.entity}" records.`);
  }
  const seqs = batch.seqs;
  if (seqs.length === 0) return { applied: 0, skipped: 0 };
  await hq.query('BEGIN');
  try {
    await hq.query('SELECT pg_advisory_xact_lock(hashtext($1))', [source.uid]);
    await hq.query(
      `INSERT INTO "sources" ("source_uid", "name") VALUES ($1, $2)
       ON CONFLICT ("source_uid") DO UPDATE SET "name" = excluded."name", "last_push_at" = now()`,
      [source.uid, source.name],
    );
    const seen = await hq.query<{ seq: string }>(
      `SELECT s AS "seq" FROM "applied_changes" a CROSS JOIN unnest(a."seqs") s
       WHERE a."source_uid" = $1 AND a."last_seq" >= $2 AND a."first_seq" <= $3 AND s = ANY($4::bigint[])`,
      [source.uid, lowest(seqs), highest(seqs), seqs],
    );
    const already = new Set(seen.rows.map((row) => Number(row.seq)));
    for (const part of batch.parts) {
      await applyEntity(hq, source.uid, already.size === 0 ? part : withoutSeqs(part, already));
    }
    const freshSeqs = already.size === 0 ? seqs : seqs.filter((seq) => !already.has(seq));
    if (freshSeqs.length > 0) {
      const last = highest(freshSeqs);
      await hq.query(
        `INSERT INTO "applied_changes" ("source_uid", "first_seq", "last_seq", "seqs") VALUES ($1, $2, $3, $4::bigint[])`,
        [source.uid, lowest(freshSeqs), last, freshSeqs],
      );
      await hq.query('UPDATE "sources" SET "last_seq" = GREATEST("last_seq", $2) WHERE "source_uid" = $1', [
        source.uid,
        last,
      ]);
    }
    await hq.query('COMMIT');
    return { applied: freshSeqs.length, skipped: seqs.length - freshSeqs.length };
  } catch (error) {
    await hq.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The highest change id head office has applied from a source; 0 for a source it has never heard from. */
export async function hqLastSeq(hq: ClientBase, sourceUid: string): Promise<number> {
  const { rows } = await hq.query<{ last_seq: string }>('SELECT "last_seq" FROM "sources" WHERE "source_uid" = $1', [
    sourceUid,
  ]);
  return rows[0] ? Number(rows[0].last_seq) : 0;
}

/**
 * Removes a source's records older than `seq` in one transaction: once a restored file has sent
 * every record it holds above `seq`, the ones left below it are gone from the file.
 */
export async function removeRecordsBelow(hq: ClientBase, sourceUid: string, seq: number): Promise<void> {
  await hq.query('BEGIN');
  try {
    await hq.query('SELECT pg_advisory_xact_lock(hashtext($1))', [sourceUid]);
    for (const entity of ENTITIES) {
      await hq.query(`DELETE FROM "${entity}" WHERE "source_uid" = $1 AND "seq" < $2`, [sourceUid, seq]);
    }
    await hq.query('COMMIT');
  } catch (error) {
    await hq.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * An entity's changes in a batch. Records travel with COPY, which PostgreSQL reads far faster
 * than bound parameters. Records head office has never seen (every record of a first sync) are
 * copied straight into their table, under a savepoint: if one is there after all (a unique key
 * violation), the copy is undone and the records go the careful way, copied into a temporary
 * table and upserted from it, where a record never takes an older seq than the one it has.
 */
async function applyEntity(hq: ClientBase, sourceUid: string, part: EntityPart): Promise<void> {
  const { entity, rows } = part;
  if (part.upsertSeqs.length > 0) {
    const unseen = part.upsertInserts.every(Boolean);
    if (!unseen || !(await copyNewRecords(hq, entity, rows))) await upsertRecords(hq, entity, rows);
  }
  if (part.deleteSeqs.length > 0) {
    await hq.query(
      `DELETE FROM "${entity}" t USING unnest($2::text[], $3::bigint[]) AS d("uid", "seq")
       WHERE t."source_uid" = $1 AND t."uid" = d."uid" AND t."seq" < d."seq"`,
      [sourceUid, part.deleteUids, part.deleteSeqs],
    );
  }
}

/** Copies records straight into their table; false (and nothing written) if one was there already. */
async function copyNewRecords(hq: ClientBase, entity: string, rows: Uint8Array): Promise<boolean> {
  await hq.query('SAVEPOINT "new_records"');
  try {
    await copyFrom(hq, `COPY "${entity}" ("source_uid", "uid", "seq", "record") FROM STDIN`, rows);
    await hq.query('RELEASE SAVEPOINT "new_records"');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await hq.query('ROLLBACK TO SAVEPOINT "new_records"');
    return false;
  }
}

/** Upserts through a temporary table, keeping whichever of the two records has the higher seq. */
async function upsertRecords(hq: ClientBase, entity: string, rows: Uint8Array): Promise<void> {
  // ON COMMIT DROP: a batch cut short leaves nothing behind on the connection.
  await hq.query(`CREATE TEMPORARY TABLE "incoming_records" (LIKE "${entity}" INCLUDING DEFAULTS) ON COMMIT DROP`);
  await copyFrom(hq, 'COPY "incoming_records" ("source_uid", "uid", "seq", "record") FROM STDIN', rows);
  await hq.query(
    `INSERT INTO "${entity}" ("source_uid", "uid", "seq", "record")
     SELECT "source_uid", "uid", "seq", "record" FROM "incoming_records"
     ON CONFLICT ("source_uid", "uid") DO UPDATE SET "seq" = excluded."seq", "record" = excluded."record", "received_at" = now()
     WHERE "${entity}"."seq" < excluded."seq"`,
  );
  // The next entity of the batch makes its own.
  await hq.query('DROP TABLE "incoming_records"');
}

const UNIQUE_VIOLATION = '23505';

const lowest = (values: readonly number[]) => values.reduce((a, b) => Math.min(a, b));
const highest = (values: readonly number[]) => values.reduce((a, b) => Math.max(a, b));
