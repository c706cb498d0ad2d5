import type Database from 'better-sqlite3';
import { SYNCABLE, type EntityShape } from './syncable';

export interface SnapshotProgress {
  entity: string;
  done: number;
  total: number;
}

/** Where a snapshot stopped: every entity before `entity` is queued, and its ids up to `afterId`. */
export interface SnapshotPlace {
  entity: string;
  afterId: number;
}

export interface SnapshotOptions {
  rowsPerChunk?: number;
  /** Resume a snapshot that stopped here (null or absent: start from the first entity). */
  from?: SnapshotPlace | null;
  /** Called inside each chunk's transaction with the place after it, so it is remembered exactly when the chunk is. */
  onChunk?: (place: SnapshotPlace) => void;
  /** Called once each chunk has committed (and as each entity begins): what it queued can now be read. */
  onProgress?: (progress: SnapshotProgress) => void;
  /** Checked between chunks: a stopped snapshot resumes from its last place. */
  signal?: AbortSignal;
}

const DEFAULT_CHUNK = 20_000;
/** A record already pending keeps its place as an unseen insert only while no push has read it. */
const ENQUEUE = `ON CONFLICT ("entity", "entity_uid") DO UPDATE SET "seq" = excluded."seq", "changed_at" = excluded."changed_at",
  "op" = CASE WHEN "sync_outbox"."op" = 'insert' AND "sync_outbox"."seq" > (SELECT "read_seq" FROM "sync_state") THEN 'insert' ELSE 'update' END`;
const NEXT_SEQ = `(SELECT "last_seq" FROM "sync_state")`;
/** An entity not begun is queued from its first id, whatever it is. */
const BEFORE_ANY_ID = Number.MIN_SAFE_INTEGER;

/** The entities a snapshot from `from` still has to queue, the first of them from its place on. */
function remaining(from: SnapshotPlace | null | undefined): { shape: EntityShape; afterId: number }[] {
  const start = from ? SYNCABLE.findIndex((shape) => shape.table === from.entity) : 0;
  if (start < 0) throw new Error(`A snapshot cannot resume at "${from!.entity}": it is not a synced entity.`);
  return SYNCABLE.slice(start).map((shape, i) => ({ shape, afterId: i === 0 && from ? from.afterId : BEFORE_ANY_ID }));
}

/** How many records a snapshot from `from` would queue: what a first sync has ahead of it. */
export function snapshotSize(sql: Database.Database, from?: SnapshotPlace | null): number {
  return remaining(from).reduce(
    (sum, { shape, afterId }) =>
      sum + (sql.prepare(`SELECT COUNT(*) FROM "${shape.table}" WHERE "id" > ?`).pluck().get(afterId) as number),
    0,
  );
}

/**
 * Queues every syncable record once, for a first sync: entity by entity in dependency order
 * (stores, staff, the catalog, customers, then documents and ledgers), trees parents first, each
 * table in id order. Records already pending move to the snapshot's position, so each is sent
 * once. Works in chunks of `rowsPerChunk` ids, each its own short transaction (or part of the
 * caller's), yielding between them, so the tills write between chunks, a push can send what is
 * queued while the rest is queued, and the work can be stopped and resumed from its last place.
 * Returns the number of records queued.
 */
export async function enqueueSnapshot(sql: Database.Database, options: SnapshotOptions = {}): Promise<number> {
  const rowsPerChunk = options.rowsPerChunk ?? DEFAULT_CHUNK;
  const syncCounter = sql.prepare(
    'UPDATE "sync_state" SET "last_seq" = MAX("last_seq", IFNULL((SELECT MAX("seq") FROM "sync_outbox"), 0)) WHERE "id" = 1',
  );
  const inChunk = (write: () => number, place: SnapshotPlace): number => {
    const withCounter = () => {
      const result = write();
      syncCounter.run();
      options.onChunk?.(place);
      return result;
    };
    return sql.inTransaction ? withCounter() : sql.transaction(withCounter).immediate();
  };

  let queued = 0;
  for (const { shape, afterId } of remaining(options.from)) {
    options.signal?.throwIfAborted();
    const { first, last, total } = sql
      .prepare(
        `SELECT MIN("id") AS "first", MAX("id") AS "last", COUNT(*) AS "total" FROM "${shape.table}" WHERE "id" > ?`,
      )
      .get(afterId) as { first: number | null; last: number | null; total: number };
    const report = (done: number) => options.onProgress?.({ entity: shape.table, done, total });
    report(0);
    if (first === null || last === null) continue;
    if (shape.treeParent) {
      queued += inChunk(() => enqueueTree(sql, shape, shape.treeParent!), { entity: shape.table, afterId: last });
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
      if (from > first) options.signal?.throwIfAborted();
      const to = Math.min(from + rowsPerChunk - 1, last);
      done += inChunk(() => enqueue.run(from, to).changes, { entity: shape.table, afterId: to });
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
