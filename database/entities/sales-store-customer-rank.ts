import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A customer's trade in one store in one period (as SalesCustomerRank, per store): so top
 * customers of some stores read each store's periods best first by sales, which bound the spend
 * of any part of the period. Kept by triggers (migration 0014). Its day rows are indexed on
 * their own with every figure top customers keep in memory (migration 0021).
 */
@Entity({ name: 'sales_store_customer_ranks', withoutRowid: true })
@Check('CHK_sales_store_customer_ranks_period', 'length("period") IN (4, 7, 10, 12)')
@Index('IDX_sales_store_customer_ranks_sales', ['storeId', 'period', 'salesCents', 'customerId'])
@Index('IDX_sales_store_customer_ranks_days', ['storeId', 'period', 'customerId', 'orders', 'spendCents'], {
  where: 'length("period") = 10',
})
export class SalesStoreCustomerRank {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @PrimaryColumn({ type: 'integer', name: 'customer_id' })
  customerId!: number;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @Column({ type: 'integer', default: 0 })
  orders!: number;

  @Column({ type: 'integer', default: 0 })
  returns!: number;

  @Column({ type: 'integer', name: 'sales_cents', default: 0 })
  salesCents!: number;

  @Column({ type: 'integer', name: 'spend_cents', default: 0 })
  spendCents!: number;
}
