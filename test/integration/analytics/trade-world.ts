import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { newUid } from '../../../database/ids';
import type { SeededRandom } from '../../../database/seed/random';
import { writeStoreUtcOffsets } from '../../../database/sales-rollups';
import { localDayStart } from '../../../shared/local-day';

export interface WorldStore {
  id: number;
  zone: string;
}

/**
 * Stores in the given zones and an admin among them, written as plain rows so that a file at an
 * older migration (a migration's own test) takes them as well as a current one.
 */
export function writeStoresAndAdmin(
  sql: Database.Database,
  zones: readonly { code: string; zone: string }[],
): { stores: WorldStore[]; staffId: number } {
  const stores = zones.map(({ code, zone }) => ({
    zone,
    id: Number(
      sql.prepare(`INSERT INTO stores (uid, code, name, time_zone) VALUES (?, ?, ?, ?)`).run(newUid(), code, code, zone)
        .lastInsertRowid,
    ),
  }));
  const staffId = Number(
    sql
      .prepare(
        `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash) VALUES (?, ?, 'ada', 'Ada', 'admin', 'x')`,
      )
      .run(newUid(), stores[0]!.id).lastInsertRowid,
  );
  return { stores, staffId };
}

interface Line {
  id: number;
  quantity: number;
  returned: number;
  totalCents: number;
}

interface WrittenOrder {
  id: number;
  storeId: number;
  placedAt: string;
  status: 'pending' | 'paid' | 'fulfilled' | 'cancelled';
  lines: Line[];
  paidCents: number;
  refundedCents: number;
}

const FIRST = Date.UTC(2025, 11, 1);
const LAST = Date.UTC(2027, 0, 31);
/** Instants where clocks change: New York, Lord Howe (half an hour), each to the millisecond. */
const CHANGES = [
  '2026-03-08T07:00:00.000Z',
  '2026-11-01T06:00:00.000Z',
  '2026-04-04T15:00:00.000Z',
  '2026-10-03T15:30:00.000Z',
];

/**
 * A migration test's trade before it migrates, as plain rows: three stores whose days start hours
 * apart (New York, UTC, Delhi), three products, five customers and `orders` orders among them.
 * Returns who they are, for more history after.
 */
export function writeZonedTrade(sql: Database.Database, random: SeededRandom, orders: number) {
  const { stores, staffId } = writeStoresAndAdmin(sql, [
    { code: 'NYC', zone: 'America/New_York' },
    { code: 'UTC', zone: 'UTC' },
    { code: 'DEL', zone: 'Asia/Kolkata' },
  ]);
  sql.prepare('DELETE FROM store_utc_offsets').run();
  for (const store of stores) writeStoreUtcOffsets(sql, store.id, store.zone);
  const products = [300, 1_999, 45].map((price, index) =>
    Number(
      sql
        .prepare(`INSERT INTO products (uid, sku, name, price_cents, tax_rate_bp) VALUES (?, ?, ?, ?, 825)`)
        .run(newUid(), `S${index}`, `Product ${index}`, price).lastInsertRowid,
    ),
  );
  const customers = [1, 2, 3, 4, 5].map((index) =>
    Number(
      sql
        .prepare(`INSERT INTO customers (uid, first_name, last_name) VALUES (?, 'Client', ?)`)
        .run(newUid(), `No ${index}`).lastInsertRowid,
    ),
  );
  const world = { stores, products, customers, staffId };
  sql.transaction(() => writeHistory(sql, random, { ...world, orders }))();
  return world;
}

/**
 * Writes a random trading history straight into the tables, as the till, the pending-order flow,
 * returns and cancellations write it (totals that add up, payments, refunds), so the rollup
 * triggers see every kind of write. Times gather at the edges that matter: clock changes to
 * the millisecond and local midnights of each store.
 */
