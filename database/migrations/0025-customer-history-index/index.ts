import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A customer's suggestions read their latest 500 views, carts and ratings (docs/recommendations.md).
 * Events arrive in time order from every customer at once, so one customer's rows lie scattered
 * over the table, a page each: this index holds every column that read needs, in the customer's
 * time order, so it is a short range of a few pages instead.
 */
export const customerHistoryIndexStatements = [
  `CREATE INDEX "IDX_customer_interactions_history" ON "customer_interactions" ("customer_id", "occurred_at", "kind", "order_id", "product_id", "rating")`,
];

export class CustomerHistoryIndex1766500000000 implements MigrationInterface {
  name = 'CustomerHistoryIndex1766500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of customerHistoryIndexStatements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
