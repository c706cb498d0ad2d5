import { Check, Entity, PrimaryColumn } from 'typeorm';
import { SalesLineMeasures } from './sales-line-measures';

/** Trade of a store's products of one brand (0: none) in one period, as SalesCategoryPeriod. Kept by triggers (migration 0011). */
@Entity({ name: 'sales_brand_periods', withoutRowid: true })
@Check('CHK_sales_brand_periods_period', 'length("period") IN (7, 10, 12)')
export class SalesBrandPeriod extends SalesLineMeasures {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'integer', name: 'brand_id' })
  brandId!: number;
}
