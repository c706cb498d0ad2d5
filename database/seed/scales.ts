/**
 * How much data each scale generates. `demo` fills a store for trying Backroom out and for tests;
 * `large` is a ten-store chain with years of trade, for benchmarks.
 */
export interface SeedScaleSpec {
  stores: number;
  products: number;
  customers: number;
  orders: number;
  clerksPerStore: number;
  /**
   * Orders per write transaction. Sales touch stock levels and product indexes at random, so
   * every commit rewrites thousands of scattered pages; bigger transactions rewrite each page
   * fewer times.
   */
  ordersPerTransaction: number;
}

export const SEED_SCALES = {
  demo: {
    stores: 3,
    products: 2_000,
    customers: 5_000,
    orders: 20_000,
    clerksPerStore: 3,
    ordersPerTransaction: 5_000,
  },
  large: {
    stores: 10,
    products: 50_000,
    customers: 200_000,
    orders: 1_000_000,
    clerksPerStore: 5,
    ordersPerTransaction: 50_000,
  },
} as const satisfies Record<string, SeedScaleSpec>;

export type SeedScale = keyof typeof SEED_SCALES;

export function isSeedScale(value: string): value is SeedScale {
  return Object.prototype.hasOwnProperty.call(SEED_SCALES, value);
}

/**
 * Raised whenever the generator's output changes, so caches of seeded files (the benchmark's)
 * are rebuilt instead of silently measuring old data.
 */
export const SEED_VERSION = 3;
