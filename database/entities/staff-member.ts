import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn, UpdatedAtColumn } from '../columns';
import { RoleRow } from './role';
import { Store } from './store';

@Entity({ name: 'staff_members' })
@Check('CHK_staff_uid', 'length("uid") = 36')
@Check('CHK_staff_failed_logins', '"failed_login_count" >= 0')
@Check('CHK_staff_active', '"is_active" IN (0, 1)')
@Check('CHK_staff_must_change_password', '"must_change_password" IN (0, 1)')
@Check('CHK_staff_pin_failures', '"pin_failed_count" >= 0')
export class StaffMember {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Index('IDX_staff_store')
  @Column({ type: 'integer', name: 'store_id' })
  storeId!: number;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'store_id' })
  store?: Store;

  /** What staff type at the till; unique regardless of case. */
  @Column({ type: 'text', collation: 'NOCASE', unique: true })
  username!: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName!: string;

  @Index('IDX_staff_role')
  @Column({ type: 'text', name: 'role' })
  role!: string;

  @ManyToOne(() => RoleRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role', referencedColumnName: 'code' })
  roleRow?: RoleRow;

  /** scrypt$N$r$p$salt$hash: the parameters travel with the hash so they can be raised later. */
  @Column({ type: 'text', name: 'password_hash' })
  passwordHash!: string;

  @Column({ type: 'integer', name: 'failed_login_count', default: 0 })
  failedLoginCount!: number;

  @Column({ type: 'text', name: 'locked_until', nullable: true })
  lockedUntil!: string | null;

  @Column({ type: 'text', name: 'last_login_at', nullable: true })
  lastLoginAt!: string | null;

  @Column({ type: 'integer', name: 'is_active', default: 1 })
  isActive!: number;

  /** Set when an admin resets the password: the member must choose their own before doing anything else. */
  @Column({ type: 'integer', name: 'must_change_password', default: 0 })
  mustChangePassword!: number;

  /** A short PIN for switching at a shared till, hashed like a password; null when none is set. */
  @Column({ type: 'text', name: 'pin_hash', nullable: true })
  pinHash!: string | null;

  /** PIN failures count and lock apart from the password's, so a guessed PIN never locks the password out. */
  @Column({ type: 'integer', name: 'pin_failed_count', default: 0 })
  pinFailedCount!: number;

  @Column({ type: 'text', name: 'pin_locked_until', nullable: true })
  pinLockedUntil!: string | null;

  @CreatedAtColumn()
  createdAt!: string;

  @UpdatedAtColumn()
  updatedAt!: string;
}
