import type { AnalyticsGrain } from '../../../../shared/contract/analytics';

/** A bucket of the series as the answer on screen cut it (a newer view may be loading meanwhile). */
export interface ShownBucket {
  bucket: string;
  grain: AnalyticsGrain;
  fromDay: string;
  toDay: string;
  /** The stores it was cut for; none is every store. */
  storeIds: readonly number[];
}

/** What clicking a chart's element leads to: a narrower dashboard or another screen. */
export interface Picks {
  store(id: number): void;
  category(id: number): void;
  brand(id: number): void;
  /** A bucket of the time series: a narrower range at a finer grain, or the orders of a day. */
  bucket(shown: ShownBucket): void;
  product(id: number): void;
  customer(id: number): void;
}
