import type { QuestionAnswer } from '../../../../shared/contract/query-lab';
import type { COLUMN_KINDS } from '../../../../shared/contract/query-lab';
import type { QuestionScope } from './scope';

export type ColumnKind = (typeof COLUMN_KINDS)[number];
export type Column = readonly [key: string, label: string, kind: ColumnKind];
type Row = Record<string, string | number | null>;

/** A question's rows (objects keyed as its columns) as the answer's table, with its chart and caption. */
export function answerTable(
  scope: QuestionScope,
  columns: readonly Column[],
  rows: Row[],
  chart: QuestionAnswer['chart'],
): QuestionAnswer {
  return {
    columns: columns.map(([key, label, kind]) => ({ key, label, kind })),
    rows: rows.map((row) => columns.map(([key]) => row[key] ?? null)),
    truncated: false,
    chart,
    fromDay: scope.fromDay,
    toDay: scope.toDay,
    storeId: scope.storeId,
  };
}

export const bar = (labelKey: string, ...valueKeys: string[]): QuestionAnswer['chart'] => ({
  type: 'bar',
  labelKey,
  valueKeys,
});
