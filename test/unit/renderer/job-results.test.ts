import { describe, expect, it } from 'vitest';
import type { JobKind } from '../../../shared/contract';
import type { ExportResult } from '../../../shared/contract/exports';
import type { ReconcileSummary } from '../../../shared/contract/sync';
import type { SeedSummary } from '../../../database/seed/seed-database';
import type { takeBackup } from '../../../electron/backup/backup-jobs';
import type { SentOffsite } from '../../../electron/backup/offsite/send-offsite';
import type { RebuildSummary } from '../../../electron/services/recommendations/rebuild';
import type { SyncRunResult } from '../../../electron/sync/run-sync';
import { summarizeResult } from '../../../renderer/screens/jobs/job-results';

// Typed by the shapes the jobs return: a figure added to one of them must be added here, and named.
const demo: SeedSummary = {
  stores: 3,
  staff: 12,
  products: 2_000,
  customers: 5_000,
  orders: 30_000,
  orderLines: 99_888,
};
const sync: SyncRunResult = { batches: 2, applied: 9_001, skipped: 1, messagesPulled: 4 };
const reconcile: ReconcileSummary = { pending: 7, matches: true, tables: [], days: [], differences: [] };
const exported: ExportResult = { fileId: 'f1', name: 'orders.csv', format: 'csv', rows: 1_234, bytes: 56_700 };
const rebuild: RebuildSummary = {
  baskets: 30_000,
  lines: 99_888,
  passes: 2,
  products: 1_900,
  pairs: 41_000,
  caughtUp: 1,
};
const backup: Awaited<ReturnType<typeof takeBackup>> = {
  name: 'backroom-2026-12-07.backup',
  bytes: 4_500_000,
  encrypted: false,
  state: 'verified',
  fullyChecked: false,
  error: null,
  removed: 2,
};
const upload: SentOffsite = { uploaded: ['a.backup'], removed: [], inBucket: 5 };

const results: [JobKind, Record<string, unknown>][] = [
  ['demo.load', { ...demo }],
  ['sync', { ...sync }],
  ['sync.reconcile', { ...reconcile }],
  ['export', { ...exported }],
  ['recommendations.rebuild', { ...rebuild }],
  ['backup.create', { ...backup }],
  ['backup.upload', { ...upload }],
];

describe('a finished job’s result in words', () => {
  it('names the demo data’s figures as a person would', () => {
    expect(summarizeResult('demo.load', { ...demo })).toBe(
      '3 stores · 12 staff members · 2,000 products · 5,000 customers · 30,000 orders · 99,888 order lines',
    );
  });

  it('says one of a thing in the singular, and a size as a size', () => {
    expect(summarizeResult('backup.create', { ...backup, removed: 1 })).toBe('4.5 MB · 1 old backup removed');
    expect(summarizeResult('export', { ...exported })).toBe('1,234 rows · 57 kB');
  });

  it.each(results)('shows every figure of a %s result, with no key spelt as the code spells it', (kind, result) => {
    const summary = summarizeResult(kind, result);
    const figures = Object.values(result).filter((value) => typeof value === 'number');
    expect(summary.split(' · ')).toHaveLength(figures.length);
    // No camelCase key ("orderLines") shows through.
    expect(summary).not.toMatch(/[a-z]{2}[A-Z]/);
  });
});
