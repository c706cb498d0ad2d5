import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

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

const MATCHING_IDS = 'SELECT "rowid" FROM "product_search" WHERE "product_search" MATCH @match';

export interface SearchPlan {
  /** Order by relevance: it was asked for and the matches are few enough to rank. */
  ranked: boolean;
  /** The WHERE term keeping matches in a list walked in another order than relevance. */
  filter(idColumn: string): string;
}

/** Decides from a count of matches that stops at the threshold in question, so the probe stays cheap. */
export function planSearch(sql: Database.Database, match: string, wantsRelevance: boolean): SearchPlan {
  const cap = wantsRelevance ? MAX_RANKED_MATCHES : FEW_MATCHES;
  const { count } = prepared(
    sql,
    `SELECT count(*) AS "count" FROM (SELECT 1 FROM "product_search" WHERE "product_search" MATCH ? LIMIT ?)`,
  ).get(match, cap) as { count: number };
  return {
    ranked: wantsRelevance && count < MAX_RANKED_MATCHES,
    // With many matches, the unary plus stops SQLite from driving the query by the matches' ids
    // (and sorting them all), so it walks the order's index and stops after one page.
    filter: (idColumn) => `${count < FEW_MATCHES ? idColumn : `+${idColumn}`} IN (${MATCHING_IDS})`,
  };
}
