import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { handlers } from '../../../electron/handlers';
import { systemClock } from '../../../electron/host/clock';
import { defaultHostSettings } from '../../../electron/host/context';
import { createDispatcher, type Dispatcher } from '../../../electron/host/dispatcher';
import { EventBus } from '../../../electron/host/events';
import { ReadPool } from '../../../electron/host/read-pool';
import { SessionStore } from '../../../electron/host/sessions';
import { priceCart } from '../../../shared/pricing';
import { percentile } from '../measure';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';

const WARMUP_ORDERS = 30;
const ORDERS = 300;
const PRODUCTS = [
  { priceCents: 199, taxRateBp: 500 },
  { priceCents: 349, taxRateBp: 2_000 },
  { priceCents: 499, taxRateBp: 500 },
];
/** A full aggregate over every order line: the shape of an analytics report that reads everything. */
const FULL_SCAN = `SELECT COUNT(*) AS "lines", SUM("quantity") AS "units", SUM("total_cents") AS "cents" FROM "order_lines"`;

interface Till {
  place(): Promise<void>;
  close(): Promise<void>;
}

/** A till on a fresh file: the bench never writes into the seeded file the reader scans. */
async function openTill(): Promise<Till> {
  const folder = mkdtempSync(join(tmpdir(), 'backroom-bench-concurrency-'));
  const dataSource = await openDatabase(join(folder, 'till.sqlite'));
  const sql = sqliteOf(dataSource);
  const storeId = Number(
    sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'TILL', 'Till')`).run(newUid()).lastInsertRowid,
  );
  const staffId = Number(
    sql
      .prepare(
        `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash) VALUES (?, ?, 'till', 'Till', 'clerk', 'x')`,
      )
      .run(newUid(), storeId).lastInsertRowid,
  );
  const productIds = PRODUCTS.map((product, i) => {
    const id = Number(
      sql
        .prepare(
          `INSERT INTO products (uid, sku, name, price_cents, cost_cents, tax_rate_bp) VALUES (?, ?, ?, ?, 100, ?)`,
        )
        .run(newUid(), `TILL-${i}`, `Till product ${i}`, product.priceCents, product.taxRateBp).lastInsertRowid,
    );
    sql
      .prepare(
        `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, occurred_at) VALUES (?, ?, ?, 'receipt', 1000000, ?)`,
      )
      .run(newUid(), storeId, id, new Date().toISOString());
    return id;
  });
  const sessions = new SessionStore(systemClock, 30);
  const dispatcher: Dispatcher = createDispatcher({
    dataSource,
    handlers,
    sessions,
    events: new EventBus(),
    clock: systemClock,
    settings: defaultHostSettings,
  });
  const sessionToken = sessions.open({ staffId, role: 'clerk', storeId });
  const lines = productIds.map((productId) => ({ productId, quantity: 1 }));
  const total = priceCart(PRODUCTS.map((p) => ({ ...p, unitPriceCents: p.priceCents, quantity: 1 }))).totalCents;
  return {
    async place() {
      const envelope = await dispatcher.invoke(
        'orders.place',
        {
          idempotencyKey: randomUUID(),
          lines,
          expectedTotalCents: total,
          payments: [{ method: 'card', amountCents: total }],
        },
        { sessionToken, transport: 'test', client: 'bench' },
      );
      if (!envelope.ok) throw new Error(`orders.place failed: ${envelope.error.code} ${envelope.error.message}`);
    },
    async close() {
      await dataSource.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function placeTimed(till: Till, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await till.place();
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return latencies;
}

/**
 * orders.place latency with the main thread to itself, then again while a reader thread scans
 * every order line of the seeded file over and over (a new scan starts whenever one ends, so
 * every order meets one). The writes go to their own file; what they share with the scan is the
 * process, the cores and the disk, as a till shares them with a report.
 */
async function placingBesideAScan(ctx: BenchContext): Promise<BenchFigure[]> {
  const till = await openTill();
  const readers = new ReadPool({ databasePath: String(ctx.dataSource.options.database) });
  try {
    const lines = sqliteOf(ctx.dataSource).prepare('SELECT COUNT(*) FROM "order_lines"').pluck().get() as number;
    await placeTimed(till, WARMUP_ORDERS);
    const idle = await placeTimed(till, ORDERS);

    await readers.query('SELECT 1'); // the thread is up before the scan is timed
    const scanStarted = process.hrtime.bigint();
    const aloneScan = await readers.query(FULL_SCAN);
    const scanMs = Number(process.hrtime.bigint() - scanStarted) / 1e6;
    if (aloneScan.length !== 1) throw new Error('The scan answered no row.');

    let placing = true;
    let scans = 0;
    const scanning = (async () => {
      while (placing) {
        await readers.query(FULL_SCAN);
        scans++;
      }
    })();
    const busy = await placeTimed(till, ORDERS);
    placing = false;
    await scanning;

    const idleP95 = percentile(idle, 95);
    const busyP95 = percentile(busy, 95);
    const label = `${lines.toLocaleString('en-US')} order lines`;
    return [
      { name: 'orders.place p95, idle', value: idleP95, unit: 'ms' },
      {
        name: `orders.place p95 beside a reader-thread scan of ${label} (vs idle; target within 2x)`,
        value: busyP95,
        unit: 'ms',
        baseline: idleP95,
        ratio: busyP95 / idleP95,
      },
      { name: `full aggregate over ${label} on a reader thread`, value: scanMs, unit: 'ms' },
      { name: `scans completed while placing ${ORDERS} orders`, value: scans, unit: 'scans' },
    ];
  } finally {
    await readers.close();
    await till.close();
  }
}

export const concurrencySuite: BenchSuite = {
  name: 'concurrency',
  description: 'orders.place p95 idle and beside a full order-line scan on a reader thread',
  run: placingBesideAScan,
};
