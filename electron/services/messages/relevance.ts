/** One searched word; the last word of a search also matches as the start of a longer word. */
export interface SearchTerm {
  word: string;
  prefix: boolean;
}

/** A word of a message and where it stands in the text. */
interface TextWord {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII = /^[\p{ASCII}]*$/u;

/** A word as the index's tokenizer sees it: lower case, accents removed. */
export function indexForm(word: string): string {
  return ASCII.test(word)
    ? word.toLowerCase()
    : word
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
}

function textWords(text: string): TextWord[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: indexForm(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const matches = (word: string, term: SearchTerm) => (term.prefix ? word.startsWith(term.word) : word === term.word);

/** BM25's saturation and length weighting, with its usual constants. */
const K1 = 1.2;
const B = 0.75;
/** A typical message's length in words: a handover note is a sentence or two. */
const TYPICAL_WORDS = 12;
/** Words of context a snippet shows, and how many of them come before the first match. */
const SNIPPET_WORDS = 16;
const SNIPPET_LEAD = 5;

/**
 * How well a message matches, higher is better: BM25 without the rarity of each word. Every
 * candidate holds every word (the index only returns those), so rarity would rank them alike
 * anyway, and counting it means reading every match of a common word, which a chain's million
 * messages make slow. What is left: words repeated in a short message rank above one passing
 * mention in a long one.
 */
export function relevance(body: string, terms: readonly SearchTerm[]): number {
  const words = textWords(body);
  const lengthFactor = K1 * (1 - B + (B * words.length) / TYPICAL_WORDS);
  let score = 0;
  for (const term of terms) {
    const hits = words.filter((word) => matches(word.word, term)).length;
    score += (hits * (K1 + 1)) / (hits + lengthFactor);
  }
  return score;
}

/** The stretch of the text around its first matching word, as typed, with "…" where it is cut. */
export function snippetOf(body: string, terms: readonly SearchTerm[]): string {
  const words = textWords(body);
  if (words.length <= SNIPPET_WORDS) return body;
  const first = Math.max(
    0,
    words.findIndex((word) => terms.some((term) => matches(word.word, term))),
  );
  const from = Math.max(0, Math.min(first - SNIPPET_LEAD, words.length - SNIPPET_WORDS));
  const to = from + SNIPPET_WORDS - 1;
  const start = from === 0 ? 0 : words[from]!.start;
  const end = to === words.length - 1 ? body.length : words[to]!.end;
  return `${start > 0 ? '…' : ''}${body.slice(start, end)}${end < body.length ? '…' : ''}`;
}
