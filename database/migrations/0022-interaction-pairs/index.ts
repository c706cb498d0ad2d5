import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-occurrence from what customers looked at, carted and rated well (docs/recommendations.md):
 * each product's decayed count of browsing sessions (a customer's UTC day) and each ordered pair's
 * count of shared sessions, kept apart from the basket tables so a basket pair and a viewed pair
 * stay two signals with their own weights, and the basket queries read no extra rows.
 */
export const interactionPairStatements = [
  `CREATE TABLE "recommendation_interaction_products" ("product_id" integer PRIMARY KEY NOT NULL, "weight" real NOT NULL, CONSTRAINT "CHK_recommendation_interaction_products_weight" CHECK ("weight" > 0), CONSTRAINT "FK_recommendation_interaction_products_product" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE TABLE "recommendation_interaction_pairs" ("product_id" integer NOT NULL, "other_id" integer NOT NULL, "weight" real NOT NULL, CONSTRAINT "CHK_recommendation_interaction_pairs_weight" CHECK ("weight" > 0), CONSTRAINT "CHK_recommendation_interaction_pairs_distinct" CHECK ("product_id" <> "other_id"), CONSTRAINT "FK_recommendation_interaction_pairs_product" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_recommendation_interaction_pairs_other" FOREIGN KEY ("other_id") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("product_id", "other_id")) WITHOUT ROWID`,
];

export class InteractionPairs1765900000000 implements MigrationInterface {
  name = 'InteractionPairs1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of interactionPairStatements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
