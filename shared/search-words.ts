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
