/**
 * The outbox triggers of schema v7, kept as SQL text so this migration never changes when the
 * reader or the entities do.
 *
 * One pending row per changed record: every trigger bumps the one counter in sync_state and
 * upserts (entity, uid) with the new sequence number, so a record changed ten times before a push
 * is sent once, at the position of its last change. Child rows (order lines, payments, returns,
 * purchase order lines, ...) enqueue their aggregate root instead of themselves: the root travels
 * whole. Ledgers (stock movements, store credit) are append-only and travel as their own rows.
 * Every trigger is skipped while sync_state.outbox_paused is set: while remote changes are
 * applied (they came from head office; copying them back would echo) and while the seed fills a
 * never-synced file.
 */

const RUNNING = `(SELECT "outbox_paused" FROM "sync_state") = 0`;
const BUMP = `UPDATE "sync_state" SET "last_seq" = "last_seq" + 1;`;
const SEQ = `(SELECT "last_seq" FROM "sync_state")`;
/**
 * Whether the pending row is an insert no push has read yet: head office has never seen the
 * record. Once a push has read past it, the record may have arrived, so it becomes an update.
 */
const UNSEEN_INSERT = `"sync_outbox"."op" = 'insert' AND "sync_outbox"."seq" > (SELECT "read_seq" FROM "sync_state")`;
const COALESCE = `ON CONFLICT ("entity", "entity_uid") DO UPDATE SET "seq" = excluded."seq", "changed_at" = excluded."changed_at",
      "op" = CASE WHEN ${UNSEEN_INSERT} THEN 'insert' ELSE 'update' END`;

type Op = 'insert' | 'update' | 'delete';

function trigger(name: string, table: string, event: string, body: string, when = ''): string {
  return `CREATE TRIGGER "trg_${name}_outbox" AFTER ${event} ON "${table}" WHEN ${RUNNING}${when}
  BEGIN
    ${BUMP}
    ${body}
  END`;
}

/**
 * Triggers of a record that travels as itself; `updateOf` limits updates to the columns that
 * sync, and `sends` (SQL starting with AND, given NEW or OLD) to the rows that travel.
 */
export function rootTriggers(
  table: string,
  ops: readonly Op[],
  updateOf?: readonly string[],
  sends: (row: 'NEW' | 'OLD') => string = () => '',
): string[] {
  const updateEvent = updateOf ? `UPDATE OF ${updateOf.map((column) => `"${column}"`).join(', ')}` : 'UPDATE';
  return ops.map((op) => {
    if (op === 'delete') {
      // A delete of a record head office has never seen leaves nothing to send: the upsert
      // leaves an unseen insert alone, and the DELETE then drops it.
      return trigger(
        `${table}_delete`,
        table,
        'DELETE',
        `INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op") VALUES (${SEQ}, '${table}', OLD."uid", 'delete')
      ON CONFLICT ("entity", "entity_uid") DO UPDATE SET "seq" = excluded."seq", "changed_at" = excluded."changed_at", "op" = 'delete'
      WHERE NOT (${UNSEEN_INSERT});
    DELETE FROM "sync_outbox" WHERE "entity" = '${table}' AND "entity_uid" = OLD."uid" AND "op" = 'insert'
      AND "seq" > (SELECT "read_seq" FROM "sync_state");`,
        sends('OLD'),
      );
    }
    return trigger(
      `${table}_${op}`,
      table,
      op === 'insert' ? 'INSERT' : updateEvent,
      `INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op") VALUES (${SEQ}, '${table}', NEW."uid", '${op}')
      ${COALESCE};`,
      sends('NEW'),
    );
  });
}

/**
 * Triggers that mark an aggregate root changed when one of its child rows changes. `rootIdOf`
 * turns the child row (NEW or OLD) into the root's id; a root already gone (a cascading delete)
 * enqueues nothing.
 */
export function childTriggers(table: string, root: string, rootIdOf: (row: 'NEW' | 'OLD') => string): string[] {
  return (['insert', 'update', 'delete'] as const).map((op) => {
    const row = op === 'delete' ? 'OLD' : 'NEW';
    return trigger(
      `${table}_${op}`,
      table,
      op.toUpperCase(),
      `INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op")
      SELECT ${SEQ}, '${root}', "uid", 'update' FROM "${root}" WHERE "id" = ${rootIdOf(row)}
      ${COALESCE};`,
    );
  });
}

export const ALL: readonly Op[] = ['insert', 'update', 'delete'];
export const column = (name: string) => (row: 'NEW' | 'OLD') => `${row}."${name}"`;
const viaReturn = (row: 'NEW' | 'OLD') => `(SELECT "order_id" FROM "order_returns" WHERE "id" = ${row}."return_id")`;

/** Every outbox trigger of schema v6, dropped before v7's replace them. */
export const previousTriggers = [
  ...['stores', 'staff_members', 'categories', 'brands', 'suppliers', 'products', 'customers', 'orders'].flatMap(
    (table) => ['insert', 'update', 'delete'].map((op) => `trg_${table}_outbox_${op}`),
  ),
  ...['payments', 'stock_movements', 'order_returns', 'store_credit_entries', 'stock_counts'].map(
    (table) => `trg_${table}_outbox_insert`,
  ),
  ...['purchase_orders', 'stock_transfers'].flatMap((table) => [
    `trg_${table}_outbox_insert`,
    `trg_${table}_outbox_update`,
  ]),
];

export const outboxTriggers = [
  ...['stores', 'categories', 'brands', 'suppliers', 'products', 'customers', 'orders'].flatMap((table) =>
    rootTriggers(table, ALL),
  ),
  // Logins update the lock-out counters and last login of a staff row many times a day; only
  // the columns head office keeps make a change worth sending.
  ...rootTriggers('staff_members', ALL, ['store_id', 'username', 'display_name', 'role', 'is_active']),
  ...['purchase_orders', 'stock_transfers', 'stock_counts'].flatMap((table) => rootTriggers(table, ALL)),
  ...['stock_movements', 'store_credit_entries'].flatMap((table) => rootTriggers(table, ['insert'])),
  ...childTriggers('order_lines', 'orders', column('order_id')),
  ...childTriggers('payments', 'orders', column('order_id')),
  ...childTriggers('order_status_changes', 'orders', column('order_id')),
  ...childTriggers('discount_approvals', 'orders', column('order_id')),
  ...childTriggers('order_returns', 'orders', column('order_id')),
  ...childTriggers('order_return_lines', 'orders', viaReturn),
  ...childTriggers('order_return_refunds', 'orders', viaReturn),
  ...childTriggers('product_suppliers', 'products', column('product_id')),
  ...childTriggers('purchase_order_lines', 'purchase_orders', column('purchase_order_id')),
  ...childTriggers('stock_transfer_lines', 'stock_transfers', column('transfer_id')),
  ...childTriggers('stock_count_lines', 'stock_counts', column('stock_count_id')),
];
