import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrderLine } from './order-line';
import { OrderReturn } from './order-return';

/**
 * Part of an order line coming back. A trigger refuses returning more of a line than was sold,
 * across all returns of the order.
 */
@Entity({ name: 'order_return_lines' })
@Unique('UQ_order_return_lines_line', ['returnId', 'orderLineId'])
@Check('CHK_order_return_lines_quantity', '"quantity" > 0')
@Check('CHK_order_return_lines_restock', '"restock" IN (0, 1)')
@Check('CHK_order_return_lines_refund', '"refund_cents" >= 0')
export class OrderReturnLine {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'return_id' })
  returnId!: number;

  @ManyToOne(() => OrderReturn, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'return_id' })
  orderReturn?: OrderReturn;

  @Index('IDX_order_return_lines_order_line')
  @Column({ type: 'integer', name: 'order_line_id' })
  orderLineId!: number;

  @ManyToOne(() => OrderLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_line_id' })
  orderLine?: OrderLine;

  @Column({ type: 'integer' })
  quantity!: number;

  /** 1: back on the shelf (a return movement); 0: written off. */
  @Column({ type: 'integer' })
  restock!: number;

  @Column({ type: 'integer', name: 'refund_cents' })
  refundCents!: number;
}
