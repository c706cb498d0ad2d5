import type { CsvCell } from '../../../lib/csv';

export type ChartKind = 'line' | 'bar' | 'hbar' | 'doughnut';
export type ValueUnit = 'cents' | 'count';
export type ColumnKind = 'text' | 'count' | 'cents';

export interface ChartSeries {
  label: string;
  values: number[];
}

/** The same figures as rows, for "Show as table" and the CSV download. */
export interface DataTable {
  columns: { label: string; kind: ColumnKind }[];
  rows: CsvCell[][];
}

/** What a click on a chart's element does; each row of its table offers the same as a button. */
export interface ChartPick {
  /** Words for the row's button, e.g. "Filter by store Harbour Street". */
  describe: (index: number) => string;
  run: (index: number) => void;
  /** Whether the element at an index can be picked (a row of products without a category cannot filter); all when absent. */
  allows?: (index: number) => boolean;
}

/** One chart of the dashboard, ready to draw: labels, series in one unit, and its table. */
export interface ChartSpec {
  /** File names of its downloads. */
  id: string;
  title: string;
  kind: ChartKind;
  unit: ValueUnit;
  labels: string[];
  series: ChartSeries[];
  table: DataTable;
  pick?: ChartPick;
  /** A word under the title, e.g. that only the largest are drawn. */
  note?: string;
  /** What to try when there is nothing to draw. */
  emptyText: string;
}

/**
 * Whether a chart has nothing to draw: no rows, or every value zero. Hours, weekdays and payment
 * methods come back filled with zeros, and an axis of $0s or an empty ring says nothing the
 * chart's empty text does not say better.
 */
export function nothingToDraw(spec: ChartSpec): boolean {
  return spec.table.rows.length === 0 || spec.series.every((series) => series.values.every((value) => value === 0));
}
