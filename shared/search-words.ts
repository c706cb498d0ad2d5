/**
 * The words of a search: letters and digits, lower case, at most eight. Searches match these
 * only, so text without any (symbols, emoji) has nothing to look for.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

/** Whether a search has anything to look for: text of symbols or emoji alone matches nothing, not everything. */
export function hasSearchWords(text: string): boolean {
  return searchWords(text).length > 0;
}
