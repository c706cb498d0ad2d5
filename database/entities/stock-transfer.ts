import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn, UpdatedAtColumn } from '../columns';
import { StaffMember } from './staff-member';
import { Store } from './store';

/** Stock sent from one store to another: it leaves on send, is in transit, and arrives on receive. */
@Entity({ name: 'stock_transfers' })
@Index('IDX_stock_transfers_from', ['fromStoreId', 'status'])
@Index('IDX_stock_transfers_to', ['toStoreId', 'status'])
@Check('CHK_stock_transfers_uid', 'length("uid") = 36')
@Check('CHK_stock_transfers_stores', '"from_store_id" <> "to_store_id"')
@Check('CHK_stock_transfers_status', `"status" IN ('in_transit', 'received')`)
@Check('CHK_stock_transfers_received', `("status" = 'received') = ("received_at" IS NOT NULL)`)
export class StockTransfer {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'integer', name: 'from_store_id' })
  fromStoreId!: number;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_store_id' })
  fromStore?: Store;

  @Column({ type: 'integer', name: 'to_store_id' })
  toStoreId!: number;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_store_id' })
  toStore?: Store;

  @Column({ type: 'text', default: 'in_transit' })
  status!: string;

  @Index('IDX_stock_transfers_sent_by')
  @Column({ type: 'integer', name: 'sent_by' })
  sentBy!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sent_by' })
  sender?: StaffMember;

  @Column({ type: 'text', name: 'sent_at' })
  sentAt!: string;

  @Index('IDX_stock_transfers_received_by')
  @Column({ type: 'integer', name: 'received_by', nullable: true })
  receivedBy!: number | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'received_by' })
  receiver?: StaffMember;

  @Column({ type: 'text', name: 'received_at', nullable: true })
  receivedAt!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreatedAtColumn()
  createdAt!: string;

  @UpdatedAtColumn()
  updatedAt!: string;
}
