import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Order } from './order';

/** When an order entered each status and who moved it: the order's timeline. */
@Entity({ name: 'order_status_changes' })
@Index('IDX_order_status_changes_order', ['orderId', 'id'])
@Index('IDX_order_status_changes_to', ['toStatus', 'changedAt'])
@Check('CHK_order_status_changes_status', `"to_status" IN ('pending', 'paid', 'fulfilled', 'delivered', 'cancelled')`)
export class OrderStatusChange {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'order_id' })
  orderId!: number;

  @ManyToOne(() => Order, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id' })
  order?: Order;

  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'text', name: 'to_status' })
  toStatus!: string;

  /** Not a key: the timeline outlives staff records. */
  @Column({ type: 'integer', name: 'staff_id', nullable: true })
  staffId!: number | null;

  @Column({ type: 'text', name: 'changed_at' })
  changedAt!: string;
}
