import type Database from 'better-sqlite3';
import { SYNCABLE, type EntityShape } from './syncable';

export interface SnapshotProgress {
  entity: string;
  done: number;
  total: number;
}

export interface SnapshotOptions {
  rowsPerChunk?: number;
  onProgress?: (progress: SnapshotProgress) => void;
}

const DEFAULT_CHUNK = 50_000;
/** A record already pending keeps its place as an unseen insert only while no push has read it. */
const ENQUEUE = `ON CONFLICT ("entity", "entity_uid") DO UPDATE SET "seq" = excluded."seq", "changed_at" = excluded."changed_at",
  "op" = CASE WHEN "sync_outbox"."op" = 'insert' AND "sync_outbox"."seq" > (SELECT "read_seq" FROM "sync_state") THEN 'insert' ELSE 'update' END`;
const NEXT_SEQ = `(SELECT "last_seq" FROM "sync_state")`;

/**
 * Queues every syncable record once, for a first sync: entity by entity in dependency order
 * (stores, staff, the catalog, customers, then documents and ledgers), trees parents first, each
 * table in id order. Records already pending move to the snapshot's position, so each is sent
 * once. Works in chunks of `rowsPerChunk` ids, each its own transaction (or part of the caller's),
 * yielding between them so progress reaches the screen and the job can be cancelled between
 * chunks. Returns the number of records queued.
 */
export async function enqueueSnapshot(sql: Database.Database, options: SnapshotOptions = {}): Promise<number> {
  const rowsPerChunk = options.rowsPerChunk ?? DEFAULT_CHUNK;
  const syncCounter = sql.prepare(
    'UPDATE "sync_state" SET "last_seq" = MAX("last_seq", IFNULL((SELECT MAX("seq") FROM "sync_outbox"), 0)) WHERE "id" = 1',
  );
  const inChunk = <T>(write: () => T): T => {
    const withCounter = () => {
      const result = write();
      syncCounter.run();
      return result;
    };
    return sql.inTransaction ? withCounter() : sql.transaction(withCounter).immediate();
  };

  let queued = 0;
  for (const shape of SYNCABLE) {
    const { first, last, total } = sql
      .prepare(`SELECT MIN("id") AS "first", MAX("id") AS "last", COUNT(*) AS "total" FROM "${shape.table}"`)
      .get() as { first: number | null; last: number | null; total: number };
    const report = (done: number) => options.onProgress?.({ entity: shape.table, done, total });
    report(0);
    if (first === null || last === null) continue;
    if (shape.treeParent) {
      queued += inChunk(() => enqueueTree(sql, shape, shape.treeParent!));
      report(total);
      continue;
    }
    const enqueue = sql.prepare(
      `INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op")
       SELECT ${NEXT_SEQ} + ROW_NUMBER() OVER (ORDER BY "id"), '${shape.table}', "uid", 'insert'
       FROM "${shape.table}" WHERE "id" BETWEEN ? AND ? ORDER BY "id"
       ${ENQUEUE}`,
    );
    let done = 0;
    for (let from = first; from <= last; from += rowsPerChunk) {
      done += inChunk(() => enqueue.run(from, from + rowsPerChunk - 1).changes);
      report(done);
      await new Promise((resolve) => setImmediate(resolve));
    }
    queued += done;
  }
  return queued;
}

/** A tree (categories) in one statement, parents before children: small, and order matters. */
function enqueueTree(sql: Database.Database, shape: EntityShape, parentColumn: string): number {
  return sql
    .prepare(
      `WITH RECURSIVE "tree" ("id", "uid", "depth") AS (
         SELECT "id", "uid", 0 FROM "${shape.table}" WHERE "${parentColumn}" IS NULL
         UNION ALL
         SELECT c."id", c."uid", t."depth" + 1 FROM "${shape.table}" c JOIN "tree" t ON c."${parentColumn}" = t."id")
       INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op")
       SELECT ${NEXT_SEQ} + ROW_NUMBER() OVER (ORDER BY "depth", "id"), '${shape.table}', "uid", 'insert'
       FROM "tree" WHERE true ORDER BY "depth", "id"
       ${ENQUEUE}`,
    )
    .run().changes;
}
