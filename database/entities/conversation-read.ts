import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Conversation } from './conversation';
import { Message } from './message';
import { StaffMember } from './staff-member';

/**
 * How far one person has read one conversation: everything after `last_read_message_id` is
 * unread. Kept on this machine only; it changes at every glance and head office has no use for it.
 */
@Entity({ name: 'conversation_reads' })
@Unique('UQ_conversation_reads', ['staffId', 'conversationId'])
export class ConversationRead {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'staff_id' })
  staffId!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMember;

  @Column({ type: 'integer', name: 'conversation_id' })
  conversationId!: number;

  @ManyToOne(() => Conversation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: Conversation;

  @Column({ type: 'integer', name: 'last_read_message_id' })
  lastReadMessageId!: number;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'last_read_message_id' })
  lastReadMessage?: Message;

  @Column({ type: 'text', name: 'read_at' })
  readAt!: string;
}
