import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Customer } from './customer';

/**
 * A customer's interactions as their profile counts them (migration 0027's interaction-count.ts),
 * kept by triggers in the writing transaction: a row exists exactly for customers with at least one.
 */
@Entity({ name: 'customer_interaction_totals' })
@Index('IDX_customer_interaction_totals_count', ['interactionCount', 'customerId'])
@Check('CHK_customer_interaction_totals_count', '"interaction_count" > 0')
export class CustomerInteractionTotal {
  @PrimaryColumn({ type: 'integer', name: 'customer_id' })
  customerId!: number;

  @OneToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_customer_interaction_totals_customer' })
  customer?: Customer;

  @Column({ type: 'integer', name: 'interaction_count' })
  interactionCount!: number;
}
