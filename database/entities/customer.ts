import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn, UpdatedAtColumn } from '../columns';
import { Store } from './store';

@Entity({ name: 'customers' })
@Index('IDX_customers_name', ['lastName', 'firstName', 'id'])
@Check('CHK_customers_uid', 'length("uid") = 36')
@Check('CHK_customers_email', `"email" IS NULL OR "email" LIKE '%_@_%'`)
@Check('CHK_customers_consent', '"marketing_consent" IN (0, 1)')
@Check('CHK_customers_external_ref', '"external_ref" IS NULL OR length("external_ref") BETWEEN 1 AND 100')
export class Customer {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'text', name: 'first_name', collation: 'NOCASE' })
  firstName!: string;

  @Column({ type: 'text', name: 'last_name', collation: 'NOCASE' })
  lastName!: string;

  @Column({ type: 'text', collation: 'NOCASE', nullable: true, unique: true })
  email!: string | null;

  /** The customer's number in the system they were imported from: what a repeated import matches on. */
  @Index('UQ_customers_external_ref', { unique: true })
  @Column({ type: 'text', name: 'external_ref', nullable: true })
  externalRef!: string | null;

  /** Digits only with an optional leading +, so one number is stored one way. */
  @Column({ type: 'text', nullable: true, unique: true })
  phone!: string | null;

  @Column({ type: 'integer', name: 'marketing_consent', default: 0 })
  marketingConsent!: number;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Index('IDX_customers_home_store')
  @Column({ type: 'integer', name: 'home_store_id', nullable: true })
  homeStoreId!: number | null;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_store_id' })
  homeStore?: Store;

  @Column({ type: 'text', name: 'archived_at', nullable: true })
  archivedAt!: string | null;

  @CreatedAtColumn()
  createdAt!: string;

  @UpdatedAtColumn()
  updatedAt!: string;
}
