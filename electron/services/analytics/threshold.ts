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
  const complete = listed === periods;
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
  const lists = listed.map((period) => ({ period, value: 0, key: 0, started: false, done: false }));
  const exact = new Map<number, number>();
  const order = (a: { key: number; exact: number }, b: { key: number; exact: number }) =>
    rank(b.exact) - rank(a.exact) || a.key - b.key;
  let size = firstPage;
  for (;;) {
    const fresh = new Set<number>();
    for (const list of lists) {
      if (list.done) continue;
      const rows = (list.started ? next : first).all({
        ...params,
        period: list.period,
        value: list.value,
        key: list.key,
        size,
      }) as {
        key: number;
        value: number;
      }[];
      list.started = true;
      if (rows.length < size) list.done = true;
      const last = rows.at(-1);
      if (last) Object.assign(list, { value: last.value, key: last.key });
      for (const row of rows) if (!exact.has(row.key)) fresh.add(row.key);
    }
    if (fresh.size > 0) {
      const rows = sums.all({ periods: JSON.stringify(periods), keys: JSON.stringify([...fresh]) }) as {
        key: number;
        exact: number;
      }[];
      for (const row of rows) exact.set(row.key, row.exact);
    }
    const best = [...exact].map(([k, sum]) => ({ key: k, exact: sum })).sort(order);
    const open = lists.filter((list) => !list.done);
    if (open.length === 0) {
      if (complete || (best.length >= limit && rank(best[limit - 1]!.exact) > 0)) return best.slice(0, limit);
      return null;
    }
    if (best.length >= limit) {
      const bound = open.reduce((sum, list) => sum + Math.max(list.value, 0), 0);
      if (rank(bound) < rank(best[limit - 1]!.exact)) return best.slice(0, limit);
    }
    size *= 2;
  }
}
