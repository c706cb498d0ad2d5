import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The one row of sync bookkeeping. `last_seq` is the counter every outbox trigger bumps, so
 * sequence numbers only ever grow, even after acknowledged rows are deleted. `read_seq` is the
 * highest sequence number a push has read: a record pending at or below it may have reached head
 * office, so it is no longer an unseen insert. `outbox_paused`
 * makes the triggers skip writes that must not be sent back: changes applied from head office
 * (they would echo) and the bulk inserts of the demo seed (a never-synced file starts with a
 * snapshot). It is set and cleared inside one transaction, so a crash can never leave it set.
 */
@Entity({ name: 'sync_state' })
@Check('CHK_sync_state_one_row', '"id" = 1')
@Check('CHK_sync_state_paused', '"outbox_paused" IN (0, 1)')
export class SyncState {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'last_seq', default: 0 })
  lastSeq!: number;

  @Column({ type: 'integer', name: 'read_seq', default: 0 })
  readSeq!: number;

  @Column({ type: 'integer', name: 'outbox_paused', default: 0 })
  outboxPaused!: number;
}
