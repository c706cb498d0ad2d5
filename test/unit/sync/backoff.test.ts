import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, retryDelayMs } from '../../../electron/sync/backoff';

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
