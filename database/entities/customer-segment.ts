import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Customer } from './customer';

/** A customer's RFM scores and segment as of the last recompute. */
@Entity({ name: 'customer_segments' })
@Index('IDX_customer_segments_segment', ['segment', 'monetaryCents'])
@Check(
  'CHK_customer_segments_scores',
  '"r_score" BETWEEN 1 AND 5 AND "f_score" BETWEEN 1 AND 5 AND "m_score" BETWEEN 1 AND 5',
)
export class CustomerSegment {
  @PrimaryColumn({ type: 'integer', name: 'customer_id' })
  customerId!: number;

  @OneToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;

  @Column({ type: 'integer', name: 'recency_days' })
  recencyDays!: number;

  @Column({ type: 'integer' })
  frequency!: number;

  @Column({ type: 'integer', name: 'monetary_cents' })
  monetaryCents!: number;

  @Column({ type: 'integer', name: 'r_score' })
  rScore!: number;

  @Column({ type: 'integer', name: 'f_score' })
  fScore!: number;

  @Column({ type: 'integer', name: 'm_score' })
  mScore!: number;

  @Column({ type: 'text' })
  segment!: string;

  @Column({ type: 'text', name: 'computed_at' })
  computedAt!: string;
}
