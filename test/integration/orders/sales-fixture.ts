import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { ErrorPayload } from '../../../shared/errors';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { openTestBackroom, setUpStoreTeam, type TestBackroom } from '../../helpers/backroom';

/** Tables a sale or a return writes to; a refused call must leave every one as it was. */
export const SALES_TABLES = [
  'orders',
  'order_lines',
  'payments',
  'stock_movements',
  'order_status_changes',
  'customer_interactions',
  'discount_approvals',
  'store_credit_entries',
  'order_returns',
  'order_return_lines',
  'order_return_refunds',
  'sync_outbox',
] as const;

/** Five password hashes (setup, two staff, two logins) take seconds on a busy machine. */
export const FIXTURE_TIMEOUT_MS = 60_000;

/** Shorter than the idle timeout of test sessions (30 minutes). */
const SESSION_STEP_MINUTES = 20;

export const MANAGER_LOGIN = { username: 'mia', password: 'mia password 123' } as const;
export const CLERK_LOGIN = { username: 'carl', password: 'carl password 123' } as const;

type PlaceInput = ChannelInput<'orders.place'>;
type Snapshot = Record<(typeof SALES_TABLES)[number] | 'auditOk' | 'onHand', number>;
type CartLine = PlaceInput['lines'][number];

export interface SalesFixture {
  t: TestBackroom;
  sql: Database.Database;
  storeId: number;
  tokens: { admin: string; manager: string; clerk: string };
  /** A product in the catalog, with `stock` units received into the store. */
  product(options?: { priceCents?: number; taxRateBp?: number; stock?: number; allowBackorder?: boolean }): number;
  receive(productId: number, quantity: number): void;
  customer(name?: string): number;
  giveStoreCredit(customerId: number, cents: number): void;
  /** Quotes the cart and places it, paying the quoted total by card unless payments are given. */
  sell(token: string, lines: CartLine[], extra?: Partial<PlaceInput>): Promise<ChannelOutput<'orders.place'>>;
  /** The quoted total of a cart, for inputs built by hand. */
  total(token: string, lines: CartLine[], extra?: Partial<PlaceInput>): Promise<number>;
  onHand(productId: number): number;
  /** Moves the frozen clock on, in steps short enough that every session stays alive. */
  advanceClock(minutes: number): Promise<void>;
  /** Row counts of SALES_TABLES, successful audit rows and the sum of stock on hand. */
  snapshot(): Snapshot;
  error(channel: string, input: unknown, token: string): Promise<ErrorPayload>;
  dispose(): Promise<void>;
}

/** One store with an admin, a manager and a clerk logged in. Logging in costs ~0.3 s: open one per file. */
export async function openSalesFixture(): Promise<SalesFixture> {
  const t = await openTestBackroom();
  const { admin, manager, clerk } = await setUpStoreTeam(t, {
    manager: MANAGER_LOGIN.username,
    clerk: CLERK_LOGIN.username,
  });
  const sql = sqliteOf(t.backroom.dataSource);
  const storeId = admin.staff.storeId;
  let productCount = 0;

  const receive = (productId: number, quantity: number) => {
    sql
      .prepare(
        `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, unit_cost_cents, occurred_at)
         VALUES (?, ?, ?, 'receipt', ?, 50, '2026-11-01T00:00:00.000Z')`,
      )
      .run(newUid(), storeId, productId, quantity);
  };

  const total: SalesFixture['total'] = async (token, lines, extra = {}) => {
    const quote = await t.ok(
      'orders.quote',
      {
        lines: lines.map(({ productId, quantity, discount }) => ({ productId, quantity, discount })),
        orderDiscount: extra.orderDiscount,
        customerId: extra.customerId,
      },
      token,
    );
    return quote.totalCents;
  };

  return {
    t,
    sql,
    storeId,
    tokens: { admin: admin.token, manager, clerk },
    product({ priceCents = 250, taxRateBp = 0, stock = 100, allowBackorder = false } = {}) {
      productCount += 1;
      const id = Number(
        sql
          .prepare(
            `INSERT INTO products (uid, sku, name, price_cents, cost_cents, tax_rate_bp, allow_backorder)
             VALUES (?, ?, ?, ?, 50, ?, ?)`,
          )
          .run(
            newUid(),
            `SKU-${productCount}`,
            `Product ${productCount}`,
            priceCents,
            taxRateBp,
            allowBackorder ? 1 : 0,
          ).lastInsertRowid,
      );
      if (stock > 0) receive(id, stock);
      return id;
    },
    receive,
    customer(name = 'Ann Lee') {
      const [first, last] = name.split(' ');
      return Number(
        sql
          .prepare('INSERT INTO customers (uid, first_name, last_name) VALUES (?, ?, ?)')
          .run(newUid(), first, last ?? '').lastInsertRowid,
      );
    },
    giveStoreCredit(customerId, cents) {
      sql
        .prepare(
          `INSERT INTO store_credit_entries (uid, customer_id, amount_cents, reason) VALUES (?, ?, ?, 'adjustment')`,
        )
        .run(newUid(), customerId, cents);
    },
    total,
    async sell(token, lines, extra = {}) {
      const expectedTotalCents = await total(token, lines, extra);
      const payments = expectedTotalCents === 0 ? [] : [{ method: 'card' as const, amountCents: expectedTotalCents }];
      return t.ok(
        'orders.place',
        { idempotencyKey: randomUUID(), lines, expectedTotalCents, payments, ...extra },
        token,
      );
    },
    async advanceClock(minutes) {
      for (let left = minutes; left > 0; left -= SESSION_STEP_MINUTES) {
        t.clock.advanceMinutes(Math.min(left, SESSION_STEP_MINUTES));
        for (const token of [admin.token, manager, clerk]) await t.ok('settings.getSales', {}, token);
      }
    },
    onHand(productId) {
      const row = sql
        .prepare('SELECT on_hand FROM stock_levels WHERE store_id = ? AND product_id = ?')
        .get(storeId, productId) as { on_hand: number };
      return row.on_hand;
    },
    snapshot() {
      const counts = {} as Snapshot;
      for (const table of SALES_TABLES) {
        counts[table] = (sql.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
      }
      counts.auditOk = (
        sql.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE result = 'ok'`).get() as { n: number }
      ).n;
      counts.onHand = (sql.prepare('SELECT IFNULL(SUM(on_hand), 0) AS n FROM stock_levels').get() as { n: number }).n;
      return counts;
    },
    async error(channel, input, token) {
      const envelope = await t.call(channel, input, token);
      if (envelope.ok) throw new Error(`${channel} succeeded but was expected to fail`);
      return envelope.error;
    },
    dispose: () => t.dispose(),
  };
}
