import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Conversation } from './conversation';
import { StaffMember } from './staff-member';

/** A named member of a custom room or a direct conversation (the other rooms' members follow from role and store). */
@Entity({ name: 'conversation_members' })
@Unique('UQ_conversation_members', ['conversationId', 'staffId'])
@Index('IDX_conversation_members_staff', ['staffId', 'conversationId'])
export class ConversationMember {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer', name: 'conversation_id' })
  conversationId!: number;

  @ManyToOne(() => Conversation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: Conversation;

  @Column({ type: 'integer', name: 'staff_id' })
  staffId!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: StaffMember;

  @Column({ type: 'text', name: 'added_at' })
  addedAt!: string;
}
