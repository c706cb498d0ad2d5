import { importResult, type ImportResult, type JobKind } from '../../../shared/contract';
import { formatBytes } from '../../../shared/format-bytes';
import { formatCount } from '../../lib/format';

/** How one figure of a result reads: a count with its words for one and for many, or a size. */
type Figure = { one: string; many: string } | 'size';

const count = (one: string, many: string): Figure => ({ one, many });

/**
 * The figures each kind's result holds, by key, in the order they are shown (the result shapes:
 * SeedSummary, SyncRunResult, ReconcileSummary, ExportResult, RebuildSummary, a backup's
 * takeBackup and SentOffsite). Keys that are not figures (names, states, lists) are left out.
 */
const RESULT_FIGURES: Partial<Record<JobKind, Record<string, Figure>>> = {
  'demo.load': {
    stores: count('store', 'stores'),
    staff: count('staff member', 'staff members'),
    products: count('product', 'products'),
    customers: count('customer', 'customers'),
    orders: count('order', 'orders'),
    orderLines: count('order line', 'order lines'),
  },
  sync: {
    batches: count('batch sent', 'batches sent'),
    applied: count('change applied at head office', 'changes applied at head office'),
    skipped: count('change head office already had', 'changes head office already had'),
    messagesPulled: count('message received', 'messages received'),
  },
  'sync.reconcile': { pending: count('change still to send', 'changes still to send') },
  export: { rows: count('row', 'rows'), bytes: 'size' },
  'recommendations.rebuild': {
    baskets: count('sale counted', 'sales counted'),
    lines: count('sale line', 'sale lines'),
    passes: count('pass', 'passes'),
    products: count('product with suggestions', 'products with suggestions'),
    pairs: count('product pair', 'product pairs'),
    caughtUp: count('sale added since the count began', 'sales added since the count began'),
  },
  'backup.create': { bytes: 'size', removed: count('old backup removed', 'old backups removed') },
  'backup.upload': { inBucket: count('backup in the bucket', 'backups in the bucket') },
};

/**
 * A finished job's result in words: an import's counts named as its result screen names them (a
 * dry run saved nothing, so it says what would have been added), any other job's figures named
 * for a person ("3 stores · 99,888 order lines").
 */
export function summarizeResult(kind: JobKind, result: Record<string, unknown> | null): string {
  if (!result) return '';
  const imported = kind === 'import' ? importResult.safeParse(result) : null;
  if (imported?.success) return summarizeImport(imported.data);
  return Object.entries(RESULT_FIGURES[kind] ?? {})
    .flatMap(([key, figure]) => {
      const value = result[key];
      return typeof value === 'number' ? [describeFigure(value, figure)] : [];
    })
    .join(' · ');
}

function describeFigure(value: number, figure: Figure): string {
  if (figure === 'size') return formatBytes(value);
  return `${formatCount(value)} ${value === 1 ? figure.one : figure.many}`;
}

function summarizeImport(result: ImportResult): string {
  const counts: [number, string][] = [
    [result.inserted, result.dryRun ? 'would be added' : 'added'],
    [result.updated, result.dryRun ? 'would be updated' : 'updated'],
    [result.skipped, 'skipped'],
    [result.rejected, 'rejected'],
  ];
  const parts = [`${formatCount(result.rows)} ${result.rows === 1 ? 'row' : 'rows'}`];
  for (const [count, label] of counts) if (count > 0) parts.push(`${formatCount(count)} ${label}`);
  return `${result.dryRun ? 'Dry run, nothing saved: ' : ''}${parts.join(' · ')}`;
}
