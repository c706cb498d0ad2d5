import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What recommendations keep (docs/recommendations.md): each product's decayed basket count, the
 * decayed co-occurrence of product pairs (each product's strongest neighbours after a rebuild,
 * plus pairs the sales since then added), and the manager's exclusions and pins. Interactions
 * recorded without an order get one row per customer, product, kind and instant, so a replayed
 * feed or import cannot inflate a customer's signals; duplicates already stored are dropped first.
 */
export const recommendationStatements = [
  `CREATE TABLE "recommendation_products" ("product_id" integer PRIMARY KEY NOT NULL, "weight" real NOT NULL, CONSTRAINT "CHK_recommendation_products_weight" CHECK ("weight" > 0), CONSTRAINT "FK_recommendation_products_product" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_recommendation_products_weight" ON "recommendation_products" ("weight")`,
  `CREATE TABLE "recommendation_pairs" ("product_id" integer NOT NULL, "other_id" integer NOT NULL, "weight" real NOT NULL, CONSTRAINT "CHK_recommendation_pairs_weight" CHECK ("weight" > 0), CONSTRAINT "CHK_recommendation_pairs_distinct" CHECK ("product_id" <> "other_id"), CONSTRAINT "FK_recommendation_pairs_product" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_recommendation_pairs_other" FOREIGN KEY ("other_id") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("product_id", "other_id")) WITHOUT ROWID`,
  `CREATE TABLE "recommendation_exclusions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "product_id" integer, "category_id" integer, "created_by" integer NOT NULL, "created_at" text NOT NULL, CONSTRAINT "CHK_recommendation_exclusions_target" CHECK (("product_id" IS NULL) <> ("category_id" IS NULL)), CONSTRAINT "FK_recommendation_exclusions_product" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_recommendation_exclusions_category" FOREIGN KEY ("category_id") REFERENCES "categories" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_recommendation_exclusions_staff" FOREIGN KEY ("created_by") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE UNIQUE INDEX "UQ_recommendation_exclusions_product" ON "recommendation_exclusions" ("product_id") WHERE "product_id" IS NOT NULL`,
  `CREATE UNIQUE INDEX "UQ_recommendation_exclusions_category" ON "recommendation_exclusions" ("category_id") WHERE "category_id" IS NOT NULL`,
  `CREATE TABLE "recommendation_pins" ("product_id" integer PRIMARY KEY NOT NULL, "created_by" integer NOT NULL, "created_at" text NOT NULL, CONSTRAINT "FK_recommendation_pins_product" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_recommendation_pins_staff" FOREIGN KEY ("created_by") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `DELETE FROM "customer_interactions" WHERE "order_id" IS NULL AND "id" NOT IN (
     SELECT MIN("id") FROM "customer_interactions" WHERE "order_id" IS NULL
     GROUP BY "customer_id", "product_id", "kind", "occurred_at")`,
  `CREATE UNIQUE INDEX "UQ_customer_interactions_event" ON "customer_interactions" ("customer_id", "product_id", "kind", "occurred_at") WHERE "order_id" IS NULL`,
];

export class Recommendations1765720000000 implements MigrationInterface {
  name = 'Recommendations1765720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of recommendationStatements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
