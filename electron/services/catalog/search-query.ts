import { searchWords } from '../../../shared/search-words';

/** Fewer letters than a trigram cannot be looked up inside words; such words stay prefixes. */
const TRIGRAM = 3;

/** A typo is guessed only for words this long: shorter ones share too few trigrams to tell apart. */
const TYPO_MIN_LENGTH = 4;

/** Enough trigrams to tell a typo's intended word; more would only cost time. */
const MAX_TYPO_TRIGRAMS = 24;

/**
 * What a person typed, as the FTS5 queries of each kind of match. Words are reduced to letters
 * and digits and quoted, so no FTS syntax (or anything SQL-looking) typed by a user can change a
 * query's meaning.
 */
export interface SearchText {
  /** The whole text, trimmed: an exact SKU or barcode ranks first. */
  code: string;
  /** For product_search: every word is the start of a word in some column. */
  prefix: string;
  /** For product_trigram: every word of three letters or more appears anywhere, even inside a word. */
  inside: string | null;
  /** The shorter words, which the inside search leaves to product_search as prefixes. */
  shortPrefix: string | null;
  /** The distinct trigrams of the longer words, to rank near misses when a word has a typo. */
  typoTrigrams: string[];
}

/** Null when nothing searchable is left. */
export function toSearchText(text: string): SearchText | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const long = words.filter((word) => [...word].length >= TRIGRAM);
  const short = words.filter((word) => [...word].length < TRIGRAM);
  return {
    code: text.trim(),
    prefix: prefixesOf(words),
    inside: long.length === 0 ? null : long.map((word) => `"${word}"`).join(' '),
    shortPrefix: short.length === 0 ? null : prefixesOf(short),
    typoTrigrams: trigramsOf(words.filter((word) => [...word].length >= TYPO_MIN_LENGTH)),
  };
}

/** Every word must match as a prefix of some indexed column. Null when nothing is left. */
export function toPrefixQuery(text: string): string | null {
  const words = searchWords(text);
  return words.length === 0 ? null : prefixesOf(words);
}

function prefixesOf(words: readonly string[]): string {
  return words.map((word) => `"${word}"*`).join(' ');
}

function trigramsOf(words: readonly string[]): string[] {
  const trigrams = new Set<string>();
  for (const word of words) {
    const letters = [...word];
    for (let at = 0; at + TRIGRAM <= letters.length; at++) trigrams.add(letters.slice(at, at + TRIGRAM).join(''));
  }
  return [...trigrams].slice(0, MAX_TYPO_TRIGRAMS);
}
