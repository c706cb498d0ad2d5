/**
 * The money rules of returns and refunds, in the database: never return more of a line than was
 * sold (across every return), never refund more than was paid, never let store credit go below
 * zero. History tables are append-only; new syncable rows reach the outbox.
 */
const appendOnly = (table: string) => [
  `CREATE TRIGGER "trg_${table}_no_update" BEFORE UPDATE ON "${table}"
   BEGIN SELECT RAISE(ABORT, '${table} rows are append-only'); END`,
  `CREATE TRIGGER "trg_${table}_no_delete" BEFORE DELETE ON "${table}"
   BEGIN SELECT RAISE(ABORT, '${table} rows are append-only'); END`,
];

const outboxInsert = (table: string) =>
  `CREATE TRIGGER "trg_${table}_outbox_insert" AFTER INSERT ON "${table}"
   BEGIN INSERT INTO "sync_outbox" ("entity", "entity_uid", "op") VALUES ('${table}', NEW."uid", 'insert'); END`;

export const ruleStatements = [
  `CREATE TRIGGER "trg_order_return_lines_not_more_than_sold" BEFORE INSERT ON "order_return_lines"
   WHEN IFNULL((SELECT SUM("quantity") FROM "order_return_lines" WHERE "order_line_id" = NEW."order_line_id"), 0) + NEW."quantity"
        > (SELECT "quantity" FROM "order_lines" WHERE "id" = NEW."order_line_id")
   BEGIN SELECT RAISE(ABORT, 'CONFLICT: more would come back than was sold on this line'); END`,
  `CREATE TRIGGER "trg_payments_refunds_not_more_than_paid" AFTER INSERT ON "payments"
   WHEN NEW."kind" = 'refund'
     AND (SELECT SUM(CASE "kind" WHEN 'refund' THEN "amount_cents" ELSE -"amount_cents" END)
          FROM "payments" WHERE "order_id" = NEW."order_id") > 0
   BEGIN SELECT RAISE(ABORT, 'CONFLICT: refunds cannot exceed what was paid'); END`,
  `CREATE TRIGGER "trg_store_credit_not_negative" AFTER INSERT ON "store_credit_entries"
   WHEN (SELECT SUM("amount_cents") FROM "store_credit_entries" WHERE "customer_id" = NEW."customer_id") < 0
   BEGIN SELECT RAISE(ABORT, 'CONFLICT: store credit cannot go below zero'); END`,
  ...appendOnly('order_returns'),
  ...appendOnly('order_return_lines'),
  ...appendOnly('store_credit_entries'),
  ...appendOnly('order_status_changes'),
  outboxInsert('order_returns'),
  outboxInsert('store_credit_entries'),
];
