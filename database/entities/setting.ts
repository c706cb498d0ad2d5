import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Store-wide settings as JSON values (discount approval threshold, idle timeout, ...). */
@Entity({ name: 'settings' })
@Check('CHK_settings_value', 'json_valid("value")')
export class Setting {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  value!: string;
}
