import { isStandingSale } from '../../sales/sale-sql';
import { answerTable, type Column } from './answer-table';
import { COUNTED_INTERACTIONS_IN_WINDOW, inWindow, purchasesInWindow, rowsOf, type Question } from './question';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * Every time zone's offset is a whole number of quarter hours, so a UTC quarter hour lies within
 * one local hour of any store: SQL counts by store and quarter hour, and each quarter is then read
 * on its store's own clock (SQLite knows no time zones), daylight saving included.
 */
const QUARTER = (column: string) =>
  `strftime('%Y-%m-%dT%H:', ${column}) || printf('%02d', CAST(strftime('%M', ${column}) AS INTEGER) / 15 * 15)`;

const clocks = new Map<string, Intl.DateTimeFormat>();

/** Day of the week (0 = Monday) and hour on the wall clocks of `zone` at `instant`. */
function localSlot(zone: string, instant: Date): { day: number; hour: number } {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', hourCycle: 'h23' });
    clocks.set(zone, clock);
  }
  const parts = clock.formatToParts(instant);
  const weekday = parts.find((part) => part.type === 'weekday')?.value as (typeof DAYS)[number];
  return { day: DAYS.indexOf(weekday), hour: Number(parts.find((part) => part.type === 'hour')?.value) };
}

/**
 * Interactions as a customer's profile counts them (interaction-count.ts): each product of each
 * standing sale to a customer is one, at the sale's time, and every other interaction row once.
 * Purchases are the standing sales themselves, a customer's or not.
 */
export const interactionTimes: Question = {
  answer(sql, scope) {
    const counted = rowsOf<{ storeId: number; quarter: string; interactions: number; purchases: number }>(
      sql,
      scope,
      `SELECT "storeId", "quarter", SUM("interactions") AS "interactions", SUM("purchases") AS "purchases" FROM (
        SELECT w."store_id" AS "storeId", ${QUARTER('i."occurred_at"')} AS "quarter", 1 AS "interactions", 0 AS "purchases"
        ${COUNTED_INTERACTIONS_IN_WINDOW}
        UNION ALL
        SELECT "storeId", "quarter", 1, 0 FROM (
          ${purchasesInWindow(`w."store_id" AS "storeId", ${QUARTER('o."placed_at"')} AS "quarter"`)})
        UNION ALL
        SELECT w."store_id", ${QUARTER('o."placed_at"')}, 0, 1
        FROM "orders" o ${inWindow('o')} WHERE ${isStandingSale('o')})
      GROUP BY "storeId", "quarter"`,
    );
    const zones = new Map(scope.windows.map((window) => [window.storeId, window.timeZone]));
    const grid = DAYS.flatMap((day) =>
      Array.from({ length: 24 }, (_, hour) => ({
        slot: `${day} ${String(hour).padStart(2, '0')}:00`,
        day,
        hour,
        interactions: 0,
        purchases: 0,
      })),
    );
    for (const row of counted) {
      const { day, hour } = localSlot(zones.get(row.storeId)!, new Date(`${row.quarter}:00Z`));
      const cell = grid[day * 24 + hour]!;
      cell.interactions += row.interactions;
      cell.purchases += row.purchases;
    }
    const columns: Column[] = [
      ['slot', 'When', 'text'],
      ['day', 'Day', 'text'],
      ['hour', 'Hour', 'count'],
      ['interactions', 'Interactions', 'count'],
      ['purchases', 'Purchases', 'count'],
    ];
    return answerTable(scope, columns, grid, {
      type: 'line',
      labelKey: 'slot',
      valueKeys: ['interactions', 'purchases'],
    });
  },
};
