import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMember } from './staff-member';
import { Store } from './store';

/** The stores a staff member may work in; their home store (`staff_members.store_id`) is always one. */
@Entity({ name: 'staff_store_access' })
export class StaffStoreAccess {
  @PrimaryColumn({ type: 'integer', name: 'staff_id' })
  staffId!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMember;

  @Index('IDX_staff_store_access_store')
  @PrimaryColumn({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'store_id' })
  store?: Store;
}
