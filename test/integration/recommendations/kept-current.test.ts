import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFromFiles } from '../../../electron/import/import-files';
import {
  computeRecommendations,
  rebuildRecommendations,
  swapRecommendations,
} from '../../../electron/services/recommendations/rebuild';
import { dropStagedLeftovers, stagePairs } from '../../../electron/services/recommendations/staged-pairs';
import { openReadOnlyDatabase } from '../../../electron/workers/read-only-database';
import { SALES_HEADER, SALES_PROFILE, salesRow } from '../import/import-profiles';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';
import { expectSameItemTables, readItemTables, rebuiltItemTables } from './item-tables';

describe('item tables kept current by sales, payments, returns, cancellations and imports', () => {
  let f: SalesFixture;
  let products: number[];
  let folder: string;
  let imports = 0;

  const read = () => readItemTables(f.sql, { products: 'recommendation_products', pairs: 'recommendation_pairs' });
  const rebuilt = () => rebuiltItemTables(f.sql, () => rebuildRecommendations(f.sql), read);

  const sku = (productId: number) =>
    f.sql.prepare('SELECT sku FROM products WHERE id = ?').pluck().get(productId) as string;

  const sell = (basket: number[], pending = false) =>
    pending
      ? f
          .total(
            f.tokens.clerk,
            basket.map((productId) => ({ productId, quantity: 2 })),
          )
          .then((total) =>
            f.t.ok(
              'orders.place',
              {
                idempotencyKey: randomUUID(),
                channel: 'phone',
                lines: basket.map((productId) => ({ productId, quantity: 2 })),
                expectedTotalCents: total,
                savePending: true,
              },
              f.tokens.clerk,
            ),
          )
      : f.sell(
          f.tokens.clerk,
          basket.map((productId) => ({ productId, quantity: 2 })),
        );

  const pay = async (orderId: number) => {
    const total = f.sql.prepare('SELECT total_cents FROM orders WHERE id = ?').pluck().get(orderId) as number;
    await f.t.ok(
      'orders.transition',
      { id: orderId, to: 'paid', payments: [{ method: 'card', amountCents: total }] },
      f.tokens.clerk,
    );
  };

  const cancel = (orderId: number) =>
    f.t.ok('orders.transition', { id: orderId, to: 'cancelled', reason: 'test' }, f.tokens.manager);

  /** Brings back `units` of each chosen line (as many as are left when fewer). */
  const bringBack = async (orderId: number, lineNumbers: number[], units: number) => {
    const lines = f.sql
      .prepare(
        `SELECT l.id, l.quantity - IFNULL((SELECT SUM(r.quantity) FROM order_return_lines r WHERE r.order_line_id = l.id), 0) AS left_
         FROM order_lines l WHERE l.order_id = ? ORDER BY l.line_no`,
      )
      .all(orderId) as { id: number; left_: number }[];
    const chosen = lineNumbers
      .map((n) => lines[n % lines.length]!)
      .filter((line, i, all) => line.left_ > 0 && all.findIndex((other) => other.id === line.id) === i)
      .map((line) => ({ orderLineId: line.id, quantity: Math.min(units, line.left_), restock: true }));
    if (chosen.length === 0) return;
    await f.t.ok('orders.return', { orderId, lines: chosen, refundTo: 'original' }, f.tokens.manager);
  };

  const importSales = async (orders: { day: number; basket: number[]; status: string }[]) => {
    const lines = [SALES_HEADER];
    for (const order of orders) {
      const ref = `IMP-${++imports}`;
      const date = new Date(Date.UTC(2025, 0, 1) + order.day * 86_400_000).toISOString().slice(0, 10);
      const payment = order.status === 'pending' ? '' : 'card';
      for (const product of order.basket) {
        lines.push(salesRow({ order: ref, date, sku: sku(product), qty: 1, status: order.status, payment }));
      }
    }
    const path = join(folder, `sales-${imports}.csv`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const summary = await importFromFiles(
      { source: path, lookups: {} },
      {
        sql: f.sql,
        profile: SALES_PROFILE,
        storeId: f.storeId,
        staffId: f.sql.prepare("SELECT id FROM staff_members WHERE role = 'admin' LIMIT 1").pluck().get() as number,
        now: f.t.clock.now().toISOString(),
        mode: 'insert',
        naturalKey: null,
        atomic: true,
        dryRun: false,
        allowNew: { categories: false, brands: false, suppliers: false },
      },
    );
    expect(summary.rejected).toBe(0);
  };

  const orderIds = (statuses: string[]) =>
    f.sql
      .prepare(`SELECT id FROM orders WHERE status IN (${statuses.map(() => '?').join(', ')}) ORDER BY id`)
      .pluck()
      .all(...statuses) as number[];

  beforeAll(async () => {
    f = await openSalesFixture();
    products = Array.from({ length: 8 }, () => f.product({ stock: 100_000 }));
    folder = mkdtempSync(join(tmpdir(), 'backroom-recommendations-'));
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('takes a cancelled sale back to the tables it found', async () => {
    await sell([products[0]!, products[1]!, products[2]!]);
    await sell([products[0]!, products[1]!]);
    const before = read();
    const sale = await sell([products[0]!, products[1]!, products[3]!]);
    expect(read().products.has(String(products[3]))).toBe(true);
    await cancel(sale.id);
    const after = read();
    expectSameItemTables(after, before);
    expect(after.products.has(String(products[3]))).toBe(false);
    expect(after.pairs.has(`${products[0]}-${products[3]}`)).toBe(false);
    expectSameItemTables(after, rebuilt());
  });

  it('takes back a product returned whole, keeps one partly returned, and drops a basket returned whole', async () => {
    const sale = await sell([products[4]!, products[5]!, products[6]!]);
    await bringBack(sale.id, [0], 2); // every unit of the first line
    await bringBack(sale.id, [1], 1); // one of two units of the second
    let kept = read();
    expect(kept.pairs.has(`${products[4]}-${products[5]}`)).toBe(false);
    expect(kept.pairs.has(`${products[5]}-${products[6]}`)).toBe(true);
    expectSameItemTables(kept, rebuilt());

    await bringBack(sale.id, [1, 2], 2);
    kept = read();
    expect(kept.pairs.has(`${products[5]}-${products[6]}`)).toBe(false);
    expect(kept.products.has(String(products[6]))).toBe(false);
    expectSameItemTables(kept, rebuilt());
  });

  it('adds imported sales in the import, pending ones only once paid', async () => {
    await importSales([
      { day: 10, basket: [products[6]!, products[7]!], status: 'paid' },
      { day: 200, basket: [products[6]!, products[7]!, products[2]!], status: 'delivered' },
      { day: 300, basket: [products[7]!, products[3]!], status: 'pending' },
    ]);
    const kept = read();
    expect(kept.pairs.has(`${products[6]}-${products[7]}`)).toBe(true);
    expect(kept.pairs.has(`${products[7]}-${products[3]}`)).toBe(false);
    expectSameItemTables(kept, rebuilt());
    const pending = f.sql
      .prepare("SELECT id FROM orders WHERE status = 'pending' ORDER BY id DESC")
      .pluck()
      .get() as number;
    await pay(pending);
    expect(read().pairs.has(`${products[7]}-${products[3]}`)).toBe(true);
    expectSameItemTables(read(), rebuilt());
  });

  it('equals a rebuild after any sequence of sales, payments, returns, cancellations and imports', async () => {
    const basket = fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 5 });
    const step = fc.oneof(
      fc.record({ kind: fc.constant('sell' as const), basket, pending: fc.boolean() }),
      fc.record({ kind: fc.constant('pay' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
      fc.record({
        kind: fc.constant('return' as const),
        pick: fc.nat(),
        lines: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        units: fc.integer({ min: 1, max: 2 }),
      }),
      fc.record({
        kind: fc.constant('import' as const),
        orders: fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: 700 }),
            basket,
            status: fc.constantFrom('paid', 'delivered', 'pending'),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 5 }) }),
    );
    const pickOf = (ids: number[], pick: number) => (ids.length === 0 ? null : ids[pick % ids.length]!);

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 12 }), async (steps) => {
        for (const s of steps) {
          if (s.kind === 'sell')
            await sell(
              s.basket.map((i) => products[i]!),
              s.pending,
            );
          else if (s.kind === 'pay') {
            const id = pickOf(orderIds(['pending']), s.pick);
            if (id !== null) await pay(id);
          } else if (s.kind === 'cancel') {
            const id = pickOf(orderIds(['pending', 'paid']), s.pick);
            if (id !== null) await cancel(id);
          } else if (s.kind === 'return') {
            const id = pickOf(orderIds(['paid', 'fulfilled', 'delivered']), s.pick);
            if (id !== null) await bringBack(id, s.lines, s.units);
          } else if (s.kind === 'import') {
            await importSales(s.orders.map((order) => ({ ...order, basket: order.basket.map((i) => products[i]!) })));
          } else await f.advanceClock(s.minutes);
        }
        expectSameItemTables(read(), rebuilt());
      }),
      { numRuns: 30, seed: 20261206 },
    );
  }, 300_000);

  it('computes a rebuild on a read-only connection while the till sells, and keeps every change made meanwhile', async () => {
    const reader = await openReadOnlyDatabase(f.sql.name);
    let computed;
    try {
      computed = computeRecommendations(reader.sql);
    } finally {
      await reader.dataSource.destroy();
    }
    // After the snapshot: a new sale, a payment, a return, a cancellation and an import.
    await sell([products[1]!, products[2]!, products[5]!]);
    const pending = await sell([products[0]!, products[7]!], true);
    await pay(pending.id);
    await bringBack(orderIds(['paid', 'fulfilled', 'delivered'])[0]!, [0, 1], 2);
    await cancel(orderIds(['paid']).at(-2)!);
    await importSales([{ day: 650, basket: [products[3]!, products[4]!], status: 'paid' }]);
    const kept = read();

    f.sql.exec('BEGIN IMMEDIATE');
    const swapped = swapRecommendations(f.sql, computed);
    f.sql.exec('COMMIT');
    // At least the new sale, the order paid and the imported one; the return and cancellation may fall on them too.
    expect(swapped.caughtUp).toBeGreaterThanOrEqual(3);
    expectSameItemTables(read(), kept);
    expectSameItemTables(read(), rebuilt());
  });

  it('reports progress, and a cancel while staging leaves the tables as they were and no staging table', async () => {
    await sell([products[0]!, products[1]!]);
    const phases = new Set<string>();
    const computed = computeRecommendations(f.sql, (progress) => phases.add(progress.phase));
    expect([...phases]).toContain('Pairing products');
    const before = read();
    const cancel = new AbortController();
    cancel.abort();
    await expect(stagePairs(f.sql, computed, () => {}, cancel.signal)).rejects.toThrow();
    dropStagedLeftovers(f.sql);
    expect(f.sql.prepare(`SELECT name FROM sqlite_schema WHERE name LIKE 'recommendation_pairs_%'`).all()).toEqual([]);
    expectSameItemTables(read(), before);
  });

  it('rebuilds as a job on its own connection; a sale placed while it runs is kept', async () => {
    const schema = () =>
      f.sql.prepare(`SELECT name, sql FROM sqlite_schema WHERE name LIKE 'recommendation_pairs%' ORDER BY name`).all();
    const before = schema();
    const { jobId } = await f.t.ok('recommendations.rebuild', {}, f.tokens.manager);
    await sell([products[2]!, products[6]!]);
    const job = await f.t.endedJob(jobId, f.tokens.manager);
    expect(job.status).toBe('succeeded');
    expectSameItemTables(read(), rebuilt());
    // The staged pairs were renamed in with the definition the migration gave, and nothing is left behind.
    expect(schema()).toEqual(before);
  });

  it('replaces a staging table a crash left, and refuses a second rebuild while one runs, whoever asks', async () => {
    f.sql.exec('CREATE TABLE recommendation_pairs_next (product_id integer, other_id integer, weight real)');
    const first = await f.t.ok('recommendations.rebuild', {}, f.tokens.manager);
    const second = await f.t.call('recommendations.rebuild', {}, f.tokens.admin);
    expect(second.ok ? null : second.error).toMatchObject({ code: 'CONFLICT', message: /already running/ });
    expect(await f.t.endedJob(first.jobId, f.tokens.manager)).toMatchObject({ status: 'succeeded' });
    expect(f.sql.prepare(`SELECT name FROM sqlite_schema WHERE name LIKE 'recommendation_pairs_%'`).all()).toEqual([]);
    expectSameItemTables(read(), rebuilt());
  });
});
