/**
 * Turns what a person typed into an FTS5 query: every word must match as a prefix of some
 * indexed column. Words are reduced to letters and digits and quoted, so no FTS syntax (or
 * anything SQL-looking) typed by a user can change the query's meaning. Null when nothing is left.
 */
export function toPrefixQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
}
