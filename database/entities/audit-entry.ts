import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NOW_SQL } from '../columns';

const HASH_CHECK = (column: string) =>
  `"${column}" IS NULL OR (length("${column}") = 64 AND NOT "${column}" GLOB '*[^0-9a-f]*')`;

/**
 * Who did what, when, from where, to which record, and how it ended. Append-only (triggers refuse
 * UPDATE and DELETE) and chained: each row holds the hash of the row before it and its own
 * (database/audit-chain.ts), so an edit made around the triggers shows. staff_id is a plain
 * number, not a foreign key: the log outlives any staff record.
 */
@Entity({ name: 'audit_log' })
@Index('IDX_audit_log_time', ['occurredAt'])
@Index('IDX_audit_log_staff', ['staffId', 'occurredAt'])
@Index('IDX_audit_log_entity', ['entity', 'entityId'])
@Check('CHK_audit_log_result', `"result" IN ('ok', 'error', 'forbidden', 'unauthenticated')`)
@Check('CHK_audit_log_details', `"details" IS NULL OR json_valid("details")`)
@Check('CHK_audit_log_prev_hash', HASH_CHECK('prev_hash'))
@Check('CHK_audit_log_row_hash', HASH_CHECK('row_hash'))
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

  /** The window, browser session (a short id, never its token), `cli` or `job:<id>`; NULL before it was kept. */
  @Column({ type: 'text', nullable: true })
  origin!: string | null;

  /** The row_hash of the row before this one; zeros for the first row. */
  @Column({ type: 'text', name: 'prev_hash', nullable: true })
  prevHash!: string | null;

  /** Hex SHA-256 of this row's fields and prev_hash. Never NULL when Backroom wrote the row: the check reports one that is. */
  @Column({ type: 'text', name: 'row_hash', nullable: true })
  rowHash!: string | null;
}
