import type Database from 'better-sqlite3';
import type { PendingChange } from './outbox-reader';
import { SYNCABLE } from './syncable';

/**
 * A first sync's snapshot: every syncable record as it stood when the sync began, sent straight
 * from its table in id order, entity by entity, without passing through the outbox (queueing
 * millions of records there, then removing them, would cost as much as sending them).
 *
 * Each record's change id is fixed when the plan is made: a block of seqs is reserved for each
 * entity, one per id in its range, so a record's seq is its entity's first seq plus its id's
 * distance from the first id. A batch sent again after a lost acknowledgement carries the same
 * ids and head office skips it. Every change the app makes meanwhile is queued in the outbox
 * above the reserved block, so head office, which keeps each record's highest seq, never lets
 * the snapshot's copy of a record overwrite a later change, whichever arrives first.
 */
export interface SnapshotPlan {
  entities: SnapshotEntity[];
  /** How far head office has committed: entities before `at` entirely, and `at`'s ids up to `afterId`. */
  at: number;
  afterId: number;
  /**
   * Set when head office already held records of this file (it was restored from a backup): one
   * above the highest seq head office had from it. Every record the snapshot sends comes above
   * that, so once the snapshot is all there, head office's records of this file below it are ones
   * the file no longer has.
   */
  replacesBelow?: number;
}

export interface SnapshotEntity {
  entity: string;
  firstId: number;
  lastId: number;
  /** The seq of `firstId`; the entity's block runs to firstSeq + lastId - firstId. */
  firstSeq: number;
}

/** Where a snapshot batch ends: what the plan records once head office has committed it. */
export interface SnapshotPlace {
  at: number;
  afterId: number;
}

/** Numbers the file's next changes above `seq` at least (never lower than it already does). */
export function raiseLastSeq(sql: Database.Database, seq: number): void {
  sql.prepare('UPDATE "sync_state" SET "last_seq" = MAX("last_seq", ?) WHERE "id" = 1').run(seq);
}

/**
 * Reserves the snapshot's seqs and answers its plan: one short write, in the caller's transaction
 * if there is one. An empty table takes no block. The seqs start above `hqLastSeq`, the highest
 * change head office has applied from this file: a file restored from a backup numbers its
 * changes from where the backup stood, below changes head office already has, which it would
 * take for ones delivered twice.
 */
export function planSnapshot(sql: Database.Database, hqLastSeq = 0): SnapshotPlan {
  const plan = () => {
    raiseLastSeq(sql, hqLastSeq);
    const planned = wholeFilePlan(sql);
    const last = planned.entities.at(-1);
    if (last) sql.prepare('UPDATE "sync_state" SET "last_seq" = ? WHERE "id" = 1').run(lastSeqOf(last));
    return hqLastSeq > 0 ? { ...planned, replacesBelow: hqLastSeq + 1 } : planned;
  };
  return sql.inTransaction ? plan() : sql.transaction(plan).immediate();
}

/** The plan a snapshot made now would have, nothing reserved: what a first sync has to send. */
export function wholeFilePlan(sql: Database.Database): SnapshotPlan {
  let nextSeq = (sql.prepare('SELECT "last_seq" FROM "sync_state"').pluck().get() as number) + 1;
  const entities: SnapshotEntity[] = [];
  for (const shape of SYNCABLE) {
    const range = sql.prepare(`SELECT MIN("id") AS "first", MAX("id") AS "last" FROM "${shape.table}"`).get() as {
      first: number | null;
      last: number | null;
    };
    if (range.first === null || range.last === null) continue;
    const entity = { entity: shape.table, firstId: range.first, lastId: range.last, firstSeq: nextSeq };
    entities.push(entity);
    nextSeq = lastSeqOf(entity) + 1;
  }
  return { entities, at: 0, afterId: (entities[0]?.firstId ?? 1) - 1 };
}

const lastSeqOf = (entity: SnapshotEntity) => entity.firstSeq + entity.lastId - entity.firstId;

/** Records the snapshot has still to send: what a first sync has ahead of it. */
export function snapshotRemaining(sql: Database.Database, plan: SnapshotPlan): number {
  return plan.entities.slice(plan.at).reduce((sum, entity, i) => {
    const afterId = i === 0 ? plan.afterId : entity.firstId - 1;
    const count = sql.prepare(`SELECT COUNT(*) FROM "${entity.entity}" WHERE "id" > ? AND "id" <= ?`);
    return sum + (count.pluck().get(afterId, entity.lastId) as number);
  }, 0);
}

/** The plan moved on to `place`. */
export function advancedTo(plan: SnapshotPlan, place: SnapshotPlace): SnapshotPlan {
  return { ...plan, at: place.at, afterId: place.afterId };
}

/**
 * Reads the snapshot's records in plan order, `limit` at a time, from `from` on: each as the
 * pending insert head office receives, to be built from its current row. A record deleted since
 * the plan is simply absent (its delete is in the outbox); one added since is in the outbox too.
 */
export class SnapshotReader {
  private readonly ids = new Map<string, Database.Statement>();
  private place: SnapshotPlace;

  constructor(
    private readonly sql: Database.Database,
    private readonly plan: SnapshotPlan,
  ) {
    this.place = { at: plan.at, afterId: plan.afterId };
  }

  /** The next records after the last read, and the place after them (no records: the end). */
  next(limit: number): { rows: PendingChange[]; place: SnapshotPlace } {
    const rows: PendingChange[] = [];
    let { at, afterId } = this.place;
    while (rows.length < limit && at < this.plan.entities.length) {
      const entity = this.plan.entities[at]!;
      const wanted = limit - rows.length;
      const found = this.idStatement(entity.entity).all(afterId, entity.lastId, wanted) as [number, string][];
      for (const [id, uid] of found) {
        rows.push({ seq: entity.firstSeq + id - entity.firstId, entity: entity.entity, uid, op: 'insert' });
      }
      if (found.length === wanted) {
        // The batch is full; the entity may have more.
        afterId = found[found.length - 1]![0];
        break;
      }
      at++;
      afterId = (this.plan.entities[at]?.firstId ?? 1) - 1;
    }
    this.place = { at, afterId };
    return { rows, place: this.place };
  }

  private idStatement(table: string): Database.Statement {
    let statement = this.ids.get(table);
    if (!statement) {
      statement = this.sql
        .prepare(`SELECT "id", "uid" FROM "${table}" WHERE "id" > ? AND "id" <= ? ORDER BY "id" LIMIT ?`)
        .raw();
      this.ids.set(table, statement);
    }
    return statement;
  }
}
