import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import { readSyncRecord, updateSyncRecord } from './sync-record';
import { withRemoteApply } from './remote-apply';

interface HqMessage {
  id: string;
  uid: string;
  store_uid: string;
  author_name: string;
  body: string;
  created_at: Date;
}

const PAGE = 500;

/**
 * Brings head office's messages for this file's stores into each store's room. They are applied
 * with the outbox paused (withRemoteApply), so they never travel back. A room message needs a
 * local author: it is posted in the name of the file's first active admin, the head-office author
 * named at the start of the text. The message keeps head office's uid, so a page applied twice
 * (the mark below not yet saved) inserts nothing the second time. Answers how many arrived.
 */
export async function pullStoreMessages(sql: Database.Database, hq: ClientBase, now: Date): Promise<number> {
  const stores = sql.prepare('SELECT "uid", "id" FROM "stores"').all() as { uid: string; id: number }[];
  const poster = sql
    .prepare(`SELECT "id" FROM "staff_members" WHERE "role" = 'admin' AND "is_active" = 1 ORDER BY "id" LIMIT 1`)
    .pluck()
    .get() as number | undefined;
  if (stores.length === 0 || poster === undefined) return 0;
  const storeIds = new Map(stores.map((store) => [store.uid, store.id]));
  const roomOf = sql.prepare(`SELECT "id" FROM "conversations" WHERE "kind" = 'store' AND "store_id" = ?`).pluck();
  const insert = sql.prepare(
    `INSERT INTO "messages" ("uid", "conversation_id", "author_id", "body", "created_at") VALUES (?, ?, ?, ?, ?)
     ON CONFLICT ("uid") DO NOTHING`,
  );
  let pulled = 0;
  for (;;) {
    const after = readSyncRecord(sql).pulledMessageId;
    const { rows } = await hq.query<HqMessage>(
      `SELECT "id", "uid"::text AS "uid", "store_uid", "author_name", "body", "created_at" FROM "hq_messages"
       WHERE "id" > $1 AND "store_uid" = ANY($2::text[]) ORDER BY "id" LIMIT ${PAGE}`,
      [after, [...storeIds.keys()]],
    );
    if (rows.length === 0) return pulled;
    sql.transaction(() =>
      withRemoteApply(sql, () => {
        for (const message of rows) {
          const room = roomOf.get(storeIds.get(message.store_uid)) as number | undefined;
          if (room === undefined) continue;
          const body = `Head office (${message.author_name}): ${message.body}`;
          pulled += insert.run(message.uid, room, poster, body, message.created_at.toISOString()).changes;
        }
        updateSyncRecord(sql, { pulledMessageId: Number(rows[rows.length - 1]!.id) });
      }),
    )();
    await hq.query('UPDATE "hq_messages" SET "pulled_at" = $2 WHERE "id" = ANY($1::bigint[]) AND "pulled_at" IS NULL', [
      rows.map((message) => message.id),
      now,
    ]);
  }
}
