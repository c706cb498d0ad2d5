/**
 * Conversations and messages travel to head office like the records of migration 0007: one
 * pending row per changed record, coalesced, skipped while the outbox is paused. A room's named
 * members travel inside the conversation, a message's mentions inside the message. How far each
 * person has read stays on this machine. Kept as SQL text so this migration never changes.
 */
const RUNNING = `(SELECT "outbox_paused" FROM "sync_state") = 0`;
const BUMP = `UPDATE "sync_state" SET "last_seq" = "last_seq" + 1;`;
const SEQ = `(SELECT "last_seq" FROM "sync_state")`;
const UNSEEN_INSERT = `"sync_outbox"."op" = 'insert' AND "sync_outbox"."seq" > (SELECT "read_seq" FROM "sync_state")`;
const COALESCE = `ON CONFLICT ("entity", "entity_uid") DO UPDATE SET "seq" = excluded."seq", "changed_at" = excluded."changed_at",
      "op" = CASE WHEN ${UNSEEN_INSERT} THEN 'insert' ELSE 'update' END`;

function trigger(name: string, table: string, event: string, body: string, when = ''): string {
  return `CREATE TRIGGER "trg_${name}_outbox" AFTER ${event} ON "${table}" WHEN ${RUNNING}${when}
  BEGIN
    ${BUMP}
    ${body}
  END`;
}

/** `sends` limits the rows that travel, given NEW or OLD. */
function rootTriggers(table: string, sends: (row: 'NEW' | 'OLD') => string = () => ''): string[] {
  return [
    trigger(
      `${table}_insert`,
      table,
      'INSERT',
      `INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op") VALUES (${SEQ}, '${table}', NEW."uid", 'insert')
      ${COALESCE};`,
      sends('NEW'),
    ),
    trigger(
      `${table}_update`,
      table,
      'UPDATE',
      `INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op") VALUES (${SEQ}, '${table}', NEW."uid", 'update')
      ${COALESCE};`,
      sends('NEW'),
    ),
    // A record deleted before any push read its insert leaves nothing to send.
    trigger(
      `${table}_delete`,
      table,
      'DELETE',
      `INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op") VALUES (${SEQ}, '${table}', OLD."uid", 'delete')
      ON CONFLICT ("entity", "entity_uid") DO UPDATE SET "seq" = excluded."seq", "changed_at" = excluded."changed_at", "op" = 'delete'
      WHERE NOT (${UNSEEN_INSERT});
    DELETE FROM "sync_outbox" WHERE "entity" = '${table}' AND "entity_uid" = OLD."uid" AND "op" = 'insert'
      AND "seq" > (SELECT "read_seq" FROM "sync_state");`,
      sends('OLD'),
    ),
  ];
}

/** A child row's change marks its root changed; a root already gone (a cascading delete) enqueues nothing. */
function childTriggers(table: string, root: string, parentColumn: string): string[] {
  return (['insert', 'update', 'delete'] as const).map((op) => {
    const row = op === 'delete' ? 'OLD' : 'NEW';
    return trigger(
      `${table}_${op}`,
      table,
      op.toUpperCase(),
      `INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op")
      SELECT ${SEQ}, '${root}', "uid", 'update' FROM "${root}" WHERE "id" = ${row}."${parentColumn}"
      ${COALESCE};`,
    );
  });
}

/**
 * The rooms Backroom makes by rule (chain-wide, managers', one per store) are made alike on
 * every machine, head office's too, under the same uids, and never change: only custom rooms and
 * direct conversations travel.
 */
const namedConversation = (row: 'NEW' | 'OLD') => ` AND ${row}."kind" IN ('custom', 'direct')`;

export const outboxStatements = [
  ...rootTriggers('conversations', namedConversation),
  ...rootTriggers('messages'),
  ...childTriggers('conversation_members', 'conversations', 'conversation_id'),
  ...childTriggers('message_mentions', 'messages', 'message_id'),
];
