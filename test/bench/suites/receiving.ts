import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { sqliteOf } from '../../../database/data-source';
import { Product, PurchaseOrderLine, StockMovement } from '../../../database/entities';
import { newUid } from '../../../database/ids';
import { openBackroom, type Backroom } from '../../../electron/host/app';
import { hashPassword } from '../../../electron/services/auth/password';
import { movingAverageCost } from '../../../electron/services/purchasing/purchase-orders/moving-average-cost';
import { percentiles } from '../measure';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';

const LINES = 200;
const WARMUP = 5;
const ITERATIONS = 60;
const BASELINE_ITERATIONS = 15;

interface Delivery {
  supplierId: number;
  products: { id: number; costCents: number }[];
}

/**
 * Receiving writes (movements, costs, orders), and the cached dataset must stay as seeded for
 * every later run, so the suite works on a copy of the file, deleted afterwards.
 */
function copyDataset(dataSource: DataSource): { path: string; remove(): void } {
  sqliteOf(dataSource).pragma('wal_checkpoint(TRUNCATE)');
  const folder = mkdtempSync(join(tmpdir(), 'backroom-bench-receiving-'));
  const path = join(folder, 'copy.sqlite');
  copyFileSync(dataSource.options.database as string, path);
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * One delivery of LINES active products from the supplier offering the most of them, topped up
 * with other products when a small dataset's supplier has fewer (BENCH_SCALE=demo).
 */
function pickDelivery(dataSource: DataSource): Delivery {
  const sql = sqliteOf(dataSource);
  const supplierId = sql
    .prepare('SELECT "supplier_id" FROM "product_suppliers" GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1')
    .pluck()
    .get() as number;
  const products = sql
    .prepare(
      `SELECT p."id", IFNULL(ps."cost_cents", p."cost_cents") AS "costCents"
       FROM "products" p LEFT JOIN "product_suppliers" ps ON ps."product_id" = p."id" AND ps."supplier_id" = ?
       WHERE p."archived_at" IS NULL
       ORDER BY ps."product_id" IS NULL, p."id"
       LIMIT ?`,
    )
    .all(supplierId, LINES) as Delivery['products'];
  if (products.length < LINES) throw new Error(`A delivery of ${LINES} lines needs ${LINES} active products.`);
  return { supplierId, products };
}

/**
 * A caller of the dispatcher logged in as the store's manager. The copy gets a password of its
 * own, so the suite does not depend on how the dataset's accounts were hashed.
 */
async function managerCaller(backroom: Backroom, storeId: number) {
  const sql = sqliteOf(backroom.dataSource);
  const manager = sql
    .prepare(`SELECT "id", "username" FROM "staff_members" WHERE "store_id" = ? AND "role" = 'manager' LIMIT 1`)
    .get(storeId) as { id: number; username: string };
  const password = 'bench receiving password';
  sql
    .prepare('UPDATE "staff_members" SET "password_hash" = ? WHERE "id" = ?')
    .run(await hashPassword(password), manager.id);
  const invoke = async <T>(channel: string, input: unknown, sessionToken: string | null): Promise<T> => {
    const envelope = await backroom.dispatcher.invoke(channel, input, {
      sessionToken,
      transport: 'test',
      client: 'bench',
    });
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.data as T;
  };
  const { token } = await invoke<{ token: string }>('auth.login', { username: manager.username, password }, null);
  return <T>(channel: string, input: unknown) => invoke<T>(channel, input, token);
}

/** Milliseconds of purchaseOrders.receive for a freshly sent order of `lineCount` lines, per iteration. */
async function timeReceipts(
  call: Awaited<ReturnType<typeof managerCaller>>,
  delivery: Delivery,
  lineCount: number,
  iterations: number,
): Promise<number[]> {
  const products = delivery.products.slice(0, lineCount);
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + iterations; i++) {
    const lines = products.map((product) => ({
      productId: product.id,
      quantity: 12,
      unitCostCents: product.costCents,
    }));
    const draft = await call<{ id: number; version: number }>('purchaseOrders.create', {
      supplierId: delivery.supplierId,
      lines,
    });
    await call('purchaseOrders.send', { id: draft.id, version: draft.version });
    const started = process.hrtime.bigint();
    await call('purchaseOrders.receive', {
      id: draft.id,
      lines: lines.map(({ productId }) => ({ productId, quantity: 12 })),
    });
    if (i >= WARMUP) samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

/**
 * The baseline: the same delivery booked the way ORM code is often written, entity by entity with
 * TypeORM (find, then save() per movement, line and product) in one transaction. Same rows, same
 * triggers, same commit; only the path through the driver differs. The order stays as sent, so
 * each iteration books against the same lines.
 */
async function timeOrmReceipts(
  dataSource: DataSource,
  call: Awaited<ReturnType<typeof managerCaller>>,
  delivery: Delivery,
) {
  const lines = delivery.products.map((product) => ({
    productId: product.id,
    quantity: 12,
    unitCostCents: product.costCents,
  }));
  const draft = await call<{ id: number; version: number; store: { id: number } }>('purchaseOrders.create', {
    supplierId: delivery.supplierId,
    lines,
  });
  await call('purchaseOrders.send', { id: draft.id, version: draft.version });
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + BASELINE_ITERATIONS; i++) {
    const started = process.hrtime.bigint();
    await dataSource.transaction(async (manager) => {
      const now = new Date();
      for (const line of lines) {
        const orderLine = await manager.findOneByOrFail(PurchaseOrderLine, {
          purchaseOrderId: draft.id,
          productId: line.productId,
        });
        const product = await manager.findOneByOrFail(Product, { id: line.productId });
        const [stock] = (await manager.query(
          'SELECT SUM("on_hand") AS "onHand" FROM "stock_levels" WHERE "product_id" = ?',
          [line.productId],
        )) as { onHand: number }[];
        product.costCents = movingAverageCost({
          onHandAllStores: stock!.onHand,
          costCents: product.costCents,
          quantity: 12,
          unitCostCents: orderLine.unitCostCents,
        });
        product.updatedAt = now.toISOString();
        await manager.save(product);
        await manager.save(
          manager.create(StockMovement, {
            uid: newUid(now.getTime()),
            storeId: draft.store.id,
            productId: line.productId,
            kind: 'receipt',
            quantity: 12,
            unitCostCents: orderLine.unitCostCents,
            purchaseOrderId: draft.id,
            occurredAt: now.toISOString(),
          }),
        );
        orderLine.quantityReceived += 12;
        await manager.save(orderLine);
      }
    });
    if (i >= WARMUP) samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const copy = copyDataset(ctx.dataSource);
  const backroom = await openBackroom({ databasePath: copy.path });
  try {
    const delivery = pickDelivery(backroom.dataSource);
    const call = await managerCaller(backroom, ctx.storeId);
    const full = percentiles(await timeReceipts(call, delivery, LINES, ITERATIONS));
    const single = percentiles(await timeReceipts(call, delivery, 1, ITERATIONS));
    const orm = percentiles(await timeOrmReceipts(backroom.dataSource, call, delivery));
    return [
      { name: `receive ${LINES} lines p50`, value: full.p50, unit: 'ms', baseline: orm.p50, ratio: full.p50 / orm.p50 },
      { name: `receive ${LINES} lines p95`, value: full.p95, unit: 'ms', baseline: orm.p95, ratio: full.p95 / orm.p95 },
      { name: 'receive 1 line p50 (dispatch + commit)', value: single.p50, unit: 'ms' },
      { name: 'receive 1 line p95 (dispatch + commit)', value: single.p95, unit: 'ms' },
    ];
  } finally {
    await backroom.close();
    copy.remove();
  }
}

export const receivingSuite: BenchSuite = {
  name: 'receiving',
  description: `purchaseOrders.receive of a ${LINES}-line delivery through the dispatcher (baseline: TypeORM save() per row), on a copy of the dataset`,
  run,
};
