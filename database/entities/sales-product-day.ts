import { Check, Entity, Index, PrimaryColumn } from 'typeorm';
import { SalesLineMeasures } from './sales-line-measures';

/** A product's trade in a store on one local day: the edges of ranges that do not cover whole months. Kept by triggers (migration 0010). */
@Entity({ name: 'sales_product_days', withoutRowid: true })
@Check('CHK_sales_product_days_day', 'length("day") = 10')
// A product's days store by store, with every measure, for top products' sums (migration 0023).
@Index('IDX_sales_product_days_products', [
  'productId',
  'storeId',
  'day',
  'units',
  'grossCents',
  'netExact',
  'costCents',
  'returnedUnits',
  'returnedNetExact',
  'returnedCostCents',
])
export class SalesProductDay extends SalesLineMeasures {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'text' })
  day!: string;

  @PrimaryColumn({ type: 'integer', name: 'product_id' })
  productId!: number;
}
