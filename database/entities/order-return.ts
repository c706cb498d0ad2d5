import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn } from '../columns';
import { Order } from './order';
import { StaffMember } from './staff-member';

/** Goods coming back from one order, and how their money went back. */
@Entity({ name: 'order_returns' })
@Index('IDX_order_returns_order', ['orderId'])
@Index('IDX_order_returns_created', ['createdAt'])
@Check('CHK_order_returns_uid', 'length("uid") = 36')
@Check('CHK_order_returns_refund_to', `"refund_to" IN ('original', 'store_credit')`)
@Check('CHK_order_returns_refund', '"refund_cents" >= 0')
export class OrderReturn {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'integer', name: 'order_id' })
  orderId!: number;

  @ManyToOne(() => Order, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id' })
  order?: Order;

  @Index('IDX_order_returns_staff')
  @Column({ type: 'integer', name: 'staff_id' })
  staffId!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMember;

  @Column({ type: 'text', name: 'refund_to' })
  refundTo!: string;

  @Column({ type: 'integer', name: 'refund_cents' })
  refundCents!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreatedAtColumn()
  createdAt!: string;
}
