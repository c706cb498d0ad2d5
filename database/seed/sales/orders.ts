import type { SellableCatalog } from '../catalog/products';
import { POPULARITY_SKEW } from '../catalog/stock-policy';
import type { SeededCustomers } from '../customers';
import type { LedgerWriter } from '../ledger-writer';
import { cumulativeWeights, type SeededRandom } from '../random';
import { writeInChunks, type SeedContext } from '../seed-context';
import { DAY_MS, iso } from '../seed-time';
import type { StoreTeam } from '../staff';
import type { SeededStore } from '../stores';
import { orderCalendar } from './calendar';
import { planPayments } from './payments';
import type { StockKeeper } from './stock-keeper';

export interface SalesInput {
  catalog: SellableCatalog;
  stores: readonly SeededStore[];
  teams: readonly StoreTeam[];
  customers: SeededCustomers;
  stock: StockKeeper;
  ledger: LedgerWriter;
}

const MAX_LINES = 9;
const ORDERS_PER_REPORT = 1_000;
/** Units per line: 1 (70 %), 2 (18 %), 3 (7 %), then up to 6. */
const QUANTITY_WEIGHTS = cumulativeWeights([70, 18, 7, 2.5, 1.5, 1]);
const DISCOUNT_PERCENTS = [10, 15, 20, 25, 50];
/** Till orders mostly; the rest come in by phone or online, for delivery. */
const CHANNELS = ['till', 'online', 'phone'] as const;
const CHANNEL_WEIGHTS = cumulativeWeights([82, 13, 5]);

/**
 * The trading history: orders in time order, numbered per store, each with 1–9 lines, a sale
 * movement per line and its payments. Orders are inserted 'paid' (or 'pending' for the last
 * days' unpaid phone and online orders); `advanceOrderStatuses` moves them along afterwards.
 */
