import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn, UpdatedAtColumn } from '../columns';

@Entity({ name: 'suppliers' })
@Check('CHK_suppliers_uid', 'length("uid") = 36')
@Check('CHK_suppliers_lead_time', '"lead_time_days" BETWEEN 0 AND 365')
@Check('CHK_suppliers_external_ref', '"external_ref" IS NULL OR length("external_ref") BETWEEN 1 AND 100')
export class Supplier {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'text', collation: 'NOCASE', unique: true })
  name!: string;

  /** The supplier's number in the system they were imported from: what a repeated import matches on. */
  @Index('UQ_suppliers_external_ref', { unique: true })
  @Column({ type: 'text', name: 'external_ref', nullable: true })
  externalRef!: string | null;

  @Column({ type: 'text', name: 'contact_name', nullable: true })
  contactName!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'integer', name: 'lead_time_days', default: 7 })
  leadTimeDays!: number;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreatedAtColumn()
  createdAt!: string;

  @UpdatedAtColumn()
  updatedAt!: string;
}
