import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NOW_SQL } from '../columns';

/**
 * Who did what, when, to which record, and how it ended. Append-only (triggers refuse UPDATE and
 * DELETE). staff_id is a plain number, not a foreign key: the log outlives any staff record.
 */
@Entity({ name: 'audit_log' })
@Index('IDX_audit_log_time', ['occurredAt'])
@Index('IDX_audit_log_staff', ['staffId', 'occurredAt'])
@Index('IDX_audit_log_entity', ['entity', 'entityId'])
@Check('CHK_audit_log_result', `"result" IN ('ok', 'error', 'forbidden', 'unauthenticated')`)
@Check('CHK_audit_log_details', `"details" IS NULL OR json_valid("details")`)
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text', name: 'occurred_at', default: () => NOW_SQL })
  occurredAt!: string;

  @Column({ type: 'integer', name: 'staff_id', nullable: true })
  staffId!: number | null;

  /** The channel or command, e.g. `products.update`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', nullable: true })
  entity!: string | null;

  @Column({ type: 'text', name: 'entity_id', nullable: true })
  entityId!: string | null;

  @Column({ type: 'text' })
  result!: string;

  @Column({ type: 'text', name: 'error_code', nullable: true })
  errorCode!: string | null;

  @Column({ type: 'text', nullable: true })
  details!: string | null;
}
