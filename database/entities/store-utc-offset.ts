import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Store } from './store';

/**
 * The UTC offset in force at a store from `fromAt` until its next row: its time zone in a form
 * SQLite triggers can read (migration 0010). Written from the zone with Intl whenever a store
 * gets one; a store in UTC has a single row from the beginning of time.
 */
@Entity({ name: 'store_utc_offsets', withoutRowid: true })
@Check('CHK_store_utc_offsets_offset', '"offset_seconds" BETWEEN -86400 AND 86400')
export class StoreUtcOffset {
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @ManyToOne(() => Store, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'store_id', foreignKeyConstraintName: 'FK_store_utc_offsets_store' })
  store?: Store;

  @PrimaryColumn({ type: 'text', name: 'from_at' })
  fromAt!: string;

  @Column({ type: 'integer', name: 'offset_seconds' })
  offsetSeconds!: number;
}
