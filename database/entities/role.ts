import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The three staff roles, ranked; rows are written by the first migration and never change. */
@Entity({ name: 'roles' })
export class RoleRow {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'integer', unique: true })
  rank!: number;

  @Column({ type: 'text' })
  label!: string;
}
