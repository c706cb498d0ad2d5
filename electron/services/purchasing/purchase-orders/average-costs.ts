import type Database from 'better-sqlite3';
import { prepared } from '../../../../database/prepared';
import { movingAverageCost } from './moving-average-cost';

export interface Arrival {
  productId: number;
  quantity: number;
  unitCostCents: number;
}

/** Each product's average cost and its stock in all stores, read before the delivery moves it. */
const COST_BASIS = `
  SELECT p."id", p."cost_cents",
         (SELECT IFNULL(SUM(sl."on_hand"), 0) FROM "stock_levels" sl WHERE sl."product_id" = p."id") AS "on_hand"
  FROM json_each(?) j JOIN "products" p ON p."id" = j."value"`;

/** updated_by and updated_at go with the cost: the price history trigger records them with the change. */
const UPDATE_COSTS = `
  UPDATE "products" SET "cost_cents" = j."value" ->> '$.costCents', "updated_by" = @staffId, "updated_at" = @at
  FROM json_each(@costs) j
  WHERE "products"."id" = j."value" ->> '$.productId'`;

/**
 * Moves each arriving product's average cost towards what this delivery cost, weighted by the
 * stock already held in all stores. Must run before the delivery's movements change that stock.
 * Returns how many costs changed.
 */
export function updateAverageCosts(
  sql: Database.Database,
  staffId: number,
  now: Date,
  arrivals: readonly Arrival[],
): number {
  const basis = new Map(
    (
      prepared(sql, COST_BASIS).all(JSON.stringify(arrivals.map((arrival) => arrival.productId))) as {
        id: number;
        cost_cents: number;
        on_hand: number;
      }[]
    ).map((row) => [row.id, row]),
  );
  const costs = arrivals.flatMap((arrival) => {
    const product = basis.get(arrival.productId)!;
    const costCents = movingAverageCost({
      onHandAllStores: product.on_hand,
      costCents: product.cost_cents,
      quantity: arrival.quantity,
      unitCostCents: arrival.unitCostCents,
    });
    return costCents === product.cost_cents ? [] : [{ productId: arrival.productId, costCents }];
  });
  if (costs.length > 0) {
    prepared(sql, UPDATE_COSTS).run({ staffId, at: now.toISOString(), costs: JSON.stringify(costs) });
  }
  return costs.length;
}
