import Database from 'better-sqlite3';

/** Pages copied per step of the online backup: 16 MB with 4 KB pages, so progress and cancel stay responsive. */
const PAGES_PER_STEP = 4096;

export interface SnapshotOptions {
  signal?: AbortSignal;
  /** Fewer pages per step interleave the copy with more writes (tests); the default suits real work. */
  pagesPerStep?: number;
  progress?(donePages: number, totalPages: number): void;
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
