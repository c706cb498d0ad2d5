import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Conversation } from './conversation';
import { Message } from './message';
import { StaffMember } from './staff-member';

/**
 * A person a message @mentions. The conversation is repeated from the message so a person's
 * unread mentions in a conversation are one range of the staff index.
 */
@Entity({ name: 'message_mentions' })
@Unique('UQ_message_mentions', ['messageId', 'staffId'])
@Index('IDX_message_mentions_staff', ['staffId', 'conversationId', 'messageId'])
export class MessageMention {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'message_id' })
  messageId!: number;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: Message;

  @Column({ type: 'integer', name: 'staff_id' })
  staffId!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMember;

  @Column({ type: 'integer', name: 'conversation_id' })
  conversationId!: number;

  @ManyToOne(() => Conversation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: Conversation;
}
