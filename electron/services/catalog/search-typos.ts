import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

/** Near misses shown for a typo: a screenful, best first; more would be noise. */
const MAX_TYPO_MATCHES = 20;

/**
 * Products that share the most trigrams with the typed words, best first, when the words match
 * nothing as written ("choclate", "chocolsate" still find Chocolate). One wrong, missing or extra
 * letter spoils up to three of a word's trigrams and two swapped letters up to four, so a product
 * must share at least a third of them (two at the least); ranking by trigrams shared puts the
 * intended word first, and unrelated words, which share few, rarely reach a screenful. Each
 * trigram's doclist is read once from the trigram index, so the cost is bounded by how many
 * products hold those trigrams, not by the catalog's size.
 */
export function typoMatches(sql: Database.Database, trigrams: readonly string[]): number[] {
  if (trigrams.length < 2) return [];
  const rows = prepared(
    sql,
    `SELECT t."rowid" AS "id", count(*) AS "shared"
     FROM json_each(@trigrams) g CROSS JOIN "product_trigram" t ON t."product_trigram" MATCH g."value"
     GROUP BY t."rowid" HAVING count(*) >= @least
     ORDER BY 2 DESC, 1 LIMIT @limit`,
  ).all({
    trigrams: JSON.stringify(trigrams.map((trigram) => `"${trigram}"`)),
    least: Math.max(2, Math.ceil(trigrams.length / 3)),
    limit: MAX_TYPO_MATCHES,
  }) as { id: number; shared: number }[];
  return rows.map((row) => row.id);
}
