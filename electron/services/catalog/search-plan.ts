import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import type { SearchText } from './search-query';
import { typoMatches } from './search-typos';

/**
 * Below this many matches, fetching the matches by id and sorting them is cheapest; above it,
 * walking the list's order and skipping non-matches fills a page within a few thousand rows.
 */
const FEW_MATCHES = 1_000;

/**
 * bm25 costs around a microsecond per match, and every page ranks every match. Beyond this many
 * (typically a word of one or two letters) ranking would eat most of a keystroke's 10 ms budget
 * at 50,000 products while saying little, so the list keeps name order until the person types more.
 */
export const MAX_RANKED_MATCHES = 5_000;

/**
 * Each kind of match, best first, with the rank band it sorts in: an exact SKU or barcode, then
 * words starting as typed (by bm25), then words holding the typed letters inside (by bm25), then
 * near misses (by trigrams shared). bm25 scores are small negative numbers, far narrower than a
 * band, so the bands never overlap; a product found several ways keeps its best rank. The bm25
 * weights follow the columns' order (name, sku, barcode, brand, category): a word in the name or
 * a code says more about what the person wants than the same word in the brand or category.
 * A product whose SKU or barcode is the whole text typed also matches every typed word as a word
 * start, so the exact code is a band within the prefix matches.
 */
const EXACT_CODE = `SELECT "id" FROM "products" WHERE "sku" = @code UNION ALL SELECT "id" FROM "products" WHERE "barcode" = @code`;
const PREFIX = (rank: boolean) =>
  `SELECT "rowid" AS "id"${
    rank
      ? `, CASE WHEN "rowid" IN (${EXACT_CODE}) THEN -4e6 ELSE bm25("product_search", 10, 8, 8, 3, 2) - 3e6 END AS "rank"`
      : ''
  }
   FROM "product_search" WHERE "product_search" MATCH @match`;
/**
 * Words too short for a trigram narrow the inside matches as prefixes, while they are uncommon
 * enough to say something (see planSearch). The unary plus keeps the short words' matches from
 * driving the trigram table by rowid (one MATCH per prefix match, hundreds of milliseconds for
 * "organic m"): the trigram MATCH runs once and each row is checked against the list.
 */
const INSIDE = (rank: 'bm25' | 'flat' | null, withShort: boolean) =>
  `SELECT "rowid" AS "id"${rank === null ? '' : `, ${rank === 'bm25' ? 'bm25("product_trigram", 10, 8, 8, 3)' : '0'} - 2e6 AS "rank"`}
   FROM "product_trigram" WHERE "product_trigram" MATCH @inside${
     withShort
       ? ' AND +"rowid" IN (SELECT "rowid" FROM "product_search" WHERE "product_search" MATCH @shortPrefix)'
       : ''
   }`;
const SHORT_PREFIX = 'SELECT 1 FROM "product_search" WHERE "product_search" MATCH @shortPrefix';
const TYPOS = (rank: boolean) =>
  `SELECT "value" AS "id"${rank ? ', "key" - 1e6 AS "rank"' : ''} FROM json_each(@typos)`;

export interface SearchPlan {
  /** Order by relevance: it was asked for and the matches are few enough to rank. */
  ranked: boolean;
  /** The values the plan's SQL binds. */
  params: Record<string, unknown>;
  /** The matches with their rank, best first, as a FROM source aliased r (id, rank). */
  rankedMatches: string;
  /** The WHERE term keeping matches in a list walked in another order than relevance. */
  filter(idColumn: string): string;
}

/** Decides from counts of matches that stop at the threshold in question, so the probes stay cheap. */
export function planSearch(sql: Database.Database, text: SearchText, wantsRelevance: boolean): SearchPlan {
  const cap = wantsRelevance ? MAX_RANKED_MATCHES : FEW_MATCHES;
  const params: Record<string, unknown> = { code: text.code, match: text.prefix };
  const countOf = (source: string, limit = cap) =>
    (
      prepared(sql, `SELECT count(*) AS "count" FROM (${source} LIMIT @limit)`).get({ ...params, limit }) as {
        count: number;
      }
    ).count;
  // Ranking scores every prefix and every inside match, so their sum is what ranking costs.
  const prefixCount = countOf(PREFIX(false));
  let count = prefixCount;
  // Inside-word matches join while word starts are still few: beyond that, the screenfuls of word
  // starts come first anyway, and reading the trigram index for them would only cost time.
  const inside = text.inside !== null && prefixCount < FEW_MATCHES;
  if (inside) params.inside = text.inside;
  // A letter or two being typed ("organic m") starts words in tens of thousands of products:
  // listing them all to narrow the inside matches costs more than a keystroke may, and narrows
  // little, so such words wait for a third letter.
  if (inside && text.shortPrefix !== null) params.shortPrefix = text.shortPrefix;
  const withShort = inside && text.shortPrefix !== null && countOf(SHORT_PREFIX, FEW_MATCHES) < FEW_MATCHES;
  const insideCount = inside ? countOf(INSIDE(null, withShort)) : 0;
  count += insideCount;
  // Scoring a trigram row costs about a microsecond; past a thousand inside matches (a common
  // run of letters such as "ganic") they keep id order within their band, which costs nothing.
  const insideRank = insideCount < FEW_MATCHES ? 'bm25' : 'flat';
  // Nothing matches as typed: the words probably hold a typo, so near misses are shown instead.
  // Mixed in with real matches they would only be noise.
  const typos = count === 0 ? typoMatches(sql, text.typoTrigrams) : [];
  if (typos.length > 0) {
    params.typos = JSON.stringify(typos);
    count += typos.length;
  }

  // A kind of match that found nothing is left out, so the others need no merging with it.
  const sources = (rank: boolean) => {
    const found = [
      prefixCount === 0 ? null : PREFIX(rank),
      insideCount === 0 ? null : INSIDE(rank ? insideRank : null, withShort),
      typos.length === 0 ? null : TYPOS(rank),
    ].filter((source) => source !== null);
    return found.length === 0 ? [PREFIX(rank)] : found;
  };
  const ranked = sources(true);
  // One kind of match needs no merging; several are merged by product, each keeping its best rank.
  const best =
    ranked.length === 1
      ? ranked.join('')
      : `SELECT "id", min("rank") AS "rank" FROM (${ranked.join(' UNION ALL ')}) GROUP BY "id"`;

  return {
    ranked: wantsRelevance && count < MAX_RANKED_MATCHES,
    params,
    rankedMatches: `(${best} ORDER BY 2, 1 LIMIT -1) r`,
    // With many matches, the unary plus stops SQLite from driving the query by the matches' ids
    // (and sorting them all), so it walks the order's index and stops after one page.
    filter: (idColumn) =>
      `${count < FEW_MATCHES ? idColumn : `+${idColumn}`} IN (${sources(false).join(' UNION ALL ')})`,
  };
}
