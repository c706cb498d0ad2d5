import { Check, Entity, PrimaryColumn } from 'typeorm';
import { SalesLineMeasures } from './sales-line-measures';

/**
 * Trade over every store of the products of one category and one brand (0: none) in one period
 * (as SalesCategoryPeriod), for questions that narrow to or group by both. Filed by the catalog
 * of today; kept by triggers (migration 0011).
 */
@Entity({ name: 'sales_category_brands', withoutRowid: true })
@Check('CHK_sales_category_brands_period', 'length("period") IN (7, 10, 12)')
export class SalesCategoryBrand extends SalesLineMeasures {
  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'integer', name: 'category_id' })
  categoryId!: number;

  @PrimaryColumn({ type: 'integer', name: 'brand_id' })
  brandId!: number;
}
