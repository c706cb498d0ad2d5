import type { AnalyticsGrain, Dashboard } from '../../../../shared/contract/analytics';
import { bucketStart, nextBucket } from './days';

export type SeriesRow = Dashboard['series'][number];

/** More empty buckets than this would only flatten the line ("all time" by day): the edges then follow the trade. */
const MOST_FILLED_BUCKETS = 400;

function quiet(bucket: string, counted: boolean): SeriesRow {
  return {
    bucket,
    orders: counted ? 0 : null,
    units: 0,
    salesCents: 0,
    discountCents: 0,
    returnsCents: 0,
    netRevenueCents: 0,
    costCents: 0,
    grossMarginCents: 0,
    returnCount: counted ? 0 : null,
    refundCents: counted ? 0 : null,
  };
}

function bucketsBetween(first: string, last: string, grain: AnalyticsGrain): string[] | null {
  const buckets: string[] = [];
  for (let bucket = first; bucket <= last; bucket = nextBucket(bucket, grain)) {
    if (buckets.length >= MOST_FILLED_BUCKETS) return null;
    buckets.push(bucket);
  }
  return buckets;
}

/**
 * The series with a zero row for each bucket without trade (the answer names only buckets that
 * had some), so a quiet day shows as a dip rather than vanishing from the axis. A range with no
 * chosen start ("all time") begins at its first trade.
 */
export function filledSeries(
  series: SeriesRow[],
  fromDay: string,
  toDay: string,
  grain: AnalyticsGrain,
  fromFirstTrade: boolean,
): SeriesRow[] {
  if (series.length === 0) return series;
  const buckets =
    bucketsBetween(fromFirstTrade ? series[0]!.bucket : bucketStart(fromDay, grain), toDay, grain) ??
    bucketsBetween(series[0]!.bucket, series[series.length - 1]!.bucket, grain) ??
    series.map((row) => row.bucket);
  const byBucket = new Map(series.map((row) => [row.bucket, row]));
  // Orders are counted only for whole-store questions; a quiet bucket says the same.
  const counted = series[0]!.orders !== null;
  return buckets.map((bucket) => byBucket.get(bucket) ?? quiet(bucket, counted));
}
