import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Customer } from './customer';

/**
 * A customer's lifetime purchases by the sale definition (shared/sales.ts), kept by triggers in
 * the writing transaction: a row exists exactly for customers with at least one standing sale.
 */
@Entity({ name: 'customer_totals' })
@Index('IDX_customer_totals_spend', ['spendCents', 'customerId'])
@Check('CHK_customer_totals_order_count', '"order_count" > 0')
export class CustomerTotal {
  @PrimaryColumn({ type: 'integer', name: 'customer_id' })
  customerId!: number;

  @OneToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_customer_totals_customer' })
  customer?: Customer;

  /** Totals of standing sales less every refund of their returns. */
  @Column({ type: 'integer', name: 'spend_cents' })
  spendCents!: number;

  @Column({ type: 'integer', name: 'order_count' })
  orderCount!: number;

  @Column({ type: 'text', name: 'first_purchase_at' })
  firstPurchaseAt!: string;

  @Column({ type: 'text', name: 'last_purchase_at' })
  lastPurchaseAt!: string;
}
