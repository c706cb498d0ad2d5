import { randomUUID } from 'node:crypto';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { acknowledge } from '../../../electron/sync/outbox-reader';
import { openTestBackroom, setUpStore } from '../../helpers/backroom';
import type { BenchFigure, BenchSuite } from '../suite';

const ORDERS = 200;
const LINES_PER_ORDER = 5;

/**
 * Outbox rows per order placed through the dispatcher, against what the one-row-per-change
 * outbox wrote (the order, each payment and each sale movement). Rows per order do not depend on
 * the size of the file, so this runs on a fresh one and never writes into the seeded cache.
 */
async function rowsPerOrder(): Promise<BenchFigure[]> {
  const t = await openTestBackroom();
  try {
    const admin = await setUpStore(t);
    const sql = sqliteOf(t.backroom.dataSource);
    const lines = Array.from({ length: LINES_PER_ORDER }, (_, i) => {
      const productId = Number(
        sql
          .prepare('INSERT INTO products (uid, sku, name, price_cents, cost_cents) VALUES (?, ?, ?, ?, 100)')
          .run(newUid(), `OUTBOX-${i}`, `Outbox product ${i}`, 199 + i * 100).lastInsertRowid,
      );
      sql
        .prepare(
          `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, occurred_at) VALUES (?, ?, ?, 'receipt', 1000000, ?)`,
        )
        .run(newUid(), admin.staff.storeId, productId, new Date().toISOString());
      return { productId, quantity: 1 + (i % 3) };
    });
    const { totalCents } = await t.ok('orders.quote', { lines }, admin.token);
    const count = (table: string) => sql.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
    acknowledge(sql, Number.MAX_SAFE_INTEGER);
    const paymentsBefore = count('payments');
    const movementsBefore = count('stock_movements');

    for (let n = 0; n < ORDERS; n++) {
      await t.ok(
        'orders.place',
        {
          idempotencyKey: randomUUID(),
          lines,
          expectedTotalCents: totalCents,
          payments: [{ method: 'card', amountCents: totalCents }],
        },
        admin.token,
      );
    }
    const rows = count('sync_outbox');
    const oldRows = ORDERS + (count('payments') - paymentsBefore) + (count('stock_movements') - movementsBefore);
    return [
      {
        name: `outbox rows per order (${LINES_PER_ORDER} lines, ${ORDERS} orders through the dispatcher)`,
        value: rows / ORDERS,
        unit: 'rows',
        baseline: oldRows / ORDERS,
        ratio: rows / oldRows,
      },
    ];
  } finally {
    await t.dispose();
  }
}

export const outboxSuite: BenchSuite = {
  name: 'outbox',
  description: 'Sync outbox rows per order',
  run: async () => rowsPerOrder(),
};
