import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UidColumn, UpdatedAtColumn } from '../columns';

@Entity({ name: 'stores' })
@Check('CHK_stores_uid', 'length("uid") = 36')
@Check('CHK_stores_code', `length("code") BETWEEN 2 AND 12 AND "code" = upper("code")`)
@Check('CHK_stores_currency', `length("currency") = 3 AND "currency" = upper("currency")`)
@Check('CHK_stores_time_zone', `length(trim("time_zone")) > 0`)
export class Store {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ type: 'text', default: 'USD' })
  currency!: string;

  /** IANA zone name (e.g. 'Europe/London'): every day the store reports on is a day of this zone. */
  @Column({ type: 'text', name: 'time_zone', default: 'UTC' })
  timeZone!: string;

  @CreatedAtColumn()
  createdAt!: string;

  @UpdatedAtColumn()
  updatedAt!: string;
}