export function writeHistory(
  sql: Database.Database,
  random: SeededRandom,
  {
    stores,
    products,
    staffId,
    customers = [],
    orders: count,
  }: { stores: WorldStore[]; products: number[]; customers?: number[]; staffId: number; orders: number },
): void {
  // Numbers go on from the store's last order, so a history can be written onto another.
  const numbers = new Map<number, number>();
  const lastNumber = sql.prepare('SELECT COALESCE(MAX("order_number"), 0) FROM "orders" WHERE "store_id" = ?').pluck();
  const written: WrittenOrder[] = [];
  const price = sql.prepare('SELECT "price_cents" AS "price", "tax_rate_bp" AS "rate" FROM "products" WHERE "id" = ?');
  const insertOrder = sql.prepare(
    `INSERT INTO "orders" ("uid", "store_id", "order_number", "customer_id", "staff_id", "channel", "status", "subtotal_cents",
       "discount_cents", "tax_cents", "total_cents", "placed_at", "created_at", "updated_at") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = sql.prepare(
    `INSERT INTO "order_lines" ("order_id", "line_no", "product_id", "quantity", "unit_price_cents", "discount_cents", "discount_bp",
       "tax_rate_bp", "tax_cents", "total_cents") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPayment = sql.prepare(
    `INSERT INTO "payments" ("uid", "order_id", "method", "kind", "amount_cents", "created_at") VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const setStatus = sql.prepare('UPDATE "orders" SET "status" = ? WHERE "id" = ?');
  const methods = ['cash', 'card', 'voucher', 'other'] as const;

  const instant = (store: WorldStore): string => {
    const roll = random.next();
    if (roll < 0.15)
      return new Date(Date.parse(random.pick(CHANGES)) + random.pick([-1, 0, 1, -1_800_000, 1_800_000])).toISOString();
    if (roll < 0.35) {
      const day = new Date(random.int(FIRST, LAST)).toISOString().slice(0, 10);
      return new Date(localDayStart(store.zone, day).getTime() + random.pick([-1, 0, 1, 3_599_999])).toISOString();
    }
    return new Date(random.int(FIRST, LAST)).toISOString();
  };
  const later = (at: string) => new Date(Date.parse(at) + random.int(0, 40 * 86_400_000)).toISOString();

  const pay = (order: WrittenOrder, at: string) => {
    const total = order.lines.reduce((sum, line) => sum + line.totalCents, 0);
    if (total > 0) insertPayment.run(newUid(), order.id, random.pick(methods), 'payment', total, at);
    order.paidCents = total;
  };

  const place = () => {
    const store = random.pick(stores);
    const placedAt = instant(store);
    const pending = random.chance(0.2);
    const lines = Array.from({ length: random.int(1, 4) }, () => {
      const productId = random.pick(products);
      const { price: unit, rate } = price.get(productId) as { price: number; rate: number };
      const quantity = random.int(1, 5);
      const gross = quantity * unit;
      const bp = random.chance(0.3) ? random.pick([500, 1500, 2500, 3333, 10000]) : null;
      const discount = bp !== null ? Math.round((gross * bp) / 10_000) : random.chance(0.3) ? random.int(0, gross) : 0;
      const tax = Math.round(((gross - discount) * rate) / 10_000);
      return { productId, quantity, unit, bp, discount, rate, tax, total: gross - discount + tax };
    });
    const subtotal = lines.reduce((sum, line) => sum + line.quantity * line.unit, 0);
    const discount = lines.reduce((sum, line) => sum + line.discount, 0);
    const tax = lines.reduce((sum, line) => sum + line.tax, 0);
    const number = (numbers.get(store.id) ?? (lastNumber.get(store.id) as number)) + 1;
    numbers.set(store.id, number);
    const id = Number(
      insertOrder.run(
        randomUUID(),
        store.id,
        number,
        customers.length > 0 && random.chance(0.7) ? random.pick(customers) : null,
        staffId,
        pending ? 'phone' : 'till',
        pending ? 'pending' : 'paid',
        subtotal,
        discount,
        tax,
        subtotal - discount + tax,
        placedAt,
        placedAt,
        placedAt,
      ).lastInsertRowid,
    );
    const order: WrittenOrder = {
      id,
      storeId: store.id,
      placedAt,
      status: pending ? 'pending' : 'paid',
      lines: [],
      paidCents: 0,
      refundedCents: 0,
    };
    lines.forEach((line, index) => {
      const lineId = Number(
        insertLine.run(
          id,
          index + 1,
          line.productId,
          line.quantity,
          line.unit,
          line.discount,
          line.bp,
          line.rate,
          line.tax,
          line.total,
        ).lastInsertRowid,
      );
      order.lines.push({ id: lineId, quantity: line.quantity, returned: 0, totalCents: line.total });
    });
    if (!pending) pay(order, placedAt);
    written.push(order);
  };

  const takeBack = (order: WrittenOrder, at: string, all: boolean) => {
    const open = order.lines.filter((line) => line.returned < line.quantity);
    const chosen = all ? open : open.length === 0 ? [] : [random.pick(open)];
    const back = chosen.map((line) => {
      const units = all ? line.quantity - line.returned : random.int(1, line.quantity - line.returned);
      const refund =
        Math.round((line.totalCents * (line.returned + units)) / line.quantity) -
        Math.round((line.totalCents * line.returned) / line.quantity);
      line.returned += units;
      return { line, units, refund };
    });
    if (!all && back.length === 0) return;
    const refund = back.reduce((sum, entry) => sum + entry.refund, 0);
    const returnId = Number(
      sql
        .prepare(
          `INSERT INTO "order_returns" ("uid", "order_id", "staff_id", "refund_to", "refund_cents", "created_at") VALUES (?, ?, ?, 'original', ?, ?)`,
        )
        .run(randomUUID(), order.id, staffId, refund, at).lastInsertRowid,
    );
    for (const entry of back) {
      sql
        .prepare(
          `INSERT INTO "order_return_lines" ("return_id", "order_line_id", "quantity", "restock", "refund_cents") VALUES (?, ?, ?, 1, ?)`,
        )
        .run(returnId, entry.line.id, entry.units, entry.refund);
    }
    if (refund > 0 && order.refundedCents + refund <= order.paidCents) {
      insertPayment.run(newUid(), order.id, 'card', 'refund', refund, at);
      order.refundedCents += refund;
    }
  };

  for (let step = 0; step < count; step += 1) {
    const roll = random.next();
    const pendingOrders = written.filter((order) => order.status === 'pending');
    const paidOrders = written.filter((order) => order.status === 'paid' || order.status === 'fulfilled');
    if (roll < 0.6 || written.length < 5) {
      place();
    } else if (roll < 0.7 && pendingOrders.length > 0) {
      const order = random.pick(pendingOrders);
      setStatus.run('paid', order.id);
      order.status = 'paid';
      pay(order, later(order.placedAt));
    } else if (roll < 0.75 && pendingOrders.length > 0) {
      const order = random.pick(pendingOrders);
      setStatus.run('cancelled', order.id);
      order.status = 'cancelled';
    } else if (roll < 0.88 && paidOrders.length > 0) {
      const order = random.pick(paidOrders);
      takeBack(order, later(order.placedAt), false);
    } else if (roll < 0.93 && paidOrders.length > 0) {
      const order = random.pick(paidOrders.filter((candidate) => candidate.status === 'paid'));
      if (!order) continue;
      setStatus.run('fulfilled', order.id);
      order.status = 'fulfilled';
    } else if (paidOrders.length > 0) {
      const order = random.pick(paidOrders.filter((candidate) => candidate.status === 'paid'));
      if (!order) continue;
      // Cancelling a paid order refunds what is left of it as one return (docs/sales.md rule 4).
      takeBack(order, later(order.placedAt), true);
      setStatus.run('cancelled', order.id);
      order.status = 'cancelled';
    }
  }
}
