import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import type { OrderRow } from '../../../shared/contract/orders';
import { newUid } from '../../../database/ids';
import { SCAN_WINDOW } from '../../../electron/services/orders/list-orders';
import { CLERK_LOGIN, FIXTURE_TIMEOUT_MS, MANAGER_LOGIN, openSalesFixture, type SalesFixture } from './sales-fixture';

describe('orders.list and orders.endOfDay', () => {
  let f: SalesFixture;
  let customerId: number;
  const placed: { id: number; totalCents: number; status: string }[] = [];

  beforeAll(async () => {
    f = await openSalesFixture();
    customerId = f.customer('Fay List');
    const milk = f.product({ priceCents: 120, stock: 1_000 });
    const cake = f.product({ priceCents: 1_450, stock: 1_000 });
    // Twelve orders, two placed in the same millisecond so ties must break by id.
    for (let i = 0; i < 12; i++) {
      if (i !== 5) await f.advanceClock(7);
      const lines = i % 3 === 0 ? [{ productId: cake, quantity: 1 }] : [{ productId: milk, quantity: i + 1 }];
      const receipt = await f.sell(i % 2 ? f.tokens.manager : f.tokens.clerk, lines, {
        ...(i % 4 === 0 && { customerId }),
        ...(i === 7 && { payments: [{ method: 'cash', amountCents: 960, tenderedCents: 1_000 }] }),
      });
      placed.push({ id: receipt.id, totalCents: receipt.totalCents, status: receipt.status });
    }
    await f.t.ok('orders.transition', { id: placed[2]!.id, to: 'fulfilled' }, f.tokens.clerk);
    placed[2]!.status = 'fulfilled';
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  async function walk(input: ChannelInput<'orders.list'>): Promise<OrderRow[]> {
    const rows: OrderRow[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 1_000; page++) {
      const result = await f.t.ok('orders.list', { ...input, cursor }, f.tokens.clerk);
      rows.push(...result.items);
      if (result.nextCursor === null) return rows;
      cursor = result.nextCursor;
    }
    throw new Error('The cursor never ended.');
  }

  const newestFirst = (ids: number[]) => [...ids].reverse();

  // With 7 a page ends between the two orders placed in the same millisecond.
  it.each([1, 7, 50])('walks every order once, newest first, ties broken by id (%i a page)', async (limit) => {
    const rows = await walk({ limit });
    expect(rows.map((row) => row.id)).toEqual(newestFirst(placed.map((order) => order.id)));
    expect(rows[0]).toMatchObject({ staff: { name: 'mia' }, channel: 'till', status: 'paid', lineCount: 1 });
    expect(rows.at(-1)!.customer).toEqual({ id: customerId, name: 'Fay List' });
  });

  type Placed = (typeof placed)[number];
  it.each([
    ['status', () => ({ status: 'fulfilled' as const }), (_: Placed, i: number) => i === 2],
    ['customer', () => ({ customerId }), (_: Placed, i: number) => i % 4 === 0],
    ['customer and status', () => ({ customerId, status: 'paid' as const }), (_: Placed, i: number) => i % 4 === 0],
    ['payment method', () => ({ paymentMethod: 'cash' as const }), (_: Placed, i: number) => i === 7],
    [
      'total range',
      () => ({ minTotalCents: 1_000, maxTotalCents: 1_450 }),
      (order: Placed) => order.totalCents >= 1_000 && order.totalCents <= 1_450,
    ],
  ])('filters by %s', async (_case, filter, expected) => {
    const rows = await walk({ ...filter(), limit: 2 });
    expect(rows.map((row) => row.id)).toEqual(newestFirst(placed.filter(expected).map((order) => order.id)));
  });

  it('filters by staff, time range and order number', async () => {
    const staffRows = await walk({
      staffId: (await f.t.ok('orders.get', { id: placed[1]!.id }, f.tokens.clerk)).staff.id,
      limit: 50,
    });
    expect(staffRows.map((row) => row.id)).toEqual(newestFirst(placed.filter((_, i) => i % 2 === 1).map((o) => o.id)));

    const third = await f.t.ok('orders.get', { id: placed[3]!.id }, f.tokens.clerk);
    const sixth = await f.t.ok('orders.get', { id: placed[6]!.id }, f.tokens.clerk);
    const window = await walk({ from: third.placedAt, to: sixth.placedAt, limit: 50 });
    expect(window.map((row) => row.id)).toEqual(newestFirst(placed.slice(3, 6).map((o) => o.id)));

    const byNumber = await f.t.ok('orders.list', { orderNumber: third.orderNumber, limit: 50 }, f.tokens.clerk);
    expect(byNumber).toEqual({ items: [expect.objectContaining({ id: third.id })], nextCursor: null });
  });

  it('keeps a page within its scan window on rare matches and resumes where it stopped', async () => {
    const staffId = (await f.t.ok('orders.get', { id: placed[0]!.id }, f.tokens.clerk)).staff.id;
    // Older orders by a staff member nobody filters for, so a filter on the clerk must walk past them.
    const admin = f.sql.prepare(`SELECT id FROM staff_members WHERE username = 'ada'`).get() as { id: number };
    const insert = f.sql.prepare(
      `INSERT INTO orders (uid, store_id, order_number, staff_id, status, subtotal_cents, tax_cents, total_cents, placed_at)
       VALUES (?, ?, ?, ?, 'paid', 100, 0, 100, ?)`,
    );
    f.sql.transaction(() => {
      for (let i = 0; i < SCAN_WINDOW + 10; i++) {
        const at = new Date(Date.parse('2026-10-01T00:00:00Z') + i * 60_000).toISOString();
        insert.run(newUid(), f.storeId, 100_000 + i, admin.id, at);
      }
      insert.run(newUid(), f.storeId, 99_999, staffId, '2026-09-30T00:00:00.000Z');
    })();
    const first = await f.t.ok('orders.list', { staffId, limit: 50 }, f.tokens.clerk);
    expect(first.items.length).toBeLessThan(50);
    expect(first.nextCursor).not.toBeNull();
    const rows = await walk({ staffId, limit: 50 });
    expect(rows.map((row) => row.orderNumber).at(-1)).toBe(99_999);
    expect(rows).toHaveLength(placed.filter((_, i) => i % 2 === 0).length + 1);
  });

  it('refuses a cursor it did not make', async () => {
    expect(await f.error('orders.list', { cursor: 'bm90IGEgY3Vyc29y', limit: 5 }, f.tokens.clerk)).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await f.error('orders.list', { limit: 0 }, f.tokens.clerk)).toMatchObject({ code: 'VALIDATION' });
    expect(await f.error('orders.list', { from: "2026'; --", limit: 5 }, f.tokens.clerk)).toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('closes a day: sales, returns, pending, cancellations and the cash the drawer should hold', async () => {
    // A day later: sessions do not last that long, so the staff log in again.
    f.t.clock.advanceMinutes(24 * 60);
    f.tokens.manager = (await f.t.ok('auth.login', MANAGER_LOGIN)).token;
    f.tokens.clerk = (await f.t.ok('auth.login', CLERK_LOGIN)).token;
    const day = f.t.clock.now().toISOString().slice(0, 10);
    const soap = f.product({ priceCents: 1_000, taxRateBp: 1_000, stock: 100 });
    const cash = await f.sell(f.tokens.clerk, [{ productId: soap, quantity: 2 }], {
      payments: [{ method: 'cash', amountCents: 2_200, tenderedCents: 5_000 }],
    });
    await f.sell(f.tokens.clerk, [{ productId: soap, quantity: 1, discount: { type: 'amount', value: 100 } }]);
    const split = await f.sell(f.tokens.clerk, [{ productId: soap, quantity: 1 }], {
      payments: [
        { method: 'card', amountCents: 600 },
        { method: 'cash', amountCents: 500 },
      ],
    });
    await f.t.ok(
      'orders.return',
      {
        orderId: cash.id,
        lines: [{ orderLineId: cash.lines[0]!.id, quantity: 1, restock: true }],
        refundTo: 'original',
      },
      f.tokens.clerk,
    );
    await f.t.ok('orders.transition', { id: split.id, to: 'cancelled' }, f.tokens.manager);
    await f.t.ok(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        channel: 'online',
        lines: [{ productId: soap, quantity: 3 }],
        expectedTotalCents: 3_300,
        savePending: true,
      },
      f.tokens.clerk,
    );

    expect(await f.error('orders.endOfDay', { date: day }, f.tokens.clerk)).toMatchObject({ code: 'FORBIDDEN' });
    const report = await f.t.ok('orders.endOfDay', { date: day }, f.tokens.manager);
    expect(report).toMatchObject({
      store: { id: f.storeId, code: 'CG-01' },
      date: day,
      timeZone: 'UTC',
      from: `${day}T00:00:00.000Z`,
      sales: { count: 3, netCents: 3_900, discountCents: 100, taxCents: 390 },
      taxBreakdown: [{ rateBp: 1_000, netCents: 3_900, taxCents: 390 }],
      pending: { count: 1, totalCents: 3_300 },
      cancelled: { count: 1 },
      returns: { count: 2, netCents: 2_000, taxRefundedCents: 200, refundCents: 2_200 },
      net: { salesCents: 1_900, taxCents: 190, totalCents: 2_090 },
      // cash: 2200 + 500 paid, 1100 + 500 refunded; card: 990 + 600 paid, 600 refunded.
      cash: { tenderedCents: 5_500, changeCents: 2_800, refundsCents: 1_600, expectedCents: 1_100 },
    });
    expect(report.payments).toEqual([
      { method: 'cash', paymentsCents: 2_700, refundsCents: 1_600, netCents: 1_100 },
      { method: 'card', paymentsCents: 1_590, refundsCents: 600, netCents: 990 },
      { method: 'voucher', paymentsCents: 0, refundsCents: 0, netCents: 0 },
      { method: 'store_credit', paymentsCents: 0, refundsCents: 0, netCents: 0 },
      { method: 'other', paymentsCents: 0, refundsCents: 0, netCents: 0 },
    ]);
    const quiet = await f.t.ok('orders.endOfDay', { date: '2020-01-01' }, f.tokens.manager);
    expect(quiet.sales).toEqual({ count: 0, netCents: 0, discountCents: 0, taxCents: 0 });
    expect(await f.error('orders.endOfDay', { date: '2026-13-45' }, f.tokens.manager)).toMatchObject({
      code: 'VALIDATION',
    });
  });
});
