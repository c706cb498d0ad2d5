import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase, sqliteOf } from '../../database/data-source';
import { newUid } from '../../database/ids';
import { handlers } from '../../electron/handlers';
import { systemClock } from '../../electron/host/clock';
import { defaultHostSettings } from '../../electron/host/context';
import { createDispatcher } from '../../electron/host/dispatcher';
import { EventBus } from '../../electron/host/events';
import { SessionStore } from '../../electron/host/sessions';
import { priceCart } from '../../shared/pricing';

export const LINES_PER_ORDER = 5;
export const PRODUCTS = Array.from({ length: LINES_PER_ORDER }, (_, i) => ({
  priceCents: 199 + i * 150,
  taxRateBp: i % 2 ? 2_000 : 500,
}));

export interface WriteBench {
  sql: Database.Database;
  /** The bare writer's own store, so its order numbers never meet the dispatcher's. */
  bareStoreId: number;
  staffId: number;
  productIds: number[];
  placeThroughDispatcher(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A fresh file with every migration and the data source's pragmas (WAL, synchronous=FULL), so
 * every commit is durable and the benchmark never writes into the shared seeded cache.
 */
export async function openWriteBench(): Promise<WriteBench> {
  const folder = mkdtempSync(join(tmpdir(), 'backroom-bench-orders-'));
  const dataSource = await openDatabase(join(folder, 'orders.sqlite'));
  const sql = sqliteOf(dataSource);
  const addStore = (code: string) =>
    Number(
      sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, ?, ?)`).run(newUid(), code, code).lastInsertRowid,
    );
  const storeId = addStore('BENCH');
  const bareStoreId = addStore('BARE');
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
          'INSERT INTO products (uid, sku, name, price_cents, cost_cents, tax_rate_bp) VALUES (?, ?, ?, ?, 100, ?)',
        )
        .run(newUid(), `BENCH-${i}`, `Bench product ${i}`, product.priceCents, product.taxRateBp).lastInsertRowid,
    );
    for (const store of [storeId, bareStoreId]) {
      sql
        .prepare(
          `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, occurred_at) VALUES (?, ?, ?, 'receipt', 1000000, ?)`,
        )
        .run(newUid(), store, id, new Date().toISOString());
    }
    return id;
  });

  const sessions = new SessionStore(systemClock, 30);
  const dispatcher = createDispatcher({
    dataSource,
    handlers,
    sessions,
    events: new EventBus(),
    clock: systemClock,
    settings: defaultHostSettings,
  });
  const sessionToken = sessions.open({ staffId, role: 'clerk', storeId });
  const lines = productIds.map((productId, i) => ({ productId, quantity: 1 + (i % 3) }));
  const total = priceCart(
    lines.map((line, i) => ({ ...PRODUCTS[i]!, unitPriceCents: PRODUCTS[i]!.priceCents, quantity: line.quantity })),
  ).totalCents;

  return {
    sql,
    bareStoreId,
    staffId,
    productIds,
    async placeThroughDispatcher() {
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
