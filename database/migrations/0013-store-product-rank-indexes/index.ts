import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What top products rank by, as each store's product rows carry it: sales less returns. */
export const NET_REVENUE_EXACT = '("net_exact" - "returned_net_exact")';
export const NET_UNITS = '("units" - "returned_units")';

/**
 * Each store's months of product rows best first (docs/analytics.md), so top products for some
 * stores read each (store, month) list a page at a time: by net revenue and net units for the
 * range's whole months, and by sales and units sold, which bound the net of any of its days, for
 * the months it covers in part. Net measures are indexed as the expressions the rows already add
 * up, so the triggers that keep the rows stay as they are and the measure stays exact.
 */
export const indexStatements = [
  `CREATE INDEX "IDX_sales_product_months_revenue" ON "sales_product_months" ("store_id", "month", ${NET_REVENUE_EXACT}, "product_id")`,
  `CREATE INDEX "IDX_sales_product_months_units" ON "sales_product_months" ("store_id", "month", ${NET_UNITS}, "product_id")`,
  `CREATE INDEX "IDX_sales_product_months_sales" ON "sales_product_months" ("store_id", "month", "net_exact", "product_id")`,
  `CREATE INDEX "IDX_sales_product_months_sold" ON "sales_product_months" ("store_id", "month", "units", "product_id")`,
];

export class StoreProductRankIndexes1765200000000 implements MigrationInterface {
  name = 'StoreProductRankIndexes1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of indexStatements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
