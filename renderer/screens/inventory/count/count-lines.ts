import type { CountSheetRow } from '../../../api/hooks/useStock';

/** A line of a count in progress: what the sheet said, and what was counted (empty until counted). */
export interface CountLine extends CountSheetRow {
  counted: number | '';
}

/** Adds sheet rows not yet on the count, keeping lines already there (and what was counted on them). */
export function mergeLines(current: CountLine[], rows: CountSheetRow[]): CountLine[] {
  const present = new Set(current.map((line) => line.productId));
  return [
    ...current,
    ...rows.filter((row) => !present.has(row.productId)).map((row) => ({ ...row, counted: '' as const })),
  ];
}

export function countedLines(lines: CountLine[]): (CountLine & { counted: number })[] {
  return lines.filter((line): line is CountLine & { counted: number } => line.counted !== '');
}
