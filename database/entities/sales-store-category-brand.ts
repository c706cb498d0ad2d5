import { Check, Entity, PrimaryColumn } from 'typeorm';
import { SalesLineMeasures } from './sales-line-measures';

/**
 * Trade of one store in the products of one brand and one category (0: none) in one period (as
 * SalesCategoryPeriod), for questions that name both and ask by store or of some stores. Filed
 * by the catalog of today; kept by triggers (migration 0019).
 */
@Entity({ name: 'sales_store_category_brands', withoutRowid: true })
@Check('CHK_sales_store_category_brands_period', 'length("period") IN (7, 10, 12)')
export class SalesStoreCategoryBrand extends SalesLineMeasures {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'integer', name: 'brand_id' })
  brandId!: number;

  @PrimaryColumn({ type: 'integer', name: 'category_id' })
  categoryId!: number;
}
