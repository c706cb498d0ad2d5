import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn, UpdatedAtColumn } from '../columns';

@Entity({ name: 'suppliers' })
@Check('CHK_suppliers_uid', 'length("uid") = 36')
@Check('CHK_suppliers_lead_time', '"lead_time_days" BETWEEN 0 AND 365')
export class Supplier {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'text', collation: 'NOCASE', unique: true })
  name!: string;

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
