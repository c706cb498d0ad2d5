/**
 * Each customer's lifetime totals by the sale definition (shared/sales.ts): spend of their
 * standing sales ('paid', 'fulfilled', 'delivered') less every refund of those sales' returns,
 * how many there are, and the first and last. A row exists exactly for customers with at least
 * one standing sale. Triggers keep it in the writing transaction: a new paid order adds to it,
 * a return takes its refund off, and any change that can move an order in or out of a customer's
 * purchases (status, customer, amounts, date) recomputes the customers concerned from their own
 * orders (IDX_orders_customer), which a customer merge and a cancellation both need.
 */
const SALE = `IN ('paid', 'fulfilled', 'delivered')`;

const recomputeCustomerTotals = (customer: string) => [
  `DELETE FROM "customer_totals" WHERE "customer_id" = ${customer}`,
  `INSERT INTO "customer_totals" ("customer_id", "spend_cents", "order_count", "first_purchase_at", "last_purchase_at")
   SELECT o."customer_id",
          SUM(o."total_cents" - IFNULL((SELECT SUM(r."refund_cents") FROM "order_returns" r WHERE r."order_id" = o."id"), 0)),
          COUNT(*), MIN(o."placed_at"), MAX(o."placed_at")
   FROM "orders" o
   WHERE o."customer_id" = ${customer} AND o."status" ${SALE}
   GROUP BY o."customer_id"`,
];

/** Every customer's totals from their orders: the backfill, and the rebuild of database/sale-figures.ts. */
export const customerTotalsBackfill = `INSERT INTO "customer_totals" ("customer_id", "spend_cents", "order_count", "first_purchase_at", "last_purchase_at")
   SELECT o."customer_id",
          SUM(o."total_cents") - IFNULL(SUM((SELECT SUM(r."refund_cents") FROM "order_returns" r WHERE r."order_id" = o."id")), 0),
          COUNT(*), MIN(o."placed_at"), MAX(o."placed_at")
   FROM "orders" o INDEXED BY "IDX_orders_customer"
   WHERE o."customer_id" IS NOT NULL AND o."status" ${SALE}
   GROUP BY o."customer_id"`;

export const customerTotalsStatements = [
  `CREATE TABLE "customer_totals" ("customer_id" integer PRIMARY KEY NOT NULL, "spend_cents" integer NOT NULL, "order_count" integer NOT NULL, "first_purchase_at" text NOT NULL, "last_purchase_at" text NOT NULL, CONSTRAINT "CHK_customer_totals_order_count" CHECK ("order_count" > 0), CONSTRAINT "FK_customer_totals_customer" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_customer_totals_spend" ON "customer_totals" ("spend_cents", "customer_id")`,
  customerTotalsBackfill,
  `CREATE TRIGGER "trg_orders_customer_totals_insert" AFTER INSERT ON "orders"
   WHEN NEW."customer_id" IS NOT NULL AND NEW."status" ${SALE}
   BEGIN
     INSERT INTO "customer_totals" ("customer_id", "spend_cents", "order_count", "first_purchase_at", "last_purchase_at")
     VALUES (NEW."customer_id", NEW."total_cents", 1, NEW."placed_at", NEW."placed_at")
     ON CONFLICT ("customer_id") DO UPDATE SET
       "spend_cents" = "spend_cents" + excluded."spend_cents",
       "order_count" = "order_count" + 1,
       "first_purchase_at" = min("first_purchase_at", excluded."first_purchase_at"),
       "last_purchase_at" = max("last_purchase_at", excluded."last_purchase_at");
   END`,
  `CREATE TRIGGER "trg_orders_customer_totals_update" AFTER UPDATE OF "status", "customer_id", "total_cents", "placed_at" ON "orders"
   WHEN (OLD."status" ${SALE}) <> (NEW."status" ${SALE})
     OR OLD."customer_id" IS NOT NEW."customer_id"
     OR OLD."total_cents" <> NEW."total_cents"
     OR OLD."placed_at" <> NEW."placed_at"
   BEGIN
     ${recomputeCustomerTotals('OLD."customer_id"').join(';\n     ')};
     ${recomputeCustomerTotals('NEW."customer_id"').join(';\n     ')};
   END`,
  `CREATE TRIGGER "trg_order_returns_customer_totals" AFTER INSERT ON "order_returns"
   BEGIN
     UPDATE "customer_totals" SET "spend_cents" = "spend_cents" - NEW."refund_cents"
     WHERE "customer_id" = (SELECT o."customer_id" FROM "orders" o WHERE o."id" = NEW."order_id" AND o."status" ${SALE});
   END`,
];
