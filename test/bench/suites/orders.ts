import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { listOrders } from '../../../electron/services/orders/list-orders';
import type { OrderListInput } from '../../../shared/contract/orders';
import { percentile, percentiles, sample } from '../measure';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';
import { LINES_PER_ORDER, PRODUCTS, openWriteBench, type WriteBench } from '../write-bench';

const WARMUP_ORDERS = 30;
const ROUNDS = 8;
const ORDERS_PER_ROUND = 50;
const DEEP_PAGE = 5_000;
const PAGE_SIZE = 50;
/**
 * The floor: the same rows an order writes (order, 5 lines, 5 sale movements, 1 payment) with
 * prepared statements in one durable transaction each, and nothing else: no validation,
 * pricing, approval, audit, timeline or receipt.
 */
function bareOrderWriter(bench: WriteBench): () => void {
  const { sql, bareStoreId: storeId, staffId, productIds } = bench;
  const insertOrder = sql.prepare(
    `INSERT INTO orders (uid, store_id, order_number, staff_id, status, subtotal_cents, discount_cents, tax_cents, total_cents,
       idempotency_key, placed_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'paid', ?, 0, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = sql.prepare(
    `INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_cents, discount_cents, tax_rate_bp, tax_cents, total_cents)
     VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)`,
  );
  const insertMovement = sql.prepare(
    `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, unit_cost_cents, order_id, staff_id, occurred_at, created_at)
     VALUES (?, ?, ?, 'sale', ?, 100, ?, ?, ?, ?)`,
  );
  const insertPayment = sql.prepare(
    `INSERT INTO payments (uid, order_id, method, amount_cents, created_at) VALUES (?, ?, 'card', ?, ?)`,
  );
  let orderNumber = 0;
  const lines = productIds.map((productId, i) => {
    const quantity = 1 + (i % 3);
    const gross = quantity * PRODUCTS[i]!.priceCents;
    const tax = Math.round((gross * PRODUCTS[i]!.taxRateBp) / 10_000);
    return { productId, quantity, price: PRODUCTS[i]!.priceCents, rate: PRODUCTS[i]!.taxRateBp, gross, tax };
  });
  const subtotal = lines.reduce((sum, line) => sum + line.gross, 0);
  const tax = lines.reduce((sum, line) => sum + line.tax, 0);
  const write = sql.transaction(() => {
    const at = new Date().toISOString();
    const orderId = Number(
      insertOrder.run(
        newUid(),
        storeId,
        ++orderNumber,
        staffId,
        subtotal,
        tax,
        subtotal + tax,
        randomUUID(),
        at,
        at,
        at,
      ).lastInsertRowid,
    );
    lines.forEach((line, i) => {
      insertLine.run(
        orderId,
        i + 1,
        line.productId,
        line.quantity,
        line.price,
        line.rate,
        line.tax,
        line.gross + line.tax,
      );
      insertMovement.run(newUid(), storeId, line.productId, -line.quantity, orderId, staffId, at, at);
    });
    insertPayment.run(newUid(), orderId, subtotal + tax, at);
  });
  return () => write();
}

interface Throughput {
  perSecond: number;
  latencies: number[];
}

/**
 * Times both writers in alternating rounds on one file, so a busy disk or CPU weighs on both
 * alike instead of on whichever happened to run second.
 */
async function timeBothWriters(
  bare: () => void,
  dispatched: () => Promise<void>,
): Promise<{ bare: Throughput; dispatched: Throughput }> {
  for (let i = 0; i < WARMUP_ORDERS; i++) {
    bare();
    await dispatched();
  }
  const bareLatencies: number[] = [];
  const dispatchedLatencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < ORDERS_PER_ROUND; i++) bareLatencies.push(await timed(bare));
    for (let i = 0; i < ORDERS_PER_ROUND; i++) dispatchedLatencies.push(await timed(dispatched));
  }
  const throughput = (latencies: number[]) => ({
    perSecond: (latencies.length * 1000) / latencies.reduce((sum, ms) => sum + ms, 0),
    latencies,
  });
  return { bare: throughput(bareLatencies), dispatched: throughput(dispatchedLatencies) };
}

async function timed(write: () => Promise<void> | void): Promise<number> {
  const started = process.hrtime.bigint();
  await write();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function placingOrders(): Promise<BenchFigure[]> {
  const bench = await openWriteBench();
  try {
    const { bare, dispatched } = await timeBothWriters(bareOrderWriter(bench), () => bench.placeThroughDispatcher());
    const latency = percentiles(dispatched.latencies);
    return [
      {
        name: `orders.place, ${LINES_PER_ORDER} lines, durable commit each (vs bare better-sqlite3)`,
        value: dispatched.perSecond,
        unit: 'orders/s',
        baseline: bare.perSecond,
        ratio: dispatched.perSecond / bare.perSecond,
      },
      { name: 'orders.place latency p50', value: latency.p50, unit: 'ms' },
      { name: 'orders.place latency p95', value: latency.p95, unit: 'ms' },
      { name: 'bare order write latency p50', value: percentile(bare.latencies, 50), unit: 'ms' },
    ];
  } finally {
    await bench.close();
  }
}

/** The same page as listOrders (columns, joins, order) by LIMIT/OFFSET, which reads and drops every earlier row. */
function offsetOrderPage(sql: Database.Database): (storeId: number, offset: number, limit: number) => { id: number }[] {
  const statement = sql.prepare(`
    SELECT o."id", o."order_number", o."store_id", o."placed_at", o."status", o."channel", o."customer_id",
           c."first_name" || ' ' || c."last_name" AS "customer_name", o."staff_id", st."display_name" AS "staff_name",
           o."total_cents", (SELECT COUNT(*) FROM "order_lines" l WHERE l."order_id" = o."id") AS "line_count"
    FROM "orders" o
    JOIN "staff_members" st ON st."id" = o."staff_id"
    LEFT JOIN "customers" c ON c."id" = o."customer_id"
    WHERE o."store_id" = ?
    ORDER BY o."placed_at" DESC, o."id" DESC
    LIMIT ? OFFSET ?`);
  return (storeId, offset, limit) => statement.all(storeId, limit, offset) as { id: number }[];
}

/**
 * Page 1 and page 5,000 of the store's orders by keyset (the cursor found once by walking the
 * pages before it), against page 5,000 by OFFSET; then pages whose filters the index cannot
 * answer, which the scan window bounds. Smaller stores get smaller pages so page 5,000 exists.
 */
function listPages({ dataSource, storeId }: BenchContext): BenchFigure[] {
  const sql = sqliteOf(dataSource);
  const storeOrders = sql.prepare('SELECT COUNT(*) FROM "orders" WHERE "store_id" = ?').pluck().get(storeId) as number;
  const limit = Math.min(PAGE_SIZE, Math.floor(storeOrders / DEEP_PAGE));
  if (limit === 0)
    throw new Error(`Page ${DEEP_PAGE} needs at least ${DEEP_PAGE} orders in the store; it has ${storeOrders}.`);
  const query = (extra: Partial<OrderListInput> = {}) => ({ limit, ...extra }) as Parameters<typeof listOrders>[2];

  let cursor: string | undefined;
  for (let page = 1; page < DEEP_PAGE; page++) {
    const next = listOrders(sql, storeId, query({ cursor })).nextCursor;
    if (next === null) throw new Error(`The order list ended before page ${DEEP_PAGE}.`);
    cursor = next;
  }
  const deepKeyset = () => listOrders(sql, storeId, query({ cursor }));
  const offsetPage = offsetOrderPage(sql);
  const deepOffset = () => offsetPage(storeId, (DEEP_PAGE - 1) * limit, limit);
  const keysetIds = deepKeyset().items.map((item) => item.id);
  if (
    keysetIds.join() !==
    deepOffset()
      .map((row) => row.id)
      .join()
  ) {
    throw new Error(`Keyset and OFFSET disagree on page ${DEEP_PAGE}.`);
  }

  const p95 = (fn: () => unknown, iterations = 300) => percentile(sample(fn, { warmup: 10, iterations }), 95);
  const firstPage = p95(() => listOrders(sql, storeId, query()));
  const keyset = p95(deepKeyset);
  const offset = p95(deepOffset, 30);
  const rareFilter = p95(() => listOrders(sql, storeId, query({ paymentMethod: 'store_credit', cursor })), 100);
  const totalRange = p95(() => listOrders(sql, storeId, query({ minTotalCents: 50_000, cursor })), 100);
  const byStatus = p95(() => listOrders(sql, storeId, query({ status: 'delivered', cursor })), 100);
  const pageLabel = `(${limit}/page, store of ${storeOrders.toLocaleString('en-US')} orders)`;
  return [
    { name: `orders.list page 1 p95 ${pageLabel}`, value: firstPage, unit: 'ms' },
    {
      name: `orders.list page ${DEEP_PAGE.toLocaleString('en-US')} p95, keyset vs OFFSET`,
      value: keyset,
      unit: 'ms',
      baseline: offset,
      ratio: keyset / offset,
    },
    {
      name: `orders.list page ${DEEP_PAGE.toLocaleString('en-US')} p95, payment=store_credit (rare)`,
      value: rareFilter,
      unit: 'ms',
    },
    { name: `orders.list page ${DEEP_PAGE.toLocaleString('en-US')} p95, total >= $500`, value: totalRange, unit: 'ms' },
    { name: `orders.list deep page p95, status=delivered`, value: byStatus, unit: 'ms' },
  ];
}

export const ordersSuite: BenchSuite = {
  name: 'orders',
  description: 'orders.place durable throughput vs bare better-sqlite3, and order list pages (keyset vs OFFSET)',
  run: async (ctx) => [...(await placingOrders()), ...listPages(ctx)],
};
