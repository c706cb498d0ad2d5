/** The phases of backup work, as a job or the CLI shows them; all counted in bytes of the database. */
export type BackupPhase = 'snapshot' | 'compress' | 'extract' | 'check' | 'migrate' | 'replace';

export interface BackupProgress {
  phase: BackupPhase;
  done: number;
  total: number;
}

export interface BackupRun {
  signal?: AbortSignal;
  progress?(report: BackupProgress): void;
}
