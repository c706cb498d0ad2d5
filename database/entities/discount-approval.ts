import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Order } from './order';

/** A manager's approval of an order discount above the store's threshold. */
@Entity({ name: 'discount_approvals' })
export class DiscountApproval {
  @PrimaryColumn({ type: 'integer', name: 'order_id' })
  orderId!: number;

  @OneToOne(() => Order, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id' })
  order?: Order;

  @Column({ type: 'integer', name: 'approved_by' })
  approvedBy!: number;

  @Column({ type: 'integer', name: 'discount_bp' })
  discountBp!: number;

  @Column({ type: 'text', name: 'approved_at' })
  approvedAt!: string;
}
