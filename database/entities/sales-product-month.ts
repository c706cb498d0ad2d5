import { Check, Entity, Index, PrimaryColumn } from 'typeorm';
import { SalesLineMeasures } from './sales-line-measures';

/** A product's trade in a store in one local month ('YYYY-MM'): its days added up. Kept by triggers (migration 0010). */
@Entity({ name: 'sales_product_months', withoutRowid: true })
@Check('CHK_sales_product_months_month', 'length("month") = 7')
// Each store's months best first by net revenue and net units (expression indexes), and by sales and units sold (migration 0013).
@Index('IDX_sales_product_months_revenue', { synchronize: false })
@Index('IDX_sales_product_months_units', { synchronize: false })
@Index('IDX_sales_product_months_sales', ['storeId', 'month', 'netExact', 'productId'])
@Index('IDX_sales_product_months_sold', ['storeId', 'month', 'units', 'productId'])
// A product's months store by store, with every measure, for top products' bounds and sums (migration 0023).
@Index('IDX_sales_product_months_products', [
  'productId',
  'storeId',
  'month',
  'units',
  'grossCents',
  'netExact',
  'costCents',
  'returnedUnits',
  'returnedNetExact',
  'returnedCostCents',
])
export class SalesProductMonth extends SalesLineMeasures {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'text' })
  month!: string;

  @PrimaryColumn({ type: 'integer', name: 'product_id' })
  productId!: number;
}
