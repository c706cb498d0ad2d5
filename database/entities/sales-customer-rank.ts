import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A customer's trade over every store in one period (as SalesCategoryPeriod, and also a quarter
 * 'YYYY-Qn' or a year 'YYYY'): the sales they placed in it and their totals (tax included), the
 * returns taken in it, and their spend, the totals less those returns' refunds. Indexed by sales,
 * which bound the spend of any part of the period, so top customers read periods best first.
 * Kept by triggers (migration 0011).
 */
@Entity({ name: 'sales_customer_ranks', withoutRowid: true })
@Check('CHK_sales_customer_ranks_period', 'length("period") IN (4, 7, 10, 12)')
@Index('IDX_sales_customer_ranks_sales', ['period', 'salesCents'])
export class SalesCustomerRank {
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
