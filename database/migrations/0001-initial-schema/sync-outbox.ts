/**
 * Every change to a syncable row lands in sync_outbox in the same transaction, by trigger, so no
 * write path can forget it. Ledger-like tables are append-only and only ever insert.
 */
const SYNCABLE = ['stores', 'staff_members', 'categories', 'brands', 'suppliers', 'products', 'customers', 'orders'];
const APPEND_ONLY = ['payments', 'stock_movements'];

function trigger(table: string, op: 'insert' | 'update' | 'delete'): string {
  const row = op === 'delete' ? 'OLD' : 'NEW';
  return `CREATE TRIGGER "trg_${table}_outbox_${op}" AFTER ${op.toUpperCase()} ON "${table}"
   BEGIN INSERT INTO "sync_outbox" ("entity", "entity_uid", "op") VALUES ('${table}', ${row}."uid", '${op}'); END`;
}

export const outboxStatements = [
  ...SYNCABLE.flatMap((table) => [trigger(table, 'insert'), trigger(table, 'update'), trigger(table, 'delete')]),
  ...APPEND_ONLY.map((table) => trigger(table, 'insert')),
];
