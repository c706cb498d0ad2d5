import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { bucketOf, type Grain, type TradeFilter } from './filters';
import {
  LINE_MEASURES,
  STORE_MEASURES,
  totalFigures,
  tradeFigures,
  type MeasureRow,
  type TradeFigures,
} from './measures';

/** Rows of trade (`x`, and the product `p` when byProduct) for a filter; rollups and raw tables each give one. */
export interface TradeSource {
  from: string;
  params: Record<string, unknown>;
  wholeStores: boolean;
  /** The row's category and brand ids (null: none); `p."category_id"` and `p."brand_id"` when absent. */
  categoryOf?: string;
  brandOf?: string;
}

/** What a question groups rows by, beyond stores and days: a rollup source may answer from a table keyed by it. */
export type GroupedBy = 'store' | 'category' | 'brand' | 'product';

export type SourceOf = (
  sql: Database.Database,
  filter: TradeFilter,
  needs: { byProduct: boolean; byDay: boolean; groupedBy?: GroupedBy },
) => TradeSource;

export type Ranking = { by: 'revenue' | 'units'; limit: number };

const RANK = { revenue: '"netRevenueCents"', units: '"units"' } as const;

/**
 * The dashboard's questions about trade, asked of a source: the rollups (rollup-answers.ts) or
 * the raw orders (raw-answers.ts). Both give rows of the same columns, added up and rounded once
 * here, so the two answer alike exactly when the rollups hold what the orders say.
 */
export function tradeQuestions(sourceOf: SourceOf) {
  const measures = (source: TradeSource) => (source.wholeStores ? STORE_MEASURES : LINE_MEASURES);

  return {
    /**
     * The whole range's figures, rounded once from its exact sums (a sum of per-store or
     * per-bucket figures could be half a cent a row off where lines carry percentage discounts).
     */
    tradeTotals(sql: Database.Database, filter: TradeFilter): TradeFigures {
      const source = sourceOf(sql, filter, { byProduct: false, byDay: false });
      const row = prepared(sql, `SELECT ${measures(source)} FROM ${source.from}`).get(source.params) as Record<
        keyof MeasureRow,
        number | null
      >;
      return totalFigures(row, source.wholeStores);
    },

    /** Revenue, units, cost, margin, discounts and returns over time, one row per bucket with trade, oldest first. */
    tradeSeries(sql: Database.Database, filter: TradeFilter, grain: Grain): ({ bucket: string } & TradeFigures)[] {
      const source = sourceOf(sql, filter, { byProduct: false, byDay: grain === 'day' || grain === 'week' });
      const rows = prepared(
        sql,
        `SELECT ${bucketOf('x."day"', grain)} AS "bucket", ${measures(source)} FROM ${source.from} GROUP BY 1 ORDER BY 1`,
      ).all(source.params) as ({ bucket: string } & MeasureRow)[];
      return rows.map((row) => ({ bucket: row.bucket, ...tradeFigures(row) }));
    },

    /** The same figures for each store with trade in the range, by store id. */
    tradeByStore(sql: Database.Database, filter: TradeFilter): ({ storeId: number } & TradeFigures)[] {
      const source = sourceOf(sql, filter, { byProduct: false, byDay: false, groupedBy: 'store' });
      const rows = prepared(
        sql,
        `SELECT x."store_id" AS "storeId", ${measures(source)} FROM ${source.from} GROUP BY 1 ORDER BY 1`,
      ).all(source.params) as ({ storeId: number } & MeasureRow)[];
      return rows.map((row) => ({ storeId: row.storeId, ...tradeFigures(row) }));
    },

    /** By each product's own category (null: none), as the catalog files it today. */
    tradeByCategory(sql: Database.Database, filter: TradeFilter): ({ categoryId: number | null } & TradeFigures)[] {
      const source = sourceOf(sql, filter, { byProduct: true, byDay: false, groupedBy: 'category' });
      const rows = prepared(
        sql,
        `SELECT ${source.categoryOf ?? 'p."category_id"'} AS "categoryId", ${LINE_MEASURES} FROM ${source.from} GROUP BY 1 ORDER BY 1`,
      ).all(source.params) as ({ categoryId: number | null } & MeasureRow)[];
      return rows.map((row) => ({ categoryId: row.categoryId, ...tradeFigures(row) }));
    },

    /** By brand (null: none), as the catalog files products today. */
    tradeByBrand(sql: Database.Database, filter: TradeFilter): ({ brandId: number | null } & TradeFigures)[] {
      const source = sourceOf(sql, filter, { byProduct: true, byDay: false, groupedBy: 'brand' });
      const rows = prepared(
        sql,
        `SELECT ${source.brandOf ?? 'p."brand_id"'} AS "brandId", ${LINE_MEASURES} FROM ${source.from} GROUP BY 1 ORDER BY 1`,
      ).all(source.params) as ({ brandId: number | null } & MeasureRow)[];
      return rows.map((row) => ({ brandId: row.brandId, ...tradeFigures(row) }));
    },

    /** The best products by net revenue or net units, ties by id. */
    topProducts(
      sql: Database.Database,
      filter: TradeFilter,
      { by, limit }: Ranking,
    ): ({ productId: number; sku: string; name: string } & TradeFigures)[] {
      const source = sourceOf(sql, filter, { byProduct: true, byDay: false, groupedBy: 'product' });
      const rows = prepared(
        sql,
        `SELECT x."product_id" AS "productId", p."sku", p."name", ${LINE_MEASURES} FROM ${source.from}
         GROUP BY 1 ORDER BY ${RANK[by]} DESC, 1 LIMIT @limit`,
      ).all({ ...source.params, limit }) as ({ productId: number; sku: string; name: string } & MeasureRow)[];
      return rows.map(({ productId, sku, name, ...row }) => ({ productId, sku, name, ...tradeFigures(row) }));
    },

    /** The best brands by net revenue or net units, ties by id; products without a brand are left out. */
    topBrands(
      sql: Database.Database,
      filter: TradeFilter,
      { by, limit }: Ranking,
    ): ({ brandId: number; name: string } & TradeFigures)[] {
      const source = sourceOf(sql, filter, { byProduct: true, byDay: false, groupedBy: 'brand' });
      const brandOf = source.brandOf ?? 'p."brand_id"';
      const rows = prepared(
        sql,
        `SELECT ${brandOf} AS "brandId", b."name", ${LINE_MEASURES} FROM ${source.from} JOIN "brands" b ON b."id" = ${brandOf}
         GROUP BY 1 ORDER BY ${RANK[by]} DESC, 1 LIMIT @limit`,
      ).all({ ...source.params, limit }) as ({ brandId: number; name: string } & MeasureRow)[];
      return rows.map(({ brandId, name, ...row }) => ({ brandId, name, ...tradeFigures(row) }));
    },
  };
}
