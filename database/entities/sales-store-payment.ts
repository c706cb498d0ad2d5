import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Money taken and given back by one method on a store's local day. Kept by triggers (migration 0010). */
@Entity({ name: 'sales_store_payments', withoutRowid: true })
@Check('CHK_sales_store_payments_day', 'length("day") = 10')
export class SalesStorePayment {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'text' })
  day!: string;

  @PrimaryColumn({ type: 'text' })
  method!: string;

  @Column({ type: 'integer', default: 0 })
  payments!: number;

  @Column({ type: 'integer', name: 'paid_cents', default: 0 })
  paidCents!: number;

  @Column({ type: 'integer', default: 0 })
  refunds!: number;

  @Column({ type: 'integer', name: 'refunded_cents', default: 0 })
  refundedCents!: number;
}
