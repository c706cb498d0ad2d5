import type { CountSheetRow } from '../../../api/hooks/useStock';
import type { CountEntry } from './count-entry';

/**
 * A line of a count in progress: what the sheet said, and what was counted (empty until counted).
 * `typed` holds text in the box that is not a count (a negative number, one too large), kept as
 * typed so the person sees and fixes it; the line is then not counted.
 */
export type CountLine = CountSheetRow & CountEntry;

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
