import type Database from 'better-sqlite3';
import { prepared } from '../../database/prepared';
import type { JobKind, JobProgress, JobStatus, JobSummary } from '../../shared/contract/jobs';

/** The jobs table, through bound statements on the main connection. */

interface JobRow {
  id: number;
  kind: JobKind;
  status: JobStatus;
  started_by: number;
  started_by_name: string;
  started_at: string;
  finished_at: string | null;
  progress: string | null;
  result: string | null;
  error: string | null;
}

const SELECT = `SELECT j."id", j."kind", j."status", j."started_by", s."display_name" AS "started_by_name", j."started_at",
    j."finished_at", j."progress", j."result", j."error"
  FROM "jobs" j JOIN "staff_members" s ON s."id" = j."started_by"`;

/**
 * Whose jobs someone may see: an admin every job; a manager the jobs of their own store's staff; a
 * clerk only their own (an export they started).
 */
export interface JobViewer {
  role: string;
  storeId: number;
  staffId: number;
}

const VISIBLE = `(@role = 'admin' OR (@role = 'manager' AND s."store_id" = @storeId) OR j."started_by" = @staffId)`;

export function insertJob(sql: Database.Database, kind: JobKind, startedBy: number, startedAt: string): number {
  const info = prepared(
    sql,
    `INSERT INTO "jobs" ("kind", "status", "started_by", "started_at") VALUES (?, 'running', ?, ?)`,
  ).run(kind, startedBy, startedAt);
  return Number(info.lastInsertRowid);
}

export interface JobEnding {
  status: Exclude<JobStatus, 'running'>;
  finishedAt: string;
  progress: JobProgress | null;
  result: Record<string, unknown> | null;
  error: string | null;
}

export function finishJob(sql: Database.Database, id: number, ending: JobEnding): void {
  prepared(
    sql,
    `UPDATE "jobs" SET "status" = ?, "finished_at" = ?, "progress" = ?, "result" = ?, "error" = ?
     WHERE "id" = ? AND "status" = 'running'`,
  ).run(
    ending.status,
    ending.finishedAt,
    ending.progress ? JSON.stringify(ending.progress) : null,
    ending.result ? JSON.stringify(ending.result) : null,
    ending.error,
    id,
  );
}

/** Jobs a crash left `running`: nothing of theirs was committed, and no thread runs them now. */
export function failInterruptedJobs(sql: Database.Database, now: string): number {
  return prepared(
    sql,
    `UPDATE "jobs" SET "status" = 'failed', "finished_at" = ?,
       "error" = 'Backroom stopped while this job ran; nothing of it was saved.' WHERE "status" = 'running'`,
  ).run(now).changes;
}

export function jobExists(sql: Database.Database, id: number): boolean {
  return prepared(sql, `SELECT 1 FROM "jobs" WHERE "id" = ?`).get(id) !== undefined;
}

export function readJob(sql: Database.Database, id: number, viewer: JobViewer): JobSummary | null {
  const row = prepared(sql, `${SELECT} WHERE j."id" = @id AND ${VISIBLE}`).get({ id, ...viewerParams(viewer) }) as
    JobRow | undefined;
  return row ? toSummary(row) : null;
}

/** Running jobs first, then the latest others. */
export function recentJobs(sql: Database.Database, limit: number, viewer: JobViewer): JobSummary[] {
  const rows = prepared(
    sql,
    `${SELECT} WHERE ${VISIBLE} ORDER BY j."status" = 'running' DESC, j."started_at" DESC, j."id" DESC LIMIT @limit`,
  ).all({ limit, ...viewerParams(viewer) }) as JobRow[];
  return rows.map(toSummary);
}

function viewerParams(viewer: JobViewer): { role: string; storeId: number; staffId: number } {
  return { role: viewer.role, storeId: viewer.storeId, staffId: viewer.staffId };
}

function toSummary(row: JobRow): JobSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    startedBy: row.started_by,
    startedByName: row.started_by_name,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    progress: row.progress ? progressOf(row.progress) : null,
    result: row.result ? (JSON.parse(row.result) as Record<string, unknown>) : null,
    error: row.error,
  };
}

/**
 * Progress as saved. Jobs finished before progress named its rate's unit rated everything in rows,
 * and were shown so; they still read back in rows.
 */
function progressOf(saved: string): JobProgress {
  const progress = JSON.parse(saved) as Omit<JobProgress, 'rateUnit'> & Partial<Pick<JobProgress, 'rateUnit'>>;
  return { ...progress, rateUnit: progress.rateUnit ?? 'rows' };
}