export async function seedOrders(ctx: SeedContext, random: SeededRandom, input: SalesInput): Promise<void> {
  const { catalog, stores, teams, customers, stock, ledger } = input;
  const calendar = orderCalendar(
    random,
    ctx.scale.orders,
    stores.map((store) => store.salesWeight),
    stores.map((store) => store.timeZone),
    ctx.time,
  );
  const insertOrder = ctx.db.prepare(
    `INSERT INTO "orders" ("uid", "store_id", "order_number", "customer_id", "staff_id", "channel", "status", "subtotal_cents",
       "discount_cents", "tax_cents", "total_cents", "placed_at", "created_at", "updated_at")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = ctx.db.prepare(
    `INSERT INTO "order_lines" ("order_id", "line_no", "product_id", "quantity", "unit_price_cents", "discount_cents",
       "tax_rate_bp", "tax_cents", "total_cents") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPayment = ctx.db.prepare(
    `INSERT INTO "payments" ("uid", "order_id", "method", "amount_cents", "tendered_cents", "change_cents", "created_at")
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const orderNumbers = new Int32Array(stores.length);
  const lineProduct = new Int32Array(MAX_LINES);
  const lineQuantity = new Int32Array(MAX_LINES);
  const lineDiscount = new Int32Array(MAX_LINES);
  const lineTax = new Int32Array(MAX_LINES);

  /** Fills the line buffers for an order; returns the number of lines (at least one). */
  const fillBasket = (storeIndex: number, atMs: number): number => {
    const wantedLines = random.int(1, MAX_LINES);
    let lines = 0;
    let firstTried = -1;
    for (let attempt = 0; attempt < wantedLines * 3 && lines < wantedLines; attempt++) {
      const productIndex = catalog.ranking[random.skewedIndex(catalog.ranking.length, POPULARITY_SKEW)]!;
      if (firstTried < 0) firstTried = productIndex;
      if (lineProduct.subarray(0, lines).includes(productIndex)) continue;
      const quantity = stock.take(storeIndex, productIndex, random.weightedIndex(QUANTITY_WEIGHTS) + 1, atMs);
      if (quantity === 0) continue;
      lineProduct[lines] = productIndex;
      lineQuantity[lines++] = quantity;
    }
    if (lines === 0) {
      stock.expedite(storeIndex, firstTried, atMs);
      lineProduct[0] = firstTried;
      lineQuantity[0] = stock.take(storeIndex, firstTried, 1, atMs);
      lines = 1;
    }
    return lines;
  };

  const write = (from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const placed = calendar.next();
      if (placed.done) throw new Error('The order calendar ran out of orders.');
      const { placedMs, storeIndex } = placed.value;
      const store = stores[storeIndex]!;
      const team = teams[storeIndex]!;
      const channel = CHANNELS[random.weightedIndex(CHANNEL_WEIGHTS)]!;
      const atTill = channel === 'till';
      const staffId = atTill && random.chance(0.1) ? team.managerId : random.pick(team.clerkIds);
      const customerId = atTill && random.chance(0.45) ? null : pickCustomer(random, customers, placedMs);
      const pending = !atTill && placedMs > ctx.time.endMs - 2 * DAY_MS && random.chance(0.4);

      const lines = fillBasket(storeIndex, placedMs);
      let subtotal = 0;
      let discount = 0;
      let tax = 0;
      for (let i = 0; i < lines; i++) {
        const productIndex = lineProduct[i]!;
        const gross = lineQuantity[i]! * catalog.priceCents[productIndex]!;
        const lineDiscountCents = random.chance(0.07) ? Math.round((gross * random.pick(DISCOUNT_PERCENTS)) / 100) : 0;
        const lineTaxCents = Math.round(((gross - lineDiscountCents) * catalog.taxBp[productIndex]!) / 10_000);
        lineDiscount[i] = lineDiscountCents;
        lineTax[i] = lineTaxCents;
        subtotal += gross;
        discount += lineDiscountCents;
        tax += lineTaxCents;
      }
      const total = subtotal - discount + tax;

      const stamp = iso(placedMs);
      const orderId = Number(
        insertOrder.run(
          random.uid(placedMs),
          store.id,
          ++orderNumbers[storeIndex]!,
          customerId,
          staffId,
          channel,
          pending ? 'pending' : 'paid',
          subtotal,
          discount,
          tax,
          total,
          stamp,
          stamp,
          stamp,
        ).lastInsertRowid,
      );
      for (let i = 0; i < lines; i++) {
        const productIndex = lineProduct[i]!;
        const productId = catalog.productIds[productIndex]!;
        const quantity = lineQuantity[i]!;
        const price = catalog.priceCents[productIndex]!;
        const lineTotal = quantity * price - lineDiscount[i]! + lineTax[i]!;
        insertLine.run(
          orderId,
          i + 1,
          productId,
          quantity,
          price,
          lineDiscount[i],
          catalog.taxBp[productIndex],
          lineTax[i],
          lineTotal,
        );
        ledger.sale(store.id, productId, quantity, catalog.costCents[productIndex]!, orderId, staffId, stamp, placedMs);
      }
      if (!pending) {
        for (const payment of planPayments(random, total, atTill)) {
          insertPayment.run(
            random.uid(placedMs),
            orderId,
            payment.method,
            payment.amountCents,
            payment.tenderedCents,
            payment.changeCents,
            stamp,
          );
        }
      }
    }
  };
  await writeInChunks(ctx, 'orders', ctx.scale.orders, ctx.scale.ordersPerTransaction, write, ORDERS_PER_REPORT);
}

/**
 * A customer who had joined by `atMs`. Long-standing customers shop more often, so the draw
 * favours the earliest ids.
 */
function pickCustomer(random: SeededRandom, customers: SeededCustomers, atMs: number): number {
  const joined = Math.floor((atMs - customers.firstJoinedMs) / customers.joinIntervalMs);
  const available = Math.max(1, Math.min(customers.ids.length, joined));
  return customers.ids[random.skewedIndex(available, 1.5)]!;
}
