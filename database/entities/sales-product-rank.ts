import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { SalesLineMeasures } from './sales-line-measures';

/**
 * A product's trade over every store in one period (as SalesCategoryPeriod), with its net units
 * and net revenue (sales less returns) indexed so top products read each period best first.
 * Kept by triggers (migration 0011).
 */
@Entity({ name: 'sales_product_ranks', withoutRowid: true })
@Check('CHK_sales_product_ranks_period', 'length("period") IN (7, 10, 12)')
@Index('IDX_sales_product_ranks_revenue', ['period', 'netRevenueExact'])
@Index('IDX_sales_product_ranks_units', ['period', 'netUnits'])
// By sales and units sold, which bound any stores' net: top products of many stores (migration 0023).
@Index('IDX_sales_product_ranks_sales', ['period', 'netExact'])
@Index('IDX_sales_product_ranks_sold', ['period', 'units'])
export class SalesProductRank extends SalesLineMeasures {
  @PrimaryColumn({ type: 'integer', name: 'product_id' })
  productId!: number;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @Column({ type: 'integer', name: 'net_units', default: 0 })
  netUnits!: number;

  @Column({ type: 'integer', name: 'net_revenue_exact', default: 0 })
  netRevenueExact!: number;
}
