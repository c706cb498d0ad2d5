import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffMember } from './staff-member';

/**
 * The record of one piece of long work (demo data, imports, rebuilds): who started it, how it
 * ended and what it produced. Live progress is kept in memory while it runs and stored here when
 * it ends; a job found `running` at startup was cut short by a crash and is marked failed.
 */
@Entity({ name: 'jobs' })
@Index('IDX_jobs_started', ['startedAt', 'id'])
@Index('IDX_jobs_started_by', ['startedBy'])
@Check('CHK_jobs_status', `"status" IN ('running', 'succeeded', 'failed', 'cancelled')`)
@Check('CHK_jobs_finished', `("status" = 'running') = ("finished_at" IS NULL)`)
@Check('CHK_jobs_kind', `length("kind") BETWEEN 1 AND 64`)
@Check('CHK_jobs_progress', `"progress" IS NULL OR json_valid("progress")`)
@Check('CHK_jobs_result', `"result" IS NULL OR json_valid("result")`)
export class Job {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'integer', name: 'started_by' })
  startedBy!: number;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'started_by' })
  starter?: StaffMember;

  @Column({ type: 'text', name: 'started_at' })
  startedAt!: string;

  @Column({ type: 'text', name: 'finished_at', nullable: true })
  finishedAt!: string | null;

  /** The last progress report, as JSON. */
  @Column({ type: 'text', nullable: true })
  progress!: string | null;

  /** The job's summary of what it did, as JSON. */
  @Column({ type: 'text', nullable: true })
  result!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
