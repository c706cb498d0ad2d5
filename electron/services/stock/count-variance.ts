/** One counted line against what the ledger expected, with the unit cost it is valued at. */
export interface CountedLine {
  expected: number;
  counted: number;
  costCents: number;
}

/**
 * What a count changes, valued at cost: every line's difference counts, whichever way it goes,
 * so a count that removes $300 here and adds $300 there still moves $600 of stock. Products at
 * no cost weigh nothing; the threshold is about value, not units.
 */
export function countVarianceCents(lines: readonly CountedLine[]): number {
  return lines.reduce((sum, line) => sum + Math.abs(line.counted - line.expected) * line.costCents, 0);
}
