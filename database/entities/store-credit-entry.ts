import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn } from '../columns';
import { Customer } from './customer';
import { Order } from './order';
import { OrderReturn } from './order-return';

/** The store-credit ledger: a customer's balance is the sum of their entries; a trigger keeps it at or above zero. */
@Entity({ name: 'store_credit_entries' })
@Index('IDX_store_credit_entries_customer', ['customerId', 'id'])
@Check('CHK_store_credit_entries_uid', 'length("uid") = 36')
@Check('CHK_store_credit_entries_amount', '"amount_cents" <> 0')
@Check('CHK_store_credit_entries_reason', `"reason" IN ('refund', 'redeemed', 'adjustment')`)
export class StoreCreditEntry {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'integer', name: 'customer_id' })
  customerId!: number;

  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;

  @Column({ type: 'integer', name: 'amount_cents' })
  amountCents!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Index('IDX_store_credit_entries_return')
  @Column({ type: 'integer', name: 'return_id', nullable: true })
  returnId!: number | null;

  @ManyToOne(() => OrderReturn, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'return_id' })
  orderReturn?: OrderReturn;

  @Index('IDX_store_credit_entries_order')
  @Column({ type: 'integer', name: 'order_id', nullable: true })
  orderId!: number | null;

  @ManyToOne(() => Order, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id' })
  order?: Order;

  @Column({ type: 'integer', name: 'staff_id', nullable: true })
  staffId!: number | null;

  @CreatedAtColumn()
  createdAt!: string;
}
