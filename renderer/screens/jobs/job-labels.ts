import type { JobKind, JobProgress, JobStatus } from '../../../shared/contract';
import { formatCount } from '../../lib/format';

export const JOB_KIND_LABELS: Record<JobKind, string> = {
  'backup.create': 'Backup',
  'backup.verify': 'Backup check',
  'backup.upload': 'Backup upload to S3',
  'backup.verifyOffsite': 'Backup check from S3',
  'demo.load': 'Demo data',
  import: 'Import',
  export: 'Export',
  sync: 'Head-office sync',
  'sync.reconcile': 'Reconcile with head office',
  'recommendations.rebuild': 'Recommendations rebuild',
};

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  running: 'Running',
  succeeded: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const JOB_STATUS_COLORS: Record<JobStatus, string> = {
  running: 'blue',
  succeeded: 'teal',
  failed: 'red',
  cancelled: 'gray',
};

/** How far the current phase is, 0–100. */
export function progressPercent(progress: Pick<JobProgress, 'done' | 'total'> | null): number {
  return progress && progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : 0;
}

/**
 * "Orders — 12,000 of 20,000 · 8,500 rows/s · about 1 s left"; a phase counted in bytes shows
 * how much of the file is read ("Reading — 42% · 8,500 rows/s · about 3 s left"), and its pace in
 * bytes when it handles no rows ("Extract — 30% · 42.8 MB/s").
 */
export function describeProgress(progress: JobProgress | null): string {
  if (!progress) return 'Starting…';
  const howFar =
    progress.unit === 'bytes'
      ? `${Math.floor(progressPercent(progress))}%`
      : `${formatCount(progress.done)} of ${formatCount(progress.total)}`;
  const parts = [`${sentenceCase(progress.phase)} — ${howFar}`];
  if (progress.ratePerSecond > 0)
    parts.push(
      progress.rateUnit === 'bytes'
        ? formatByteRate(progress.ratePerSecond)
        : `${formatCount(progress.ratePerSecond)} rows/s`,
    );
  if (progress.etaSeconds !== null && progress.done < progress.total)
    parts.push(`about ${formatSeconds(progress.etaSeconds)} left`);
  return parts.join(' · ');
}

/** Decimal units, as file managers show them; Intl writes "42.8 MB/s" or "42,8 MB/s" by locale. */
const BYTE_RATE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
const byteRateFormats = BYTE_RATE_UNITS.map(
  (unit) => new Intl.NumberFormat(undefined, { style: 'unit', unit: `${unit}-per-second`, maximumFractionDigits: 1 }),
);

export function formatByteRate(bytesPerSecond: number): string {
  let value = bytesPerSecond;
  let step = 0;
  while (value >= 1000 && step < BYTE_RATE_UNITS.length - 1) {
    value /= 1000;
    step++;
  }
  return byteRateFormats[step]!.format(value);
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  return `${Math.round(seconds / 60)} min`;
}

/** Phases arrive as the host names them ("customers"); shown as the start of a sentence. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
