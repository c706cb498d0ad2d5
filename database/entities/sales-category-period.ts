import { Check, Entity, PrimaryColumn } from 'typeorm';
import { SalesLineMeasures } from './sales-line-measures';

/**
 * Trade of a store's products of one category (0: none) in one period: a local day
 * ('YYYY-MM-DD'), a block of the month ('YYYY-MM-DD/8') or a month ('YYYY-MM'). Filed by the
 * catalog of today; kept by triggers (migration 0011).
 */
@Entity({ name: 'sales_category_periods', withoutRowid: true })
@Check('CHK_sales_category_periods_period', 'length("period") IN (7, 10, 12)')
export class SalesCategoryPeriod extends SalesLineMeasures {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'integer', name: 'category_id' })
  categoryId!: number;
}
