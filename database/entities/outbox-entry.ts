import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NOW_SQL } from '../columns';

/**
 * One change to a syncable row, written by triggers in the same transaction as the change; the
 * head-office sync reads it in id order and marks what it has pushed.
 */
@Entity({ name: 'sync_outbox' })
@Index('IDX_sync_outbox_pending', ['id'], { where: '"pushed_at" IS NULL' })
@Index('IDX_sync_outbox_row', ['entity', 'entityUid'])
@Check('CHK_sync_outbox_op', `"op" IN ('insert', 'update', 'delete')`)
export class OutboxEntry {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  entity!: string;

  @Column({ type: 'text', name: 'entity_uid' })
  entityUid!: string;

  @Column({ type: 'text' })
  op!: string;

  @Column({ type: 'text', name: 'changed_at', default: () => NOW_SQL })
  changedAt!: string;

  @Column({ type: 'text', name: 'pushed_at', nullable: true })
  pushedAt!: string | null;
}
