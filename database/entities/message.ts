import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UidColumn } from '../columns';
import { Conversation } from './conversation';
import { StaffMember } from './staff-member';

/**
 * One message, as typed (plain text, never escaped here). A deleted message keeps its row, empty,
 * so the conversation shows where it was; its text stays only in the audit trail. A message may
 * be attached to one record (a product, an order, ...), whose page shows the thread of them.
 */
@Entity({ name: 'messages' })
@Index('IDX_messages_conversation', ['conversationId', 'id'])
@Index('IDX_messages_record', ['recordKind', 'recordId', 'id'], { where: `"record_kind" IS NOT NULL` })
@Index('IDX_messages_pinned', ['conversationId', 'pinnedAt'], { where: `"pinned_at" IS NOT NULL` })
@Check('CHK_messages_uid', 'length("uid") = 36')
@Check(
  'CHK_messages_body',
  `("deleted_at" IS NULL AND length("body") BETWEEN 1 AND 4000) OR ("deleted_at" IS NOT NULL AND "body" = '')`,
)
@Check(
  'CHK_messages_record',
  `("record_kind" IS NULL) = ("record_id" IS NULL) AND IFNULL("record_kind", 'product') IN ('product', 'order', 'purchase_order', 'customer', 'transfer')`,
)
// A deleted message keeps neither a pin nor a record: nothing of it shows anywhere.
@Check('CHK_messages_deleted', `"deleted_at" IS NULL OR ("pinned_at" IS NULL AND "record_kind" IS NULL)`)
@Check('CHK_messages_pinned', `("pinned_at" IS NULL) = ("pinned_by" IS NULL)`)
export class Message {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @UidColumn()
  uid!: string;

  @Column({ type: 'integer', name: 'conversation_id' })
  conversationId!: number;

  @ManyToOne(() => Conversation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: Conversation;

  @Index('IDX_messages_author')
  @Column({ type: 'integer', name: 'author_id' })
  authorId!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: StaffMember;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', name: 'record_kind', nullable: true })
  recordKind!: string | null;

  /** The id of the attached record in the table `record_kind` names (no declared key: it names one of several). */
  @Column({ type: 'integer', name: 'record_id', nullable: true })
  recordId!: number | null;

  @Column({ type: 'text', name: 'created_at' })
  createdAt!: string;

  @Column({ type: 'text', name: 'edited_at', nullable: true })
  editedAt!: string | null;

  @Column({ type: 'text', name: 'deleted_at', nullable: true })
  deletedAt!: string | null;

  @Column({ type: 'text', name: 'pinned_at', nullable: true })
  pinnedAt!: string | null;

  @Column({ type: 'integer', name: 'pinned_by', nullable: true })
  pinnedBy!: number | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pinned_by' })
  pinner?: StaffMember;
}
