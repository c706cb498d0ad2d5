/**
 * The periods the coarser rollups are kept at, for a store-local day `day` (SQL text of a
 * 'YYYY-MM-DD' value): the day itself, its block of the month (days 1–8, 9–16, 17–24, 25 to the
 * end, named 'YYYY-MM-DD/8' by their first day) and its month ('YYYY-MM'). Any range of days is
 * a few whole months, at most three blocks and seven days at each end
 * (electron/services/analytics/periods.ts), so a question reads at most about forty periods.
 */
export const PERIODS_OF = (day: string) => [
  day,
  `(substr(${day}, 1, 8) || CASE WHEN substr(${day}, 9, 2) < '09' THEN '01' WHEN substr(${day}, 9, 2) < '17' THEN '09'
     WHEN substr(${day}, 9, 2) < '25' THEN '17' ELSE '25' END || '/8')`,
  `substr(${day}, 1, 7)`,
];

/** The block of a day period `day` (the second of PERIODS_OF). */
export const blockOf = (day: string) => PERIODS_OF(day)[1]!;

/** A period's length tells its kind: 10 a day, 12 a block, 7 a month. */
export const PERIOD_CHECK = (table: string) =>
  `CONSTRAINT "CHK_${table}_period" CHECK (length("period") IN (7, 10, 12))`;

/**
 * Customers' spend is also kept by quarter ('YYYY-Qn') and year ('YYYY'): their sales are few
 * and spread thin, so top customers rank over the fewest whole periods covering a range
 * (electron/services/analytics/periods.ts) rather than over its exact periods.
 */
export const CUSTOMER_PERIODS_OF = (day: string) => [
  ...PERIODS_OF(day),
  `(substr(${day}, 1, 5) || 'Q' || ((CAST(substr(${day}, 6, 2) AS INTEGER) + 2) / 3))`,
  `substr(${day}, 1, 4)`,
];

export const CUSTOMER_PERIOD_CHECK = (table: string) =>
  `CONSTRAINT "CHK_${table}_period" CHECK (length("period") IN (4, 7, 10, 12))`;
