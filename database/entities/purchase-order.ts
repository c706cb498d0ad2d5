import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAtColumn, UidColumn, UpdatedAtColumn } from '../columns';
import { StaffMember } from './staff-member';
import { Store } from './store';
import { Supplier } from './supplier';

/** A delivery ordered from one supplier for one store; statuses follow purchase_order_status_transitions. */
@Entity({ name: 'purchase_orders' })
@Unique('UQ_purchase_orders_store_number', ['storeId', 'number'])
@Index('IDX_purchase_orders_status', ['status', 'createdAt'])
@Check('CHK_purchase_orders_uid', 'length("uid") = 36')
@Check('CHK_purchase_orders_number', '"number" > 0')
@Check('CHK_purchase_orders_status', `"status" IN ('draft', 'sent', 'partially_received', 'received', 'cancelled')`)
@Check('CHK_purchase_orders_version', '"version" >= 1')
export class PurchaseOrder {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'store_id' })
  store?: Store;

  @Column({ type: 'integer' })
  number!: number;

  @Index('IDX_purchase_orders_supplier')
  @Column({ type: 'integer', name: 'supplier_id' })
  supplierId!: number;

  @ManyToOne(() => Supplier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplier?: Supplier;

  @Column({ type: 'text', default: 'draft' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', name: 'expected_at', nullable: true })
  expectedAt!: string | null;

  @Column({ type: 'text', name: 'sent_at', nullable: true })
  sentAt!: string | null;

  @Index('IDX_purchase_orders_created_by')
  @Column({ type: 'integer', name: 'created_by' })
  createdBy!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: StaffMember;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreatedAtColumn()
  createdAt!: string;

  @UpdatedAtColumn()
  updatedAt!: string;
}
