import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { recommendationsChannels } from '../../../shared/contract/recommendations';
import { applyBasketChange } from '../../../electron/services/recommendations/basket-change';
import {
  computeRecommendations,
  summarise,
  swapRecommendations,
} from '../../../electron/services/recommendations/rebuild';
import { dropStagedLeftovers, stagePairs } from '../../../electron/services/recommendations/staged-pairs';
import { recordInteractionPairs } from '../../../electron/services/recommendations/interaction-pairs';
import { recordSaleBasket, saleBasketBefore } from '../../../electron/services/recommendations/record-sale';
import { suggestForBasket, suggestForCustomer } from '../../../electron/services/recommendations/suggestions';
import { SeededRandom } from '../../../database/seed/random';
import { percentiles, sample } from '../measure';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';

const HEAVIEST = 25;
const SPREAD = 175;
const ORDERS = 300;
/** The synthetic heavy-browsing store: customers of 670 views and carts each over 180 days, on 2,000 products. */
const BROWSERS = 300;
const EVENTS_PER_BROWSER = 670;
const BROWSED_PRODUCTS = 2000;
const BROWSING_DAYS = 180;
const BROWSERS_MEASURED = 60;
const customerOutput = recommendationsChannels['recommendations.forCustomer'].output;
const basketOutput = recommendationsChannels['recommendations.forBasket'].output;

const megabytes = (kilobytes: number) => Math.round(kilobytes / 1024);

/**
 * The full rebuild as the job runs it: computed from one read snapshot without the write lock, the
 * pairs staged in short transactions, then swapped in one write transaction, whose length is what
 * the till may wait. Its peak memory is the process's peak after it.
 */
async function rebuild(sql: Database.Database): Promise<BenchFigure[]> {
  const rssBefore = process.memoryUsage().rss / 1024;
  const started = performance.now();
  const computed = computeRecommendations(sql);
  const staging = performance.now();
  let longestSlice = 0;
  let sliceStarted = performance.now();
  await stagePairs(sql, computed, () => {
    longestSlice = Math.max(longestSlice, performance.now() - sliceStarted);
    sliceStarted = performance.now();
  });
  const swapStarted = performance.now();
  sql.exec('BEGIN IMMEDIATE');
  const summary = summarise(computed, swapRecommendations(sql, computed, { staged: true }));
  sql.exec('COMMIT');
  const ended = performance.now();
  dropStagedLeftovers(sql);
  const ms = ended - started;
  return [
    {
      name: `full rebuild, ${summary.lines.toLocaleString('en')} lines in ${summary.baskets.toLocaleString('en')} sales (${summary.passes} passes)`,
      value: ms / 1000,
      unit: 's',
    },
    { name: 'rebuild: reading and counting (no write lock)', value: (staging - started) / 1000, unit: 's' },
    { name: 'rebuild: staging the pairs in slices', value: (swapStarted - staging) / 1000, unit: 's' },
    { name: 'write lock held by the swap', value: ended - swapStarted, unit: 'ms' },
    { name: 'longest staging slice with its pause', value: longestSlice, unit: 'ms' },
    { name: 'full rebuild peak RSS (process)', value: megabytes(process.resourceUsage().maxRSS), unit: 'MB' },
    { name: 'RSS before the rebuild', value: megabytes(rssBefore), unit: 'MB' },
    { name: 'neighbour pairs kept', value: summary.pairs, unit: 'rows' },
  ];
}

function sampledCustomers(sql: Database.Database): number[] {
  const heaviest = sql
    .prepare(
      `SELECT "customer_id" FROM "orders" WHERE "customer_id" IS NOT NULL GROUP BY "customer_id" ORDER BY COUNT(*) DESC LIMIT ${HEAVIEST}`,
    )
    .pluck()
    .all() as number[];
  const { first, last } = sql.prepare('SELECT MIN("id") AS "first", MAX("id") AS "last" FROM "customers"').get() as {
    first: number;
    last: number;
  };
  const step = Math.max(1, Math.floor((last - first) / SPREAD));
  return [...heaviest, ...Array.from({ length: SPREAD }, (_, i) => Math.min(last, first + i * step))];
}

/** recommendations.forCustomer and forBasket as the dispatcher runs them: the suggestions, then the output check. */
function reads(sql: Database.Database): BenchFigure[] {
  const now = new Date();
  const customers: number[] = [];
  for (const id of sampledCustomers(sql)) {
    customers.push(
      ...sample(() => customerOutput.parse({ items: suggestForCustomer(sql, id, 10, now) }), {
        warmup: 1,
        iterations: 5,
      }),
    );
  }
  const baskets = sql
    .prepare(
      `SELECT json_group_array("product_id") FROM "order_lines" WHERE "order_id" IN
         (SELECT "id" FROM "orders" ORDER BY "id" DESC LIMIT ${ORDERS}) GROUP BY "order_id"`,
    )
    .pluck()
    .all()
    .map((text) => JSON.parse(text as string) as number[]);
  const basketTimes: number[] = [];
  for (const basket of baskets) {
    basketTimes.push(
      ...sample(() => basketOutput.parse({ items: suggestForBasket(sql, basket, 10) }), { warmup: 1, iterations: 3 }),
    );
  }
  const forCustomer = percentiles(customers);
  const forBasket = percentiles(basketTimes);
  return [
    { name: 'forCustomer p50', value: forCustomer.p50, unit: 'ms' },
    { name: 'forCustomer p95', value: forCustomer.p95, unit: 'ms' },
    { name: 'forBasket p95', value: forBasket.p95, unit: 'ms' },
  ];
}

