export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

/** Records looked at; enough to see a pattern, few enough to stay instant. */
const SAMPLE_RECORDS = 50;

/**
 * Guesses the delimiter from the start of a file: the candidate that splits the header into the
 * most fields and every following record into as many (counted outside quotes, so a quoted address
 * full of commas does not mislead). A semicolon file with decimal commas (`2,5`) still reads as
 * semicolons: the header has no commas, the rows do. A single column reads as `,`.
 *
 * `complete` says the sample is the whole file; otherwise its last, possibly cut, record is ignored.
 */
export function sniffDelimiter(sample: string, complete: boolean): string {
  let best: string = DELIMITER_CANDIDATES[0];
  let bestAgreement = 0;
  let bestFields = 0;
  for (const candidate of DELIMITER_CANDIDATES) {
    const counts = countPerRecord(sample, candidate.charCodeAt(0), complete);
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const agreement = counts.filter((count) => count === header).length / counts.length;
    if (agreement > bestAgreement || (agreement === bestAgreement && header > bestFields)) {
      best = candidate;
      bestAgreement = agreement;
      bestFields = header;
    }
  }
  return best;
}

/** Delimiters outside quotes in each of the first records (empty lines left out). */
function countPerRecord(sample: string, delimiter: number, complete: boolean): number[] {
  const counts: number[] = [];
  let count = 0;
  let inQuotes = false;
  let empty = true;
  for (let i = 0; i < sample.length && counts.length < SAMPLE_RECORDS; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0x22) {
      inQuotes = !inQuotes;
      empty = false;
    } else if (inQuotes) {
      continue;
    } else if (c === delimiter) {
      count++;
      empty = false;
    } else if (c === 0x0a || c === 0x0d) {
      if (!empty) counts.push(count);
      count = 0;
      empty = true;
    } else {
      empty = false;
    }
  }
  if (complete && !empty && counts.length < SAMPLE_RECORDS) counts.push(count);
  return counts;
}
