import { PURCHASE_ORDER_TRANSITIONS } from '../../../shared/purchase-order-status';

/** Price history, purchase order statuses and the outbox for purchasing and stock documents. */
const priceTrigger = (field: 'price' | 'cost') => `
  CREATE TRIGGER "trg_products_${field}_history" AFTER UPDATE OF "${field}_cents" ON "products"
  WHEN OLD."${field}_cents" <> NEW."${field}_cents"
  BEGIN
    INSERT INTO "price_changes" ("product_id", "field", "old_cents", "new_cents", "staff_id", "changed_at")
    VALUES (NEW."id", '${field}', OLD."${field}_cents", NEW."${field}_cents", NEW."updated_by", NEW."updated_at");
  END`;

const outbox = (table: string, op: 'insert' | 'update') => `
  CREATE TRIGGER "trg_${table}_outbox_${op}" AFTER ${op.toUpperCase()} ON "${table}"
  BEGIN INSERT INTO "sync_outbox" ("entity", "entity_uid", "op") VALUES ('${table}', NEW."uid", '${op}'); END`;

export const purchasingStatements = [
  priceTrigger('price'),
  priceTrigger('cost'),
  `CREATE TRIGGER "trg_price_changes_no_update" BEFORE UPDATE ON "price_changes"
   BEGIN SELECT RAISE(ABORT, 'price history is append-only'); END`,
  `CREATE TRIGGER "trg_price_changes_no_delete" BEFORE DELETE ON "price_changes"
   BEGIN SELECT RAISE(ABORT, 'price history is append-only'); END`,
  ...Object.entries(PURCHASE_ORDER_TRANSITIONS).flatMap(([from, targets]) =>
    targets.map(
      (to) =>
        `INSERT INTO "purchase_order_status_transitions" ("from_status", "to_status") VALUES ('${from}', '${to}')`,
    ),
  ),
  `CREATE TRIGGER "trg_purchase_orders_status_transition" BEFORE UPDATE OF "status" ON "purchase_orders"
   WHEN OLD."status" <> NEW."status" AND NOT EXISTS (
     SELECT 1 FROM "purchase_order_status_transitions" WHERE "from_status" = OLD."status" AND "to_status" = NEW."status")
   BEGIN SELECT RAISE(ABORT, 'CONFLICT: this purchase order status change is not allowed'); END`,
  `CREATE TRIGGER "trg_purchase_orders_initial_status" BEFORE INSERT ON "purchase_orders"
   WHEN NEW."status" <> 'draft'
   BEGIN SELECT RAISE(ABORT, 'CONFLICT: a new purchase order starts as a draft'); END`,
  ...['purchase_orders', 'stock_transfers'].flatMap((table) => [outbox(table, 'insert'), outbox(table, 'update')]),
  outbox('stock_counts', 'insert'),
];
