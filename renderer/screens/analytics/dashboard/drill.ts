import type { AnalyticsGrain } from '../../../../shared/contract/analytics';
import { bucketEnd } from './days';
import type { ShownBucket } from './picks';
import type { DashboardView } from './view';

/** The grain one step finer than each, for drilling into a bucket: a year into months, a month into days. */
const FINER: Record<Exclude<AnalyticsGrain, 'day'>, AnalyticsGrain> = {
  year: 'month',
  quarter: 'month',
  month: 'day',
  week: 'day',
};

/**
 * The range narrowed to one bucket of the series (within the range it was cut from), at the finer
 * grain, kept as if chosen: a quarter's months would otherwise follow its length, by week.
 */
export function drillInto({ bucket, grain, fromDay, toDay }: ShownBucket): Partial<DashboardView> | null {
  if (grain === 'day') return null;
  const end = bucketEnd(bucket, grain);
  return {
    preset: null,
    fromDay: bucket > fromDay ? bucket : fromDay,
    toDay: end < toDay ? end : toDay,
    grain: FINER[grain],
    grainChosen: true,
  };
}

/**
 * The orders list of one store-local day. The list shows one store at a time: the store filtered
 * on when there is exactly one, else the list's own default (the signed-in person's store).
 */
export function ordersOfDay({ bucket, storeIds }: ShownBucket): string {
  const params = new URLSearchParams({ fromDay: bucket, toDay: bucket });
  if (storeIds.length === 1) params.set('storeId', String(storeIds[0]));
  return `/orders?${params.toString()}`;
}
