import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { addDays } from '../../../shared/local-day';
import { prepared } from '../../../database/prepared';

/** How a series is cut: each bucket is named by its first day ('YYYY-MM-DD'; weeks start on Monday). */
export const GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Grain = (typeof GRAINS)[number];

/** Store-local days, both included, and the stores asked about (every store when absent). */
export interface StoreFilter {
  fromDay: string;
  toDay: string;
  storeIds?: readonly number[] | undefined;
}

/** A store filter narrowed to the products of a category (its whole subtree) and/or a brand. */
export interface TradeFilter extends StoreFilter {
  categoryId?: number | undefined;
  brandId?: number | undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filter's stores (every store when it names none), checked; VALIDATION for a backwards or malformed range. */
export function storesOf(sql: Database.Database, filter: StoreFilter): number[] {
  for (const day of [filter.fromDay, filter.toDay]) {
    if (!DATE.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
      throw new AppError('VALIDATION', `Not a calendar date: ${day}.`, { day });
    }
  }
  if (filter.fromDay > filter.toDay) {
    throw new AppError('VALIDATION', 'The range ends before it starts.', {
      fromDay: filter.fromDay,
      toDay: filter.toDay,
    });
  }
  const all = prepared(sql, 'SELECT "id" FROM "stores" ORDER BY "id"').pluck().all() as number[];
  if (filter.storeIds === undefined) return all;
  const known = new Set(all);
  const unknown = filter.storeIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new AppError('NOT_FOUND', 'That store does not exist.', { storeIds: unknown });
  return [...new Set(filter.storeIds)].sort((a, b) => a - b);
}

/** True when the filter covers every store: the product and customer ranks keep every store together. */
export const coversEveryStore = (sql: Database.Database, filter: StoreFilter) =>
  storesOf(sql, filter).length === (prepared(sql, 'SELECT COUNT(*) FROM "stores"').pluck().get() as number);

/** True when the filter narrows to some products, so only product-level rows can answer it. */
export const narrowsProducts = (filter: TradeFilter) => filter.categoryId !== undefined || filter.brandId !== undefined;

/** The ids of category @categoryId and every category below it, as a parenthesised SELECT. */
export const CATEGORY_SUBTREE = `(
  WITH RECURSIVE "subtree"("id") AS (
    SELECT @categoryId UNION SELECT c."id" FROM "categories" c JOIN "subtree" s ON c."parent_id" = s."id")
  SELECT "id" FROM "subtree")`;

/**
 * The condition on products `p` the filter asks for ('1' when none): a category with every
 * category below it, and a brand. Binds @categoryId and @brandId.
 */
export function productCondition(filter: TradeFilter): string {
  const parts: string[] = [];
  if (filter.categoryId !== undefined) parts.push(`p."category_id" IN ${CATEGORY_SUBTREE}`);
  if (filter.brandId !== undefined) parts.push('p."brand_id" = @brandId');
  return parts.length === 0 ? '1' : parts.join(' AND ');
}

/** The bucket of day `day` (SQL text of a 'YYYY-MM-DD' value) at `grain`, named by its first day. */
export function bucketOf(day: string, grain: Grain): string {
  switch (grain) {
    case 'day':
      return day;
    case 'week':
      return `date(${day}, '-' || ((CAST(strftime('%w', ${day}) AS INTEGER) + 6) % 7) || ' days')`;
    case 'month':
      return `(substr(${day}, 1, 7) || '-01')`;
    case 'quarter':
      return `(substr(${day}, 1, 5) || printf('%02d', (CAST(substr(${day}, 6, 2) AS INTEGER) - 1) / 3 * 3 + 1) || '-01')`;
    case 'year':
      return `(substr(${day}, 1, 4) || '-01-01')`;
  }
}

/**
 * A range of days split into the whole months inside it and the days at either end, so sums over
 * it read one row per product and month instead of one per product and day wherever they can.
 * Months are 'YYYY-MM'; an empty part has its first after its last.
 */
export interface MonthSplit {
  firstMonth: string;
  lastMonth: string;
  headFrom: string;
  headTo: string;
  tailFrom: string;
  tailTo: string;
}

export function splitByMonths(fromDay: string, toDay: string): MonthSplit {
  const firstFull = fromDay.endsWith('-01') ? fromDay : `${addDays(`${fromDay.slice(0, 7)}-01`, 32).slice(0, 7)}-01`;
  const afterTo = addDays(toDay, 1);
  const lastFullEnd = afterTo.endsWith('-01') ? afterTo : `${toDay.slice(0, 7)}-01`;
  if (firstFull >= lastFullEnd) {
    return {
      firstMonth: '9999-12',
      lastMonth: '0000-01',
      headFrom: fromDay,
      headTo: toDay,
      tailFrom: '9999-12-31',
      tailTo: '0000-01-01',
    };
  }
  return {
    firstMonth: firstFull.slice(0, 7),
    lastMonth: addDays(lastFullEnd, -1).slice(0, 7),
    headFrom: fromDay,
    headTo: addDays(firstFull, -1),
    tailFrom: lastFullEnd,
    tailTo: toDay,
  };
}
