/**
 * The lines of sales by store, product and time of the sale, net of the units that came back:
 * what sales velocity reads (shared/sales.ts rule 6). Lines live in order_lines and their store
 * and time in orders, so no index can answer "units of this product sold in this store since";
 * this narrow copy, with one covering index, answers it for a thousand products in a few index
 * ranges. A line enters when its order is paid (at once for till sales, later for pending
 * orders) and each return line takes its units off, the line leaving once all are back (as
 * every line of a cancelled paid order has).
 */
const SALE = `IN ('paid', 'fulfilled', 'delivered')`;

/** Every line of every sale: the backfill, and the rebuild of database/sale-figures.ts. */
export const saleLinesBackfill = `INSERT INTO "sale_lines" ("order_line_id", "store_id", "product_id", "placed_at", "quantity")
   SELECT * FROM (
     SELECT l."id", o."store_id", l."product_id", o."placed_at",
            l."quantity" - IFNULL((SELECT SUM(e."quantity") FROM "order_return_lines" e WHERE e."order_line_id" = l."id"), 0) AS "net"
     FROM "orders" o JOIN "order_lines" l ON l."order_id" = o."id"
     WHERE o."status" ${SALE})
   WHERE "net" > 0`;

export const saleLinesStatements = [
  `CREATE TABLE "sale_lines" ("order_line_id" integer PRIMARY KEY NOT NULL, "store_id" integer NOT NULL, "product_id" integer NOT NULL, "placed_at" text NOT NULL, "quantity" integer NOT NULL, CONSTRAINT "CHK_sale_lines_quantity" CHECK ("quantity" > 0), CONSTRAINT "FK_sale_lines_order_line" FOREIGN KEY ("order_line_id") REFERENCES "order_lines" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  // The index is built after the backfill: one sort instead of millions of scattered inserts.
  saleLinesBackfill,
  `CREATE INDEX "IDX_sale_lines_velocity" ON "sale_lines" ("store_id", "product_id", "placed_at", "quantity")`,
  `CREATE TRIGGER "trg_order_lines_sale_lines" AFTER INSERT ON "order_lines"
   BEGIN
     INSERT INTO "sale_lines" ("order_line_id", "store_id", "product_id", "placed_at", "quantity")
     SELECT NEW."id", o."store_id", NEW."product_id", o."placed_at", NEW."quantity"
     FROM "orders" o WHERE o."id" = NEW."order_id" AND o."status" ${SALE};
   END`,
  `CREATE TRIGGER "trg_orders_sale_lines_paid" AFTER UPDATE OF "status" ON "orders"
   WHEN NOT (OLD."status" ${SALE}) AND NEW."status" ${SALE}
   BEGIN
     INSERT OR REPLACE INTO "sale_lines" ("order_line_id", "store_id", "product_id", "placed_at", "quantity")
     SELECT * FROM (
       SELECT l."id", NEW."store_id", l."product_id", NEW."placed_at",
              l."quantity" - IFNULL((SELECT SUM(e."quantity") FROM "order_return_lines" e WHERE e."order_line_id" = l."id"), 0) AS "net"
       FROM "order_lines" l WHERE l."order_id" = NEW."id")
     WHERE "net" > 0;
   END`,
  `CREATE TRIGGER "trg_order_return_lines_sale_lines" AFTER INSERT ON "order_return_lines"
   BEGIN
     DELETE FROM "sale_lines" WHERE "order_line_id" = NEW."order_line_id" AND "quantity" <= NEW."quantity";
     UPDATE "sale_lines" SET "quantity" = "quantity" - NEW."quantity" WHERE "order_line_id" = NEW."order_line_id";
   END`,
];
