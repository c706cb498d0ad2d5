import Database from 'better-sqlite3';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Pages copied per step of the online backup: 16 MB with 4 KB pages, so progress and cancel stay responsive. */
const PAGES_PER_STEP = 4096;

export interface SnapshotOptions {
  signal?: AbortSignal;
  /** Fewer pages per step interleave the copy with more writes (tests); the default suits real work. */
  pagesPerStep?: number;
  progress?(donePages: number, totalPages: number): void;
}

/**
 * One consistent state of the database, held open while it is read: the first `bytes` bytes of
 * the file at `path` are that state, page for page, and `sql` is a connection that reads it.
 */
export interface HeldSnapshot {
  path: string;
  bytes: number;
  /** True when `path` is the live database itself, frozen for as long as the snapshot is held. */
  live: boolean;
  sql: Database.Database;
  /** Ends the read transaction and removes a staged copy. */
  release(): Promise<void>;
}

/**
 * Holds a snapshot of the live database to be read as a file. The fast way reads the live file
 * itself: with writers paused for an instant, a checkpoint copies the whole WAL into it, and a
 * read transaction begun then reads the database file alone (SQLite's read mark 0). While that
 * transaction is open no checkpoint may write to the file, so its bytes stay the snapshot however
 * much the app writes meanwhile (to the WAL). When the WAL cannot be emptied (another reader holds
 * an older snapshot, or writers stay busy), the snapshot is staged as a copy in `stagingFolder`.
 */
export async function holdSnapshot(
  sourcePath: string,
  stagingFolder: string,
  options: SnapshotOptions = {},
): Promise<HeldSnapshot> {
  const live = holdLiveFile(sourcePath);
  if (live) return live;
  const stagedPath = join(stagingFolder, 'snapshot.sqlite');
  await snapshotDatabase(sourcePath, stagedPath, options);
  const sql = new Database(stagedPath, { readonly: true, fileMustExist: true });
  return {
    path: stagedPath,
    bytes: databaseBytes(sql),
    live: false,
    sql,
    async release() {
      sql.close();
      await rm(stagedPath, { force: true });
    },
  };
}

function holdLiveFile(sourcePath: string): HeldSnapshot | null {
  const gate = new Database(sourcePath, { fileMustExist: true });
  const held = new Database(sourcePath, { fileMustExist: true });
  let holding = false;
  try {
    gate.pragma('busy_timeout = 2000');
    try {
      // Writers wait (on their busy timeout) until the read transaction below has begun.
      gate.exec('BEGIN IMMEDIATE');
    } catch {
      return null;
    }
    try {
      const [wal] = held.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
      // Every frame in the database file (or no WAL at all: both -1), so a reader starting now ignores the WAL.
      if (!wal || wal.busy !== 0 || wal.log !== wal.checkpointed) return null;
      held.pragma('query_only = ON');
      held.exec('BEGIN');
      held.prepare('SELECT COUNT(*) FROM "sqlite_schema"').get();
      holding = true;
    } finally {
      gate.exec('ROLLBACK');
    }
  } finally {
    gate.close();
    if (!holding) held.close();
  }
  return {
    path: sourcePath,
    bytes: databaseBytes(held),
    live: true,
    sql: held,
    async release() {
      held.exec('COMMIT');
      held.close();
    },
  };
}

function databaseBytes(sql: Database.Database): number {
  return (sql.pragma('page_count', { simple: true }) as number) * (sql.pragma('page_size', { simple: true }) as number);
}

/**
 * Copies the live database to `targetPath` with SQLite's online backup, on a connection of its
 * own, while the app goes on writing. The connection holds one read transaction for the whole copy,
 * so in WAL mode every step reads the same snapshot: writers are never blocked, and the copy never
 * restarts however much they write meanwhile.
 */
export async function snapshotDatabase(
  sourcePath: string,
  targetPath: string,
  options: SnapshotOptions = {},
): Promise<void> {
  const source = new Database(sourcePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    source.pragma('query_only = ON');
    source.exec('BEGIN');
    // The first read pins the snapshot every later step sees.
    source.prepare('SELECT COUNT(*) FROM "sqlite_schema"').get();
    await source.backup(targetPath, {
      progress: ({ totalPages, remainingPages }) => {
        options.signal?.throwIfAborted();
        options.progress?.(totalPages - remainingPages, totalPages);
        return options.pagesPerStep ?? PAGES_PER_STEP;
      },
    });
    source.exec('COMMIT');
  } finally {
    source.close();
  }
  // The copy keeps the WAL flag of the live file; a backup is one self-contained file.
  const copy = new Database(targetPath, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
