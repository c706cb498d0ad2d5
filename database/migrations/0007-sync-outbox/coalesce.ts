/**
 * Carries the pending changes of the v6 outbox (one row per change, pushed rows kept) into the v7
 * one (one row per record), in two passes of plain SQL, so files with millions of unsent changes
 * migrate in seconds. Each record keeps the id of its latest change as its sequence number, so
 * the order of changes survives.
 *
 * Ledger rows (stock movements, store credit) were only ever inserted and are one change each:
 * copied in id order, no grouping. Everything else is grouped per record, payments and returns
 * under the order they belong to: a record with an unpushed insert stays an insert (or vanishes
 * if its last change deleted it), otherwise its last change decides between update and delete.
 */
const LEDGERS = `('stock_movements', 'store_credit_entries')`;
const ORDER_CHILDREN = `('payments', 'order_returns')`;

const rootUidOf = (child: string) =>
  `(SELECT r."uid" FROM "${child}" c JOIN "orders" r ON r."id" = c."order_id" WHERE c."uid" = o."entity_uid")`;

export const coalesceStatements = [
  `INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op", "changed_at")
   SELECT "id", "entity", "entity_uid", 'insert', "changed_at" FROM "sync_outbox_v6"
   WHERE "pushed_at" IS NULL AND "entity" IN ${LEDGERS} ORDER BY "id"`,
  // With MAX("id") the only min/max aggregate, the bare "op" and "changed_at" come from each
  // record's latest change (documented SQLite behaviour).
  `INSERT INTO "sync_outbox" ("seq", "entity", "entity_uid", "op", "changed_at")
   SELECT MAX("id"), "entity", "uid",
     CASE WHEN SUM("op" = 'insert') > 0 THEN 'insert' WHEN "op" = 'delete' THEN 'delete' ELSE 'update' END,
     "changed_at"
   FROM (
     SELECT o."id", o."changed_at",
       CASE WHEN o."entity" IN ${ORDER_CHILDREN} THEN 'orders' ELSE o."entity" END AS "entity",
       CASE o."entity"
         WHEN 'payments' THEN ${rootUidOf('payments')}
         WHEN 'order_returns' THEN ${rootUidOf('order_returns')}
         ELSE o."entity_uid" END AS "uid",
       CASE WHEN o."entity" IN ${ORDER_CHILDREN} THEN 'update' ELSE o."op" END AS "op"
     FROM "sync_outbox_v6" o
     WHERE o."pushed_at" IS NULL AND o."entity" NOT IN ${LEDGERS})
   WHERE "uid" IS NOT NULL
   GROUP BY "entity", "uid"
   HAVING NOT ("op" = 'delete' AND SUM("op" = 'insert') > 0)
   ORDER BY 1`,
];
