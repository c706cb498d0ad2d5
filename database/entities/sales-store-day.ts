import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { SalesLineMeasures } from './sales-line-measures';

/** A store's trade on one of its local days: sales placed that day, returns taken that day. Kept by triggers (migration 0010). */
@Entity({ name: 'sales_store_days', withoutRowid: true })
@Check('CHK_sales_store_days_day', 'length("day") = 10')
export class SalesStoreDay extends SalesLineMeasures {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'text' })
  day!: string;

  @Column({ type: 'integer', name: 'sale_orders', default: 0 })
  saleOrders!: number;

  @Column({ type: 'integer', name: 'tax_cents', default: 0 })
  taxCents!: number;

  @Column({ type: 'integer', default: 0 })
  returns!: number;

  /** What the returns gave back, tax included. */
  @Column({ type: 'integer', name: 'refund_cents', default: 0 })
  refundCents!: number;

  @Column({ type: 'integer', name: 'returned_tax_cents', default: 0 })
  returnedTaxCents!: number;
}
