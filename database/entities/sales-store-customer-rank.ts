import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A customer's trade in one store on one local day: the sales they placed in it and their totals
 * (tax included), the returns taken in it, and their spend, the totals less those returns'
 * refunds. Top customers add up these days in memory (analytics' customer-days.ts), read from
 * their own index with every figure kept (migration 0021). Kept by triggers (migration 0014;
 * days only since migration 0024).
 */
@Entity({ name: 'sales_store_customer_ranks', withoutRowid: true })
@Check('CHK_sales_store_customer_ranks_period', 'length("period") = 10')
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
