/** How long to wait before retrying a failed sync: doubling from `baseMs`, never above `maxMs`. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, maxMs: 15 * 60_000 };

/**
 * The wait after `failures` failures in a row (0: none, no wait). Pure, so the schedule is tested
 * on its own; exponential so a head office that is down is not hammered, capped so a store that
 * was offline for a day still syncs within minutes of coming back.
 */
export function retryDelayMs(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  if (!Number.isInteger(failures) || failures < 0) throw new RangeError(`Not a count of failures: ${failures}`);
  if (failures === 0) return 0;
  // 2 ** 31 already exceeds any cap; stop doubling before the number loses meaning.
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(failures - 1, 31));
}
