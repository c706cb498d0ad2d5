import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn } from '../columns';
import { StaffMember } from './staff-member';
import { Store } from './store';

/** One stock count in one store: its lines say what was expected and what was counted. */
@Entity({ name: 'stock_counts' })
@Index('IDX_stock_counts_store', ['storeId', 'countedAt'])
@Check('CHK_stock_counts_uid', 'length("uid") = 36')
export class StockCount {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'store_id' })
  store?: Store;

  @Index('IDX_stock_counts_counted_by')
  @Column({ type: 'integer', name: 'counted_by' })
  countedBy!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'counted_by' })
  counter?: StaffMember;

  @Column({ type: 'text', name: 'counted_at' })
  countedAt!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreatedAtColumn()
  createdAt!: string;
}
