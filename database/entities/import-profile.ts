import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UpdatedAtColumn } from '../columns';
import { StaffMember } from './staff-member';

/** A saved column mapping for one kind of import, chosen by name the next time the same file arrives. */
@Entity({ name: 'import_profiles' })
@Unique('UQ_import_profiles_name', ['name'])
@Check('CHK_import_profiles_name', `length(trim("name")) BETWEEN 1 AND 100`)
@Check('CHK_import_profiles_kind', `"kind" IN ('products', 'customers', 'suppliers', 'stock', 'sales', 'interactions')`)
@Check('CHK_import_profiles_profile', `json_valid("profile") AND json_type("profile") = 'object'`)
export class ImportProfile {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text', collation: 'NOCASE' })
  name!: string;

  @Column({ type: 'text' })
  kind!: string;

  /** The mapping, as JSON (shared/import/profile.ts). */
  @Column({ type: 'text' })
  profile!: string;

  @Column({ type: 'integer', name: 'created_by' })
  createdBy!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_import_profiles_created_by' })
  creator?: StaffMember;

  @UpdatedAtColumn()
  updatedAt!: string;
}
