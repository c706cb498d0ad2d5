import type { SeedScale } from '../../../database/seed';

/**
 * How long each part may take, so the suite stays within about ten minutes on the large file
 * (some product questions take seconds there until coarser rollups exist) and about half a minute
 * on the demo file. A part stops sampling once its budget is spent, after at least one call.
 */
export interface Budgets {
  /** Per question: rounds over its filters, warm-up included. */
  rollupMs: number;
  rollupRounds: number;
  /** Per question: raw scans, one call per filter, at most rawFilters of them. */
  rawMs: number;
  rawFilters: number;
  /** Per question: DuckDB rounds after a first call on every filter the rollups answered. */
  duckdbMs: number;
  duckdbRounds: number;
  /** The whole dashboard over every filter, and the drill-down to a day's orders. */
  dashboardMs: number;
  drillDownCalls: number;
}

export const BUDGETS: Record<SeedScale, Budgets> = {
  large: {
    rollupMs: 12_000,
    rollupRounds: 5,
    rawMs: 15_000,
    rawFilters: 3,
    duckdbMs: 3_000,
    duckdbRounds: 3,
    dashboardMs: 60_000,
    drillDownCalls: 200,
  },
  demo: {
    rollupMs: 400,
    rollupRounds: 5,
    rawMs: 300,
    rawFilters: 3,
    duckdbMs: 150,
    duckdbRounds: 3,
    dashboardMs: 1_500,
    drillDownCalls: 100,
  },
};
