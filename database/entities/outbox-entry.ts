import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { NOW_SQL } from '../columns';

/**
 * A record changed since head office last acknowledged a push: one row per (entity, uid),
 * however many times the record changed, written by triggers in the same transaction as the
 * change. `seq` is the position of the record's latest change (from sync_state's counter), so a
 * push sends changes in order and resumes after the last acknowledged one. Acknowledged rows are
 * deleted: the table holds only what is still to send.
 *
 * `op` is 'insert' while no push has read the record (sync_state.read_seq; a delete then drops the
 * row: head office never saw it), 'update' once one may have, 'delete' once it is gone.
 */
@Entity({ name: 'sync_outbox' })
@Index('UQ_sync_outbox_record', ['entity', 'entityUid'], { unique: true })
@Check('CHK_sync_outbox_op', `"op" IN ('insert', 'update', 'delete')`)
export class OutboxEntry {
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'text' })
  entity!: string;

  @Column({ type: 'text', name: 'entity_uid' })
  entityUid!: string;

  @Column({ type: 'text' })
  op!: string;

  @Column({ type: 'text', name: 'changed_at', default: () => NOW_SQL })
  changedAt!: string;
}
