import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, retryDelayMs } from '../../../electron/sync/backoff';
import { syncDue } from '../../../electron/sync/schedule';

describe('the retry delay after failed syncs', () => {
  it('is nothing before the first failure, then doubles from the base', () => {
    const policy = { baseMs: 1_000, maxMs: 60_000 };
    expect([0, 1, 2, 3, 4, 5, 6].map((failures) => retryDelayMs(failures, policy))).toEqual([
      0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000,
    ]);
  });

  it('stops at the cap however long the failures go on', () => {
    const policy = { baseMs: 1_000, maxMs: 60_000 };
    expect(retryDelayMs(7, policy)).toBe(60_000);
    expect(retryDelayMs(1_000, policy)).toBe(60_000);
    expect(retryDelayMs(10_000, DEFAULT_BACKOFF)).toBe(DEFAULT_BACKOFF.maxMs);
  });

  it('refuses a count that is not a whole number of failures', () => {
    expect(() => retryDelayMs(-1)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
  });
});

describe('when the next automatic sync is due', () => {
  const now = new Date('2026-12-06T12:00:00.000Z');
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

  it('is at once for a file never synced', () => {
    expect(syncDue({ lastAttemptAt: null, failures: 0 }, now, 5 * 60_000)).toBe(true);
  });

  it('waits the interval after a success', () => {
    expect(syncDue({ lastAttemptAt: minutesAgo(4), failures: 0 }, now, 5 * 60_000)).toBe(false);
    expect(syncDue({ lastAttemptAt: minutesAgo(5), failures: 0 }, now, 5 * 60_000)).toBe(true);
  });

  it('waits the back-off after failures, sooner or later than the interval', () => {
    // One failure: 5 s, well under the interval.
    expect(syncDue({ lastAttemptAt: minutesAgo(0.1), failures: 1 }, now, 5 * 60_000)).toBe(true);
    // Eight failures: 5 s × 2^7 = 640 s, longer than the interval.
    expect(syncDue({ lastAttemptAt: minutesAgo(6), failures: 8 }, now, 5 * 60_000)).toBe(false);
    expect(syncDue({ lastAttemptAt: minutesAgo(11), failures: 8 }, now, 5 * 60_000)).toBe(true);
  });
});
