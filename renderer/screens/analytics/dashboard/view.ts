import { ANALYTICS_GRAINS, type AnalyticsGrain } from '../../../../shared/contract/analytics';
import { localDate, systemTimeZone } from '../../../../shared/local-day';
import { daysBetween, isDay } from './days';
import { isRangePreset, presetRange, type DayRange, type RangePreset } from './presets';

/**
 * What the dashboard shows, as it lives in the address's search params, so a view can be
 * bookmarked or shared and Back returns to the view before: `range` (a preset) or `from`/`to`,
 * `store` (repeated), `category`, `brand` and `grain` (only when the manager chose one).
 */
export interface DashboardView {
  /** The preset the range follows; null for a range of chosen days. */
  preset: RangePreset | null;
  /**
   * The From and To days as chosen, each staying in its own field: a To chosen before the From
   * (the To field first, or a date typed digit by digit passing through earlier days) gives a
   * range backwards, which means the days between its ends (rangeOf) until the From follows.
   */
  fromDay: string;
  toDay: string;
  storeIds: number[];
  categoryId: number | null;
  brandId: number | null;
  grain: AnalyticsGrain;
  /** The manager chose the grain; otherwise it follows the range's length (grainFor), whichever days are chosen. */
  grainChosen: boolean;
}

/** What a part of the screen that reads and changes the view is given. */
export interface ViewEditorProps {
  view: DashboardView;
  onChange: (patch: Partial<DashboardView>) => void;
}

export const DEFAULT_PRESET: RangePreset = 'last-30-days';

/** A grain that gives a readable number of buckets for a range of this many days. */
export function grainFor(days: number): AnalyticsGrain {
  if (days <= 62) return 'day';
  if (days <= 190) return 'week';
  if (days <= 3 * 366) return 'month';
  return 'year';
}

function isGrain(value: string | null): value is AnalyticsGrain {
  return ANALYTICS_GRAINS.some((grain) => grain === value);
}

function ids(values: string[]): number[] {
  return [...new Set(values.map(Number).filter((value) => Number.isSafeInteger(value) && value > 0))];
}

function oneId(value: string | null): number | null {
  return ids(value === null ? [] : [value])[0] ?? null;
}

/**
 * Today on the clocks of the stores in view (every store when none is chosen), as the rollups
 * count their days. Where their zones are on different dates, the latest: a preset then holds
 * every store's today, and no sale made today is left out. A chain without stores yet has only
 * the computer's clock.
 */
export function storesToday(zoneOf: ReadonlyMap<number, string>, storeIds: readonly number[], now: Date): string {
  const chosen = storeIds.flatMap((id) => zoneOf.get(id) ?? []);
  const zones = chosen.length > 0 ? chosen : zoneOf.size > 0 ? [...zoneOf.values()] : [systemTimeZone()];
  return zones.map((zone) => localDate(zone, now)).reduce((latest, day) => (day > latest ? day : latest));
}

/** The stores a view's address names, each once. */
export function storeIdsOf(params: URLSearchParams): number[] {
  return ids(params.getAll('store'));
}

export function readView(params: URLSearchParams, today: string): DashboardView {
  const from = params.get('from');
  const to = params.get('to');
  const range = params.get('range');
  const chosen = isDay(from) && isDay(to);
  const preset = chosen ? null : isRangePreset(range) ? range : DEFAULT_PRESET;
  const days = preset === null ? { fromDay: from!, toDay: to! } : presetRange(preset, today);
  const covered = rangeOf(days);
  const grain = params.get('grain');
  return {
    preset,
    ...days,
    storeIds: storeIdsOf(params),
    categoryId: oneId(params.get('category')),
    brandId: oneId(params.get('brand')),
    grain: isGrain(grain) ? grain : grainFor(daysBetween(covered.fromDay, covered.toDay)),
    grainChosen: isGrain(grain),
  };
}

/** The days the view covers, first to last: a range chosen backwards means the days between its ends. */
export function rangeOf({ fromDay, toDay }: DayRange): DayRange {
  return fromDay <= toDay ? { fromDay, toDay } : { fromDay: toDay, toDay: fromDay };
}

export function writeView(view: DashboardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.preset !== null) params.set('range', view.preset);
  else {
    params.set('from', view.fromDay);
    params.set('to', view.toDay);
  }
  for (const id of view.storeIds) params.append('store', String(id));
  if (view.categoryId !== null) params.set('category', String(view.categoryId));
  if (view.brandId !== null) params.set('brand', String(view.brandId));
  if (view.grainChosen) params.set('grain', view.grain);
  return params;
}

/** Following a preset again, at the grain that suits its length. */
export function presetPatch(preset: RangePreset): Partial<DashboardView> {
  return { preset, grainChosen: false };
}
