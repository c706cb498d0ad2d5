/**
 * The stock ledger's rules, in the database so no code path can skip them: movements are
 * append-only, stock_levels is their running sum, and stock never goes below zero unless the
 * product allows backorders. Every (store, product) pair has a stock_levels row from the moment
 * either is created, so lists can sort by stock through an index.
 */
export const ledgerStatements = [
  `CREATE TRIGGER "trg_stock_movements_no_update" BEFORE UPDATE ON "stock_movements"
   BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END`,
  `CREATE TRIGGER "trg_stock_movements_no_delete" BEFORE DELETE ON "stock_movements"
   BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END`,
  `CREATE TRIGGER "trg_stock_movements_apply" AFTER INSERT ON "stock_movements"
   BEGIN
     INSERT INTO "stock_levels" ("store_id", "product_id", "on_hand", "updated_at")
     VALUES (NEW."store_id", NEW."product_id", NEW."quantity", NEW."created_at")
     ON CONFLICT ("store_id", "product_id")
     DO UPDATE SET "on_hand" = "on_hand" + excluded."on_hand", "updated_at" = excluded."updated_at";
     SELECT RAISE(ABORT, 'INSUFFICIENT_STOCK: stock on hand cannot go below zero')
     WHERE (SELECT "on_hand" FROM "stock_levels" WHERE "store_id" = NEW."store_id" AND "product_id" = NEW."product_id") < 0
       AND (SELECT "allow_backorder" FROM "products" WHERE "id" = NEW."product_id") = 0;
   END`,
  `CREATE TRIGGER "trg_products_stock_levels" AFTER INSERT ON "products"
   BEGIN
     INSERT INTO "stock_levels" ("store_id", "product_id") SELECT "id", NEW."id" FROM "stores";
   END`,
  `CREATE TRIGGER "trg_stores_stock_levels" AFTER INSERT ON "stores"
   BEGIN
     INSERT INTO "stock_levels" ("store_id", "product_id") SELECT NEW."id", "id" FROM "products";
   END`,
  `CREATE VIEW "stock_ledger_discrepancies" AS
   SELECT l."store_id", l."product_id", l."on_hand", IFNULL(m."total", 0) AS "ledger_total"
   FROM "stock_levels" l
   LEFT JOIN (SELECT "store_id", "product_id", SUM("quantity") AS "total" FROM "stock_movements" GROUP BY 1, 2) m
     ON m."store_id" = l."store_id" AND m."product_id" = l."product_id"
   WHERE l."on_hand" <> IFNULL(m."total", 0)`,
];
