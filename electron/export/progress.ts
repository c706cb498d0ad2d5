import type { ProgressReport } from '../jobs/progress';

/** What an export is told by whoever runs it: when to stop, and where to say how far it is. */
export interface ExportRun {
  signal: AbortSignal;
  progress(progress: ProgressReport): void;
}

/** Least time between two reports: an export counts rows by the hundred, a screen needs a few a second. */
const REPORT_EVERY_MS = 250;

/** Reports rows done at most a few times a second, and always the last count. */
export function rowReporter(run: ExportRun, phase: string): (done: number, total: number, last?: boolean) => void {
  let lastMs = -Infinity;
  return (done, total, last = false) => {
    const now = performance.now();
    if (!last && now - lastMs < REPORT_EVERY_MS) return;
    lastMs = now;
    run.progress({ phase, done, total });
  };
}
