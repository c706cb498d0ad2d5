import type Database from 'better-sqlite3';
import type { Suggestion } from '../../../shared/contract/recommendations';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { customerHistory } from './customer-history';
import { interactionNeighbours } from './interaction-tables';
import { databaseItemSource } from './item-tables';
import { rankForBasket } from './rank-basket';
import { rankForCustomer } from './rank-customer';
import type { ItemSource, RankedSuggestion } from './ranking-types';
import { loadRules } from './rules';

/** "Suggested for this customer", from their history and the kept neighbour tables. */
export function suggestForCustomer(sql: Database.Database, customerId: number, limit: number, now: Date): Suggestion[] {
  if (prepared(sql, 'SELECT 1 FROM "customers" WHERE "id" = ?').get(customerId) === undefined) {
    throw new AppError('NOT_FOUND', 'There is no such customer.', { customerId });
  }
  const ranked = rankForCustomer(customerHistory(sql, customerId), itemSource(sql), loadRules(sql), {
    nowMs: now.getTime(),
    limit,
  });
  return describe(sql, ranked);
}

/** "Customers also bought" for a basket, or "bought together" for one product: neighbours only, never filler. */
export function suggestForBasket(sql: Database.Database, productIds: readonly number[], limit: number): Suggestion[] {
  const known = prepared(sql, `SELECT "id" FROM "products" WHERE "id" IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(JSON.stringify(productIds)) as number[];
  if (known.length < new Set(productIds).size) {
    const missing = productIds.filter((id) => !known.includes(id));
    throw new AppError('NOT_FOUND', 'Some of these products do not exist.', { productIds: missing });
  }
  const ranked = rankForBasket(productIds, itemSource(sql), loadRules(sql), { limit, fill: false });
  return describe(sql, ranked);
}

/** The kept tables: neighbours by shared baskets, and by shared browsing sessions. */
function itemSource(sql: Database.Database): ItemSource {
  return { ...databaseItemSource(sql), viewedWith: interactionNeighbours(sql) };
}

/** Adds each suggestion's product and the product behind its reason, in one read. */
function describe(sql: Database.Database, ranked: readonly RankedSuggestion[]): Suggestion[] {
  const ids = [...new Set(ranked.flatMap((item) => [item.productId, item.reason.productId ?? item.productId]))];
  const rows = prepared(
    sql,
    `SELECT "id", "name", "sku", "price_cents" AS "priceCents" FROM "products" WHERE "id" IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as { id: number; name: string; sku: string; priceCents: number }[];
  const products = new Map(rows.map((row) => [row.id, row]));
  return ranked.map((item) => {
    const because = item.reason.productId === null ? null : products.get(item.reason.productId)!;
    return {
      product: products.get(item.productId)!,
      score: item.score,
      reason: {
        kind: item.reason.kind,
        because: because && { id: because.id, name: because.name, sku: because.sku },
        times: item.reason.times,
      },
    };
  });
}
