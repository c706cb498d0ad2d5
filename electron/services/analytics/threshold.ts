import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

/**
 * One ranked rollup table read best first: `table` has a row per ("period", key) and `value`
 * indexed on ("period", value) by `index`. Keys rank by the sum of `exact` (`value` when absent)
 * over the exact periods of the range; `value` summed over the lists read must bound it from
 * above (the same column over the same periods, or sales that cover the range while `exact`
 * nets returns out of it). `join` (optional) narrows the keys (`r` is the row), binding `params`.
 */
export interface RankedTable {
  table: string;
  key: string;
  value: string;
  exact?: string;
  index: string;
  join?: string;
  params?: Record<string, unknown>;
}

/**
 * The best `limit` keys by the sum of `exact` over `periods`, ties by the smaller key, ranked by
 * `rank` of the exact sum (rounding to cents, or none), exactly as summing every key would rank
 * them. The threshold algorithm: each of `lists` (the same periods unless told) is read best
 * first, a page at a time; keys seen are summed exactly over `periods`; a key not yet seen can
 * sum to no more than the values last read in each list (or 0 where it has no row), so once the
 * last of the best `limit` ranks above that bound, no other key can enter. Reads a few pages per
 * list where a handful of keys lead, instead of every key's rows.
 *
 * When `lists` hold only keys with sales, keys with returns alone (a sum at most 0) are never
 * read: null then when the answer could include them (fewer keys than `limit`, or a last one at
 * or below 0), for the caller to sum every key.
 */
export function topByThreshold(
  sql: Database.Database,
  ranked: RankedTable,
  periods: readonly string[],
  limit: number,
  rank: (exact: number) => number,
  {
    lists: listed = periods,
    firstPage = Math.max(16, limit * 2),
  }: { lists?: readonly string[]; firstPage?: number } = {},
): { key: number; exact: number }[] | null {
  if (limit <= 0 || periods.length === 0) return [];
  const { table, key, value, exact: summed = value, index, join = '', params = {} } = ranked;
  const page = (after: boolean) =>
    prepared(
      sql,
      `SELECT r."${key}" AS "key", r."${value}" AS "value" FROM "${table}" r INDEXED BY "${index}" ${join}
       WHERE r."period" = @period ${after ? `AND (r."${value}", r."${key}") < (@value, @key)` : ''}
       ORDER BY r."${value}" DESC, r."${key}" DESC LIMIT @size`,
    );
  const first = page(false);
  const next = page(true);
  const sums = prepared(
    sql,
    `SELECT r."${key}" AS "key", SUM(r."${summed}") AS "exact"
     FROM json_each(@keys) k CROSS JOIN json_each(@periods) j CROSS JOIN "${table}" r ON r."${key}" = k."value" AND r."period" = j."value"
     GROUP BY 1`,
  );
  const json = JSON.stringify(periods);
  return bestFirst(
    listed.map(
      (period): BestFirstList =>
        (after, size) =>
          (after === null ? first : next).all({ ...params, period, ...after, size }) as RankedRow[],
    ),
    (keys) => sums.all({ periods: json, keys: JSON.stringify(keys) }) as { key: number; exact: number }[],
    limit,
    rank,
    { complete: listed === periods, firstPage },
  );
}

/** A row of a list read best first: its key and its value there. */
export interface RankedRow {
  key: number;
  value: number;
}

/**
 * One list read best first, by value then key, both descending: `size` rows from the top when
 * `after` is null, else those after it.
 */
export type BestFirstList = (after: RankedRow | null, size: number) => RankedRow[];

/**
 * The threshold algorithm over any lists (topByThreshold's periods, or each store's months): the
 * best `limit` keys by their exact sums (`sumsOf`, over the range however its rows
 * lie), ranked by `rank` of the sum, ties by the smaller key. Each list is read a page at a time,
 * pages doubling; a key not yet seen sums to no more than the values last read in the open lists
 * (0 where it has no row), so once the last of the best ranks above that bound no other key can
 * enter. `complete` says every key with trade in the range is in some list, so a key in none of
 * them has none; when the lists hold only keys with sales, null when the answer could include
 * keys they never hold (fewer than `limit`, or a last one at or below 0). `boundsOf` (optional)
 * bounds keys' sums from above more cheaply: a key whose bound ranks below the last of the best
 * is left out unsummed.
 */
export function bestFirst(
  lists: readonly BestFirstList[],
  sumsOf: (keys: number[]) => { key: number; exact: number }[],
  limit: number,
  rank: (exact: number) => number,
  {
    complete,
    firstPage,
    boundsOf,
  }: {
    complete: boolean;
    firstPage: number;
    boundsOf?: (keys: number[]) => { key: number; bound: number }[];
  },
): { key: number; exact: number }[] | null {
  if (limit <= 0 || lists.length === 0) return [];
  const open = lists.map((read) => ({ read, last: null as RankedRow | null, done: false }));
  const exact = new Map<number, number>();
  // Keys whose bound ranks below the last of the best: never summed, and never among the best.
  const passed = new Set<number>();
  const order = (a: { key: number; exact: number }, b: { key: number; exact: number }) =>
    rank(b.exact) - rank(a.exact) || a.key - b.key;
  const lastOfBest = () => {
    const best = [...exact.values()].sort((a, b) => rank(b) - rank(a));
    return best.length >= limit ? rank(best[limit - 1]!) : null;
  };
  const sum = (keys: number[]) => {
    if (keys.length > 0) for (const row of sumsOf(keys)) exact.set(row.key, row.exact);
  };
  let size = firstPage;
  for (;;) {
    const fresh = new Set<number>();
    for (const list of open) {
      if (list.done) continue;
      const rows = list.read(list.last, size);
      if (rows.length < size) list.done = true;
      list.last = rows.at(-1) ?? list.last;
      for (const row of rows) if (!exact.has(row.key) && !passed.has(row.key)) fresh.add(row.key);
    }
    if (boundsOf === undefined || fresh.size === 0) sum([...fresh]);
    else {
      // Cheaper bounds first: the highest are summed until the best are full, the rest only if they could enter.
      const bounded = boundsOf([...fresh]).sort((a, b) => b.bound - a.bound || a.key - b.key);
      const known = new Set(bounded.map((row) => row.key));
      const unbounded = [...fresh].filter((key) => !known.has(key));
      sum(unbounded);
      const head = Math.max(0, limit - exact.size);
      sum(bounded.slice(0, head).map((row) => row.key));
      const last = lastOfBest();
      const rest = bounded.slice(head);
      for (const row of rest) if (last !== null && rank(row.bound) < last) passed.add(row.key);
      sum(rest.filter((row) => !passed.has(row.key)).map((row) => row.key));
    }
    const best = [...exact].map(([k, sum]) => ({ key: k, exact: sum })).sort(order);
    const reading = open.filter((list) => !list.done);
    if (reading.length === 0) {
      if (complete || (best.length >= limit && rank(best[limit - 1]!.exact) > 0)) return best.slice(0, limit);
      return null;
    }
    if (best.length >= limit) {
      const bound = reading.reduce((sum, list) => sum + Math.max(list.last?.value ?? 0, 0), 0);
      if (rank(bound) < rank(best[limit - 1]!.exact)) return best.slice(0, limit);
    }
    size *= 2;
  }
}
