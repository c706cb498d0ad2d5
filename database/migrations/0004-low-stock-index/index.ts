import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Low stock from an index instead of a pass over every stock level: each stock level carries the
 * reorder point in force (the store's own, else the product's), triggers keep it current, and a
 * partial index holds only the rows at or below it, so the low-stock views read a few hundred
 * rows instead of a store's whole catalog. A covering index answers each product's recent sales
 * (its velocity) without touching the ledger's rows.
 */
const statements = [
  `ALTER TABLE "stock_levels" ADD COLUMN "effective_reorder_point" integer NOT NULL DEFAULT (0)`,
  `UPDATE "stock_levels" SET "effective_reorder_point" =
     IFNULL("reorder_point", (SELECT p."reorder_point" FROM "products" p WHERE p."id" = "stock_levels"."product_id"))`,
  `CREATE INDEX "IDX_stock_levels_low" ON "stock_levels" ("store_id", "product_id")
     WHERE "on_hand" <= "effective_reorder_point" AND "effective_reorder_point" > 0`,
  `CREATE INDEX "IDX_stock_movements_sales" ON "stock_movements" ("product_id", "store_id", "kind", "occurred_at", "quantity")`,
  `CREATE TRIGGER "trg_stock_levels_effective_reorder_insert" AFTER INSERT ON "stock_levels"
   BEGIN
     UPDATE "stock_levels" SET "effective_reorder_point" =
       IFNULL(NEW."reorder_point", (SELECT "reorder_point" FROM "products" WHERE "id" = NEW."product_id"))
     WHERE "store_id" = NEW."store_id" AND "product_id" = NEW."product_id";
   END`,
  `CREATE TRIGGER "trg_stock_levels_effective_reorder_update" AFTER UPDATE OF "reorder_point" ON "stock_levels"
   BEGIN
     UPDATE "stock_levels" SET "effective_reorder_point" =
       IFNULL(NEW."reorder_point", (SELECT "reorder_point" FROM "products" WHERE "id" = NEW."product_id"))
     WHERE "store_id" = NEW."store_id" AND "product_id" = NEW."product_id";
   END`,
  `CREATE TRIGGER "trg_products_effective_reorder" AFTER UPDATE OF "reorder_point" ON "products"
   BEGIN
     UPDATE "stock_levels" SET "effective_reorder_point" = NEW."reorder_point"
     WHERE "product_id" = NEW."id" AND "reorder_point" IS NULL;
   END`,
];

export class LowStockIndex1764300000000 implements MigrationInterface {
  name = 'LowStockIndex1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
