import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn } from '../columns';
import { Order } from './order';

/** Money in or out for an order: a payment, or a refund (amount always positive; kind says which way). */
@Entity({ name: 'payments' })
@Index('IDX_payments_method_time', ['method', 'createdAt'])
@Check('CHK_payments_uid', 'length("uid") = 36')
@Check('CHK_payments_method', `"method" IN ('cash', 'card', 'voucher', 'store_credit', 'other')`)
@Check('CHK_payments_kind', `"kind" IN ('payment', 'refund')`)
@Check('CHK_payments_amount', '"amount_cents" > 0')
@Check(
  'CHK_payments_cash',
  `("tendered_cents" IS NULL AND "change_cents" IS NULL) OR ("method" = 'cash' AND "tendered_cents" IS NOT NULL AND IFNULL("change_cents", -1) >= 0 AND "tendered_cents" = "amount_cents" + "change_cents")`,
)
export class Payment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Index('IDX_payments_order')
  @Column({ type: 'integer', name: 'order_id' })
  orderId!: number;

  @ManyToOne(() => Order, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id' })
  order?: Order;

  @Column({ type: 'text' })
  method!: string;

  @Column({ type: 'text', default: 'payment' })
  kind!: string;

  @Column({ type: 'integer', name: 'amount_cents' })
  amountCents!: number;

  @Column({ type: 'integer', name: 'tendered_cents', nullable: true })
  tenderedCents!: number | null;

  @Column({ type: 'integer', name: 'change_cents', nullable: true })
  changeCents!: number | null;

  @CreatedAtColumn()
  createdAt!: string;
}
