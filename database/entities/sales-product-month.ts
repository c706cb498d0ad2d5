import { Check, Entity, PrimaryColumn } from 'typeorm';
import { SalesLineMeasures } from './sales-line-measures';

/** A product's trade in a store in one local month ('YYYY-MM'): its days added up. Kept by triggers (migration 0010). */
@Entity({ name: 'sales_product_months', withoutRowid: true })
@Check('CHK_sales_product_months_month', 'length("month") = 7')
export class SalesProductMonth extends SalesLineMeasures {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'text' })
  month!: string;

  @PrimaryColumn({ type: 'integer', name: 'product_id' })
  productId!: number;
}
