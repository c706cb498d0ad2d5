import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/contract/jobs';
import { describeProgress, formatByteRate } from '../../../renderer/screens/jobs/job-labels';

const progress = (fields: Partial<JobProgress>): JobProgress => ({
  phase: 'extract',
  done: 30,
  total: 100,
  unit: 'rows',
  ratePerSecond: 0,
  rateUnit: 'rows',
  etaSeconds: null,
  ...fields,
});

describe('job progress in words', () => {
  it('rates a phase that copies bytes in bytes per second, not rows', () => {
    expect(
      describeProgress(progress({ unit: 'bytes', ratePerSecond: 44_922_019, rateUnit: 'bytes', done: 30, total: 100 })),
    ).toBe('Extract — 30% · 44.9 MB/s');
  });

  it('rates a streamed file that reports its rows in rows per second', () => {
    expect(
      describeProgress(progress({ phase: 'reading', unit: 'bytes', ratePerSecond: 8_500, rateUnit: 'rows', done: 42 })),
    ).toBe('Reading — 42% · 8,500 rows/s');
  });

  it('picks the unit that keeps the figure short', () => {
    expect(formatByteRate(950)).toBe('950 byte/s');
    expect(formatByteRate(12_345)).toBe('12.3 kB/s');
    expect(formatByteRate(2_500_000_000)).toBe('2.5 GB/s');
  });
});
