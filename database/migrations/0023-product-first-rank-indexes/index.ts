import type { MigrationInterface, QueryRunner } from 'typeorm';

const LINE_MEASURES =
  '"units", "gross_cents", "net_exact", "cost_cents", "returned_units", "returned_net_exact", "returned_cost_cents"';

/**
 * Top products of some stores (docs/analytics.md):
 * - every store's periods by sales and by units sold, which bound the net of any stores in them,
 *   so that for many stores products are met best first from the chain's twenty-odd periods
 *   instead of each store's months;
 * - each store's product rows by product first, with every measure, so a product met is bounded
 *   and summed over the chosen stores' months and edge days by a seek per store and part of the
 *   range, instead of a lookup per store and month or day scattered over the file.
 */
export const indexStatements = [
  `CREATE INDEX "IDX_sales_product_ranks_sales" ON "sales_product_ranks" ("period", "net_exact")`,
  `CREATE INDEX "IDX_sales_product_ranks_sold" ON "sales_product_ranks" ("period", "units")`,
  `CREATE INDEX "IDX_sales_product_months_products" ON "sales_product_months" ("product_id", "store_id", "month", ${LINE_MEASURES})`,
  `CREATE INDEX "IDX_sales_product_days_products" ON "sales_product_days" ("product_id", "store_id", "day", ${LINE_MEASURES})`,
];

export class ProductFirstRankIndexes1766000000000 implements MigrationInterface {
  name = 'ProductFirstRankIndexes1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of indexStatements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
