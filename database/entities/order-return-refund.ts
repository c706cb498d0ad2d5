import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrderReturn } from './order-return';
import { Payment } from './payment';

/** Which refund payments paid out a return (refunds to the original method; store credit has its own ledger). */
@Entity({ name: 'order_return_refunds' })
export class OrderReturnRefund {
  @PrimaryColumn({ type: 'integer', name: 'payment_id' })
  paymentId!: number;

  @ManyToOne(() => Payment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id' })
  payment?: Payment;

  @PrimaryColumn({ type: 'integer', name: 'return_id' })
  returnId!: number;

  @ManyToOne(() => OrderReturn, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'return_id' })
  orderReturn?: OrderReturn;
}
