import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

/**
 * One ranked rollup table read best first: `table` has a row per ("period", key) and `value`
 * indexed on ("period", value) by `index`. Keys rank by the sum of `value` over the periods of
 * the range. `join` (optional) narrows the keys (`r` is the row), binding `params`.
 */
export interface RankedTable {
  table: string;
  key: string;
  value: string;
  index: string;
  join?: string;
  params?: Record<string, unknown>;
}

/**
 * The best `limit` keys by the sum of `exact` over `periods`, ties by the smaller key, ranked by
 * `rank` of the exact sum (rounding to cents, or none), exactly as summing every key would rank
 * them. The threshold algorithm: each period is read best first, a page at a time; keys seen
 * are summed exactly over `periods`; a key not yet seen can sum to no more than the values last
 * read in each period (or 0 where it has no row), so once the last of the best `limit` ranks
 * above that bound, no other key can enter. Reads a few pages per period where a handful of keys
 * lead, instead of every key's rows.
 */
export function topByThreshold(
  sql: Database.Database,
  ranked: RankedTable,
  periods: readonly string[],
  limit: number,
  rank: (exact: number) => number,
  { firstPage = Math.max(16, limit * 2) }: { firstPage?: number } = {},
): { key: number; exact: number }[] | null {
  if (limit <= 0 || periods.length === 0) return [];
  const { table, key, value, index, join = '', params = {} } = ranked;
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
    `SELECT r."${key}" AS "key", SUM(r."${value}") AS "exact"
     FROM json_each(@keys) k CROSS JOIN json_each(@periods) j CROSS JOIN "${table}" r ON r."${key}" = k."value" AND r."period" = j."value"
     GROUP BY 1`,
  );
  const json = JSON.stringify(periods);
  return bestFirst(
    periods.map(
      (period): BestFirstList =>
        (after, size) =>
          (after === null ? first : next).all({ ...params, period, ...after, size }) as RankedRow[],
    ),
    (keys) => sums.all({ periods: json, keys: JSON.stringify(keys) }) as { key: number; exact: number }[],
    limit,
    rank,
    { complete: true, firstPage },
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
 * The threshold algorithm over any lists (topByThreshold's periods, or product-lists.ts's): the
 * best `limit` keys by their exact sums (`sumsOf`, over the range however its rows
 * lie), ranked by `rank` of the sum, ties by the smaller key. Each list is read a page at a time,
 * pages doubling; a key not yet seen sums to no more than the values last read in the open lists
 * (0 where it has no row), so once the last of the best ranks above that bound no other key can
 * enter. `complete` says every key with trade in the range is in some list, so a key in none of
 * them has none; when the lists hold only keys with sales, null when the answer could include
 * keys they never hold (fewer than `limit`, or a last one at or below 0). A key met is summed
 * only once the best must be known, unless the lists have ruled it out by then (what they hold
 * of it, and the last values of those that have not met it, rank below the last of the best).
 * `boundsOf` (optional) bounds keys' sums from above more cheaply: a key whose bound ranks below
 * the last of the best is left out unsummed.
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
  // Keys met in the lists but neither summed nor left out yet, with what the lists read hold of them.
  const pending = new Map<number, { sum: number; lists: Set<number> }>();
  /**
   * Left out unsummed, from the lists alone: a key holds what was read of it, and in a list that
   * has not met it no more than that list's last value (nothing, once it is read to its end);
   * once that ranks below the last of the best it never enters, as both only move its way.
   */
  const passOutranked = () => {
    const last = lastOfBest();
    if (last === null) return;
    const ceilings = open.map((list) => (list.done ? 0 : Math.max(list.last?.value ?? 0, 0)));
    const unmet = ceilings.reduce((total, ceiling) => total + ceiling, 0);
    for (const [key, met] of pending) {
      let ceiling = met.sum + unmet;
      for (const index of met.lists) ceiling -= ceilings[index]!;
      if (rank(ceiling) < last) {
        passed.add(key);
        pending.delete(key);
      }
    }
  };
  /** Sums the pending keys, or leaves out those whose cheaper bound ranks below the last of the best. */
  const settle = () => {
    const keys = [...pending.keys()];
    pending.clear();
    if (boundsOf === undefined || keys.length === 0) return sum(keys);
    // Cheaper bounds first: the highest are summed until the best are full, the rest only if they could enter.
    const bounded = boundsOf(keys).sort((a, b) => b.bound - a.bound || a.key - b.key);
    const known = new Set(bounded.map((row) => row.key));
    sum(keys.filter((key) => !known.has(key)));
    const head = Math.max(0, limit - exact.size);
    sum(bounded.slice(0, head).map((row) => row.key));
    const last = lastOfBest();
    const rest = bounded.slice(head);
    for (const row of rest) if (last !== null && rank(row.bound) < last) passed.add(row.key);
    sum(rest.filter((row) => !passed.has(row.key)).map((row) => row.key));
  };
  let size = firstPage;
  for (;;) {
    for (const [index, list] of open.entries()) {
      if (list.done) continue;
      const rows = list.read(list.last, size);
      if (rows.length < size) list.done = true;
      list.last = rows.at(-1) ?? list.last;
      for (const row of rows) {
        if (exact.has(row.key) || passed.has(row.key)) continue;
        const met = pending.get(row.key) ?? { sum: 0, lists: new Set<number>() };
        met.sum += row.value;
        met.lists.add(index);
        pending.set(row.key, met);
      }
    }
    passOutranked();
    const reading = open.filter((list) => !list.done);
    // A key met in no list sums to no more than the values last read in the open lists.
    const unmet = reading.reduce((sum, list) => sum + Math.max(list.last?.value ?? 0, 0), 0);
    const last = lastOfBest();
    // Pending keys wait for later pages to rule them out, until the best must be known; the
    // `limit` that the lists hold most of are summed at once, so the last of the best rises.
    if (reading.length > 0 && last !== null && rank(unmet) >= last) {
      const leading = [...pending].sort(([, a], [, b]) => b.sum - a.sum).slice(0, limit);
      for (const [key] of leading) pending.delete(key);
      sum(leading.map(([key]) => key));
      size *= 2;
      continue;
    }
    settle();
    const best = [...exact].map(([k, sum]) => ({ key: k, exact: sum })).sort(order);
    if (reading.length === 0) {
      if (complete || (best.length >= limit && rank(best[limit - 1]!.exact) > 0)) return best.slice(0, limit);
      return null;
    }
    if (best.length >= limit && rank(unmet) < rank(best[limit - 1]!.exact)) return best.slice(0, limit);
    size *= 2;
  }
}
