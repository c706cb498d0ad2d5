import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn, UpdatedAtColumn } from '../columns';

@Entity({ name: 'brands' })
@Check('CHK_brands_uid', 'length("uid") = 36')
export class Brand {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'text', collation: 'NOCASE', unique: true })
  name!: string;

  @CreatedAtColumn()
  createdAt!: string;

  @UpdatedAtColumn()
  updatedAt!: string;
}