/**
 * What a new sale adds to the tables (recordSaleBasket in the order's transaction), and what a
 * cancellation takes back, on recent sales, rolled back after.
 */
function incremental(sql: Database.Database): BenchFigure[] {
  const orders = sql
    .prepare(
      `SELECT "id" FROM "orders" WHERE "status" IN ('paid', 'fulfilled', 'delivered') ORDER BY "id" DESC LIMIT ${ORDERS}`,
    )
    .pluck()
    .all() as number[];
  const times: number[] = [];
  const takeBack: number[] = [];
  sql.exec('BEGIN');
  try {
    for (const id of orders) {
      const started = performance.now();
      recordSaleBasket(sql, id);
      times.push(performance.now() - started);
    }
    for (const id of orders) {
      const started = performance.now();
      applyBasketChange(sql, saleBasketBefore(sql, id), null);
      takeBack.push(performance.now() - started);
    }
  } finally {
    sql.exec('ROLLBACK');
  }
  const { p50, p95 } = percentiles(times);
  return [
    { name: 'update after an order p50', value: p50, unit: 'ms' },
    { name: 'update after an order p95', value: p95, unit: 'ms' },
    { name: 'update after a cancellation p95', value: percentiles(takeBack).p95, unit: 'ms' },
  ];
}

/**
 * Customers who browse far more than they buy: 300 customers given 670 views and carts each at
 * random over the last 180 days (201,000 events, recorded in time order as the channel records
 * them, so each customer's rows are scattered among everyone's, session pairs included, with no
 * rebuild), then suggestions for 60 of them. Rolled back after.
 */
function heavyBrowsing(sql: Database.Database): BenchFigure[] {
  const now = new Date();
  const random = new SeededRandom('recommendations heavy browsing');
  const customers = sql
    .prepare(`SELECT "id" FROM "customers" WHERE "archived_at" IS NULL ORDER BY "id" LIMIT ${BROWSERS}`)
    .pluck()
    .all() as number[];
  const products = sql
    .prepare(`SELECT "id" FROM "products" WHERE "archived_at" IS NULL ORDER BY "id" LIMIT ${BROWSED_PRODUCTS}`)
    .pluck()
    .all() as number[];
  const events = customers.flatMap((customerId) =>
    Array.from({ length: EVENTS_PER_BROWSER }, () => ({
      customerId,
      productId: products[random.int(0, products.length - 1)]!,
      kind: random.next() < 0.8 ? ('viewed' as const) : ('added_to_cart' as const),
      occurredAt: new Date(now.getTime() - random.next() * BROWSING_DAYS * 86_400_000).toISOString(),
    })),
  );
  events.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const insert = sql.prepare(
    `INSERT OR IGNORE INTO "customer_interactions" ("customer_id", "product_id", "kind", "occurred_at") VALUES (?, ?, ?, ?)`,
  );
  const times: number[] = [];
  const cpuTimes: number[] = [];
  sql.exec('BEGIN');
  try {
    for (const event of events) {
      const stored = insert.run(event.customerId, event.productId, event.kind, event.occurredAt);
      if (stored.changes === 0) continue;
      recordInteractionPairs(sql, { ...event, id: Number(stored.lastInsertRowid), rating: null, orderId: null });
    }
    for (const customerId of customers.slice(0, BROWSERS_MEASURED)) {
      const suggest = () => customerOutput.parse({ items: suggestForCustomer(sql, customerId, 10, now) });
      suggest();
      for (let i = 0; i < 5; i++) {
        const cpuBefore = process.cpuUsage();
        times.push(...sample(suggest, { warmup: 0, iterations: 1 }));
        const cpu = process.cpuUsage(cpuBefore);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
      }
    }
  } finally {
    sql.exec('ROLLBACK');
  }
  const { p50, p95 } = percentiles(times);
  return [
    { name: 'forCustomer, heavy browsing (670 events each) p50', value: p50, unit: 'ms' },
    { name: 'forCustomer, heavy browsing (670 events each) p95', value: p95, unit: 'ms' },
    // The process's own CPU time per call: what the call costs, apart from waiting for a core on a busy machine.
    { name: 'forCustomer, heavy browsing, CPU time p95', value: percentiles(cpuTimes).p95, unit: 'ms' },
  ];
}

export const recommendationsSuite: BenchSuite = {
  name: 'recommendations',
  description: 'full rebuild with peak memory, suggestions for a customer and a basket, the update after an order',
  async run({ dataSource }: BenchContext): Promise<BenchFigure[]> {
    const sql = sqliteOf(dataSource);
    return [...(await rebuild(sql)), ...reads(sql), ...incremental(sql), ...heavyBrowsing(sql)];
  },
};
