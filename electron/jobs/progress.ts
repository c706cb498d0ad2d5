import { performance } from 'node:perf_hooks';
import type { JobProgress } from '../../shared/contract/jobs';

/** Least time between two progress events of one job, so a fast job does not flood the screens. */
const EVENT_INTERVAL_MS = 200;

/**
 * What a job says of its progress. A phase that streams a file counts bytes (the only total known
 * in advance); one that says how many rows it has handled is rated in rows per second, one that
 * only copies bytes (a backup) in bytes per second.
 */
export interface ProgressReport {
  phase: string;
  done: number;
  total: number;
  unit?: 'bytes';
  rows?: number;
}

/**
 * Turns a job's raw reports (phase, done, total) into progress with a rate and the time left in
 * the phase, and says which reports are worth an event. Rates use the monotonic clock: they
 * measure real work, whatever time the app's clock shows.
 */
export class ProgressMeter {
  private phase: string | null = null;
  private phaseStartedMs = 0;
  private lastEventMs = -Infinity;
  current: JobProgress | null = null;

  constructor(private readonly nowMs: () => number = () => performance.now()) {}

  /** Records a report; true when it should be announced now. */
  update(report: ProgressReport): boolean {
    const now = this.nowMs();
    const newPhase = report.phase !== this.phase;
    if (newPhase) {
      this.phase = report.phase;
      this.phaseStartedMs = now;
    }
    const seconds = (now - this.phaseStartedMs) / 1000;
    const rate = seconds > 0 && report.done > 0 ? report.done / seconds : 0;
    const rows = report.rows ?? report.done;
    this.current = {
      phase: report.phase,
      done: report.done,
      total: report.total,
      unit: report.unit ?? 'rows',
      ratePerSecond: seconds > 0 ? Math.round(rows / seconds) : 0,
      rateUnit: report.rows === undefined ? (report.unit ?? 'rows') : 'rows',
      etaSeconds: rate > 0 ? Math.round((Math.max(0, report.total - report.done) / rate) * 10) / 10 : null,
    };
    const announce = newPhase || report.done >= report.total || now - this.lastEventMs >= EVENT_INTERVAL_MS;
    if (announce) this.lastEventMs = now;
    return announce;
  }
}
