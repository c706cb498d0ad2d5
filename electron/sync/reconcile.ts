import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import { recordHash } from './canonical-json';
import { recordJsonSql } from './record-sql';
import { SYNCABLE } from './syncable';
import { pendingCount, readSyncRecord } from './sync-record';

/** Row count and an order-free checksum (XOR of record hashes) of a set of records. */
export interface Tally {
  rows: number;
  checksum: number;
}

export interface DayTally {
  entity: string;
  /** The UTC date of the record's own time (placed, occurred or created), or 'undated'. */
  day: string;
  store: Tally;
  hq: Tally;
}

export interface ReconcileReport {
  /** Changes not yet pushed: differences are expected until they are. */
  pending: number;
  tables: { entity: string; store: Tally; hq: Tally }[];
  /** The (entity, day) buckets that differ. */
  days: DayTally[];
  /** The first differing records, by uid. */
  differences: { entity: string; uid: string; kind: 'missing at head office' | 'only at head office' | 'different' }[];
  /** True when every table and day matches. */
  matches: boolean;
}

const PAGE = 5_000;
const MAX_DIFFERENCES = 50;
const DAY_FIELDS = ['placed_at', 'occurred_at', 'created_at'];

interface Row {
  uid: string;
  json: string;
}

/**
 * Compares this file's records with head office's copy, table by table and day by day: counts,
 * checksums of the canonical records, and the first records that differ. Both sides are walked in
 * uid order a page at a time, so a large file is compared without holding it in memory. Reads
 * only: run it on a read connection.
 */
export async function reconcile(sql: Database.Database, hq: ClientBase): Promise<ReconcileReport> {
  const { sourceUid } = readSyncRecord(sql);
  const report: ReconcileReport = { pending: pendingCount(sql), tables: [], days: [], differences: [], matches: true };
  const fromHq = await hqMessageUids(sql, hq);
  for (const shape of SYNCABLE) {
    const entity = shape.table;
    const local = sql.prepare(
      `SELECT r0."uid" AS "uid", ${recordJsonSql(sql, entity)} AS "json" FROM "${entity}" r0 WHERE r0."uid" > ? ORDER BY r0."uid" LIMIT ${PAGE}`,
    );
    // Head office's own messages, pulled into the store rooms, are kept at head office in hq_messages.
    const storePages = pages(
      async (after) => local.all(after) as Row[],
      (row) => entity === 'messages' && fromHq.has(row.uid),
    );
    const hqPages = pages(async (after) =>
      sourceUid === null
        ? []
        : (
            await hq.query<Row>(
              `SELECT "uid", "record"::text AS "json" FROM "${entity}" WHERE "source_uid" = $1 AND "uid" COLLATE "C" > $2
               ORDER BY "uid" COLLATE "C" LIMIT ${PAGE}`,
              [sourceUid, after],
            )
          ).rows,
    );
    const table = { entity, store: { rows: 0, checksum: 0 }, hq: { rows: 0, checksum: 0 } };
    const days = new Map<string, DayTally>();
    const count = (side: 'store' | 'hq', row: Row, hash: number) => {
      table[side].rows++;
      table[side].checksum = (table[side].checksum ^ hash) >>> 0;
      const day = dayOf(row.json);
      let bucket = days.get(day);
      if (!bucket)
        days.set(day, (bucket = { entity, day, store: { rows: 0, checksum: 0 }, hq: { rows: 0, checksum: 0 } }));
      bucket[side].rows++;
      bucket[side].checksum = (bucket[side].checksum ^ hash) >>> 0;
    };
    const differ = (uid: string, kind: ReconcileReport['differences'][number]['kind']) => {
      if (report.differences.length < MAX_DIFFERENCES) report.differences.push({ entity, uid, kind });
    };
    let mine = await storePages.next();
    let theirs = await hqPages.next();
    while (mine || theirs) {
      if (mine && (!theirs || mine.uid < theirs.uid)) {
        count('store', mine, recordHash(mine.json));
        differ(mine.uid, 'missing at head office');
        mine = await storePages.next();
      } else if (theirs && (!mine || theirs.uid < mine.uid)) {
        count('hq', theirs, recordHash(theirs.json));
        differ(theirs.uid, 'only at head office');
        theirs = await hqPages.next();
      } else {
        const a = recordHash(mine!.json);
        const b = recordHash(theirs!.json);
        count('store', mine!, a);
        count('hq', theirs!, b);
        if (a !== b) differ(mine!.uid, 'different');
        mine = await storePages.next();
        theirs = await hqPages.next();
      }
    }
    report.tables.push(table);
    for (const bucket of days.values()) {
      if (!same(bucket.store, bucket.hq)) report.days.push(bucket);
    }
    if (!same(table.store, table.hq)) report.matches = false;
  }
  if (report.days.length > 0 || report.differences.length > 0) report.matches = false;
  report.days.sort((a, b) => (a.entity === b.entity ? a.day.localeCompare(b.day) : a.entity.localeCompare(b.entity)));
  return report;
}

function same(a: Tally, b: Tally): boolean {
  return a.rows === b.rows && a.checksum === b.checksum;
}

function dayOf(json: string): string {
  const record = JSON.parse(json) as Record<string, unknown>;
  const field = DAY_FIELDS.find((name) => typeof record[name] === 'string');
  return field ? (record[field] as string).slice(0, 10) : 'undated';
}

async function hqMessageUids(sql: Database.Database, hq: ClientBase): Promise<ReadonlySet<string>> {
  const stores = sql.prepare('SELECT "uid" FROM "stores"').pluck().all() as string[];
  const { rows } = await hq.query<{ uid: string }>(
    'SELECT "uid"::text AS "uid" FROM "hq_messages" WHERE "store_uid" = ANY($1::text[])',
    [stores],
  );
  return new Set(rows.map((row) => row.uid));
}

/** Rows in uid order, fetched a page at a time after the last uid seen, less those `skip` names. */
function pages(
  fetch: (afterUid: string) => Promise<Row[]>,
  skip: (row: Row) => boolean = () => false,
): { next(): Promise<Row | undefined> } {
  let buffer: Row[] = [];
  let index = 0;
  let last = '';
  let done = false;
  return {
    async next() {
      if (index >= buffer.length) {
        if (done) return undefined;
        buffer = await fetch(last);
        index = 0;
        if (buffer.length < PAGE) done = true;
        if (buffer.length === 0) return undefined;
        last = buffer[buffer.length - 1]!.uid;
      }
      const row = buffer[index++]!;
      return skip(row) ? this.next() : row;
    },
  };
}
