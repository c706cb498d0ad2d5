import { localDayStart } from '../../../shared/local-day';
import { cumulativeWeights, type SeededRandom } from '../random';
import { DAY_MS, type SeedTimeline } from '../seed-time';

export interface PlacedOrder {
  placedMs: number;
  storeIndex: number;
}

/** Trade by hour of day from 08:00 to 20:59, store time: a lunch peak and a bigger after-work peak. */
const HOUR_WEIGHTS = [0.5, 0.7, 0.9, 1.1, 1.4, 1.2, 0.9, 0.9, 1.1, 1.5, 1.6, 1.2, 0.7];
const OPENING_HOUR = 8;
/** Sunday first, as Date.getUTCDay counts. */
const WEEKDAY_WEIGHTS = [1.1, 0.85, 0.85, 0.9, 0.95, 1.15, 1.3];
const MONTH_WEIGHTS = [0.9, 0.92, 1, 1, 1, 1, 1.05, 1.05, 1, 1, 1.05, 1.15];
/** The business grows: the last day trades this much more than the first. */
const GROWTH = 0.3;

/**
 * Every order's time and store: `total` orders spread over the history by weekday, season,
 * growth and holidays (closed on Thanksgiving, Christmas and New Year's Day), at opening hours
 * on each store's own wall clock. Orders come day by day and, within a store, in time order;
 * across stores in different zones a later order may come first. Western stores' last evening
 * runs a few hours past the end of the history (00:00 UTC), as it does in their own day.
 */
export function* orderCalendar(
  random: SeededRandom,
  total: number,
  storeWeights: readonly number[],
  storeZones: readonly string[],
  time: SeedTimeline,
): Generator<PlacedOrder> {
  const days = Math.round((time.endMs - time.historyStartMs) / DAY_MS);
  const dayWeights = Array.from({ length: days }, (_, day) =>
    dayWeight(time.historyStartMs + day * DAY_MS, day / days),
  );
  const cumulativeDays = cumulativeWeights(dayWeights);
  const totalWeight = cumulativeDays[days - 1]!;
  const hours = cumulativeWeights(HOUR_WEIGHTS);
  const stores = cumulativeWeights(storeWeights);

  let placedSoFar = 0;
  for (let day = 0; day < days; day++) {
    // Cumulative rounding hands out exactly `total` orders, however the weights fall.
    const placedByTonight = Math.round((cumulativeDays[day]! / totalWeight) * total);
    const today = placedByTonight - placedSoFar;
    placedSoFar = placedByTonight;
    const date = new Date(time.historyStartMs + day * DAY_MS).toISOString().slice(0, 10);
    // Each store's local midnight of the day, found once per store and day (Intl is slow).
    const midnights = storeZones.map((zone) => localDayStart(zone, date).getTime());
    const sinceMidnight = new Float64Array(today);
    for (let i = 0; i < today; i++) {
      const hour = OPENING_HOUR + random.weightedIndex(hours);
      sinceMidnight[i] = hour * 3_600_000 + Math.floor(random.next() * 3_600_000);
    }
    sinceMidnight.sort();
    for (const offsetMs of sinceMidnight) {
      const storeIndex = random.weightedIndex(stores);
      yield { placedMs: midnights[storeIndex]! + offsetMs, storeIndex };
    }
  }
}

function dayWeight(dayStart: number, progress: number): number {
  const date = new Date(dayStart);
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  if (isClosed(date)) return 0;
  const busyEve = (month === 11 && dayOfMonth >= 20 && dayOfMonth <= 24) || isThanksgiving(dayStart + DAY_MS);
  return WEEKDAY_WEIGHTS[date.getUTCDay()]! * MONTH_WEIGHTS[month]! * (1 + GROWTH * progress) * (busyEve ? 1.5 : 1);
}

function isClosed(date: Date): boolean {
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  return (month === 11 && day === 25) || (month === 0 && day === 1) || isThanksgiving(date.getTime());
}

/** The fourth Thursday of November. */
function isThanksgiving(dayStart: number): boolean {
  const date = new Date(dayStart);
  return date.getUTCMonth() === 10 && date.getUTCDay() === 4 && Math.ceil(date.getUTCDate() / 7) === 4;
}
