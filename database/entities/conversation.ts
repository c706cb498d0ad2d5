import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAtColumn, UidColumn } from '../columns';
import { StaffMember } from './staff-member';
import { Store } from './store';

/**
 * A place staff talk: the chain-wide room, the managers' room, one room per store (made with the
 * store), custom rooms with named members, and direct conversations between two people. The
 * chain-wide, managers' and store rooms have the same uid on every machine, so head office sees
 * one room whichever store's messages it receives.
 */
@Entity({ name: 'conversations' })
@Unique('UQ_conversations_store', ['storeId'])
@Unique('UQ_conversations_direct_pair', ['directLowId', 'directHighId'])
@Index('UQ_conversations_room', ['kind'], { unique: true, where: `"kind" IN ('everyone', 'managers')` })
@Check('CHK_conversations_uid', 'length("uid") = 36')
@Check('CHK_conversations_kind', `"kind" IN ('everyone', 'managers', 'store', 'custom', 'direct')`)
@Check('CHK_conversations_store', `("kind" = 'store') = ("store_id" IS NOT NULL)`)
@Check(
  'CHK_conversations_name',
  `("kind" = 'custom') = ("name" IS NOT NULL) AND length(IFNULL("name", 'x')) BETWEEN 1 AND 80`,
)
@Check(
  'CHK_conversations_direct',
  `("kind" = 'direct') = ("direct_low_id" IS NOT NULL AND "direct_high_id" IS NOT NULL) AND IFNULL("direct_low_id" < "direct_high_id", "direct_low_id" IS NULL AND "direct_high_id" IS NULL)`,
)
export class Conversation {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'text' })
  kind!: string;

  /** A custom room's name; the other rooms are named after what they gather (the store's name). */
  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'integer', name: 'store_id', nullable: true })
  storeId!: number | null;

  @ManyToOne(() => Store, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'store_id' })
  store?: Store;

  /** A direct conversation's pair, lower id first, so the pair has one key whoever opened it. */
  @Column({ type: 'integer', name: 'direct_low_id', nullable: true })
  directLowId!: number | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'direct_low_id' })
  directLow?: StaffMember;

  @Column({ type: 'integer', name: 'direct_high_id', nullable: true })
  directHighId!: number | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'direct_high_id' })
  directHigh?: StaffMember;

  /** Who made a custom room or opened a direct conversation; null for the rooms Backroom makes. */
  @Column({ type: 'integer', name: 'created_by', nullable: true })
  createdBy!: number | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: StaffMember;

  @CreatedAtColumn()
  createdAt!: string;
}
