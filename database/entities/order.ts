import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAtColumn, UidColumn, UpdatedAtColumn } from '../columns';
import { Customer } from './customer';
import { StaffMember } from './staff-member';
import { Store } from './store';

/** A sale. Totals are integer cents and must add up; status changes follow order_status_transitions. */
@Entity({ name: 'orders' })
@Unique('UQ_orders_store_number', ['storeId', 'orderNumber'])
@Index('IDX_orders_placed', ['placedAt', 'id'])
@Index('IDX_orders_store_placed', ['storeId', 'placedAt', 'id'])
@Index('IDX_orders_customer', ['customerId', 'placedAt'])
@Index('IDX_orders_status', ['status', 'placedAt'])
@Check('CHK_orders_uid', 'length("uid") = 36')
@Check('CHK_orders_number', '"order_number" > 0')
@Check('CHK_orders_channel', `"channel" IN ('till', 'phone', 'online')`)
@Check('CHK_orders_status', `"status" IN ('pending', 'paid', 'fulfilled', 'delivered', 'cancelled')`)
@Check('CHK_orders_amounts', '"subtotal_cents" >= 0 AND "discount_cents" >= 0 AND "tax_cents" >= 0')
@Check('CHK_orders_discount', '"discount_cents" <= "subtotal_cents"')
@Check('CHK_orders_total', '"total_cents" = "subtotal_cents" - "discount_cents" + "tax_cents"')
@Check('CHK_orders_external_ref', '"external_ref" IS NULL OR length("external_ref") BETWEEN 1 AND 100')
export class Order {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'store_id' })
  store?: Store;

  /** Sequential per store, printed on receipts. */
  @Column({ type: 'integer', name: 'order_number' })
  orderNumber!: number;

  @Column({ type: 'integer', name: 'customer_id', nullable: true })
  customerId!: number | null;

  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;

  @Index('IDX_orders_staff')
  @Column({ type: 'integer', name: 'staff_id' })
  staffId!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMember;

  @Column({ type: 'text', default: 'till' })
  channel!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'integer', name: 'subtotal_cents' })
  subtotalCents!: number;

  @Column({ type: 'integer', name: 'discount_cents', default: 0 })
  discountCents!: number;

  @Column({ type: 'integer', name: 'tax_cents' })
  taxCents!: number;

  @Column({ type: 'integer', name: 'total_cents' })
  totalCents!: number;

  /** Sent by the till with each attempt: a double click places one order. */
  @Column({ type: 'text', name: 'idempotency_key', nullable: true, unique: true })
  idempotencyKey!: string | null;

  /** The order's number in the system it was imported from: a repeated import of the same history adds nothing. */
  @Index('UQ_orders_external_ref', { unique: true })
  @Column({ type: 'text', name: 'external_ref', nullable: true })
  externalRef!: string | null;

  @Column({ type: 'text', name: 'placed_at' })
  placedAt!: string;

  @CreatedAtColumn()
  createdAt!: string;

  @UpdatedAtColumn()
  updatedAt!: string;
}
