import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from './sales-fixture';

describe('orders.transition and orders.get', () => {
  let f: SalesFixture;
  beforeAll(async () => {
    f = await openSalesFixture();
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  const pendingOrder = async (productId: number, quantity = 1) =>
    f.t.ok(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        channel: 'online',
        lines: [{ productId, quantity }],
        expectedTotalCents: await f.total(f.tokens.clerk, [{ productId, quantity }]),
        savePending: true,
      },
      f.tokens.clerk,
    );

  it('pays a pending order, then fulfils and delivers it, recording each step', async () => {
    const box = f.product({ priceCents: 2_000, taxRateBp: 1_000 });
    const order = await pendingOrder(box);
    const unpaid = await f.error('orders.transition', { id: order.id, to: 'paid' }, f.tokens.clerk);
    expect(unpaid).toMatchObject({ code: 'VALIDATION', message: '$22.00 still due.' });

    f.t.clock.advanceMinutes(30);
    const paid = await f.t.ok(
      'orders.transition',
      { id: order.id, to: 'paid', payments: [{ method: 'cash', amountCents: 2_200, tenderedCents: 2_500 }] },
      f.tokens.clerk,
    );
    expect(paid).toMatchObject({ status: 'paid', paidCents: 2_200, changeCents: 300 });
    expect(paid.allowedActions).toEqual({ transitions: ['fulfilled'], canReturn: true });

    const withPayments = await f.error(
      'orders.transition',
      { id: order.id, to: 'fulfilled', payments: [{ method: 'card', amountCents: 1 }] },
      f.tokens.clerk,
    );
    expect(withPayments.code).toBe('VALIDATION');
    await f.t.ok('orders.transition', { id: order.id, to: 'fulfilled' }, f.tokens.clerk);
    const delivered = await f.t.ok(
      'orders.transition',
      { id: order.id, to: 'delivered', reason: 'Left with neighbour' },
      f.tokens.clerk,
    );
    expect(delivered.history.map(({ from, to }) => [from, to])).toEqual([
      [null, 'pending'],
      ['pending', 'paid'],
      ['paid', 'fulfilled'],
      ['fulfilled', 'delivered'],
    ]);
    expect(delivered.history[1]).toMatchObject({ at: '2026-11-25T09:30:00.000Z', staff: { name: 'carl' } });
    expect(delivered.allowedActions).toEqual({ transitions: [], canReturn: true });
    const audit = f.sql
      .prepare(
        `SELECT details FROM audit_log WHERE action = 'orders.transition' AND result = 'ok' ORDER BY id DESC LIMIT 1`,
      )
      .get() as { details: string };
    expect(JSON.parse(audit.details)).toEqual({ from: 'fulfilled', to: 'delivered', reason: 'Left with neighbour' });
  });

  it('refuses transitions the lifecycle does not allow, writing nothing', async () => {
    const jar = f.product({ priceCents: 300 });
    const paid = await f.sell(f.tokens.clerk, [{ productId: jar, quantity: 1 }]);
    const pending = await pendingOrder(jar);
    const cases = [
      [paid.id, 'paid'],
      [paid.id, 'delivered'],
      [pending.id, 'fulfilled'],
      [pending.id, 'delivered'],
    ] as const;
    for (const [id, to] of cases) {
      const before = f.snapshot();
      const error = await f.error('orders.transition', { id, to }, f.tokens.manager);
      expect(error.code).toBe('CONFLICT');
      expect(error.details).toMatchObject({ to });
      expect(f.snapshot()).toEqual(before);
    }
    await f.t.ok('orders.transition', { id: pending.id, to: 'cancelled' }, f.tokens.manager);
    expect(
      await f.error('orders.transition', { id: pending.id, to: 'paid', payments: [] }, f.tokens.manager),
    ).toMatchObject({
      code: 'CONFLICT',
      message: 'A cancelled order cannot become paid.',
    });
    expect(await f.error('orders.transition', { id: 999_999, to: 'paid' }, f.tokens.manager)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await f.error('orders.transition', { id: paid.id, to: 'pending' }, f.tokens.manager)).toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('lets only a manager cancel', async () => {
    const jar = f.product({ priceCents: 300 });
    const order = await f.sell(f.tokens.clerk, [{ productId: jar, quantity: 1 }]);
    const before = f.snapshot();
    expect(await f.error('orders.transition', { id: order.id, to: 'cancelled' }, f.tokens.clerk)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(f.snapshot()).toEqual(before);
    const detail = await f.t.ok('orders.get', { id: order.id }, f.tokens.clerk);
    expect(detail.allowedActions.transitions).toEqual(['fulfilled']);
    const asManager = await f.t.ok('orders.get', { id: order.id }, f.tokens.manager);
    expect(asManager.allowedActions.transitions).toEqual(['fulfilled', 'cancelled']);
  });

  it('cancels a pending order by putting its units back, refunding nothing', async () => {
    const crate = f.product({ priceCents: 700, stock: 10 });
    const order = await pendingOrder(crate, 4);
    expect(f.onHand(crate)).toBe(6);
    const cancelled = await f.t.ok(
      'orders.transition',
      { id: order.id, to: 'cancelled', reason: 'Customer rang back' },
      f.tokens.manager,
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', payments: [], returns: [] });
    expect(f.onHand(crate)).toBe(10);
  });

  it('cancels a paid order: refunds what is left to the original payments, restocks what did not come back', async () => {
    const oil = f.product({ priceCents: 1_000, stock: 10 });
    const salt = f.product({ priceCents: 300, stock: 10 });
    const customerId = f.customer('Dee Split');
    f.giveStoreCredit(customerId, 500);
    const lines = [
      { productId: oil, quantity: 2 },
      { productId: salt, quantity: 1 },
    ];
    // 2300 paid: 500 store credit, then 1000 card, then 800 cash (latest).
    const order = await f.sell(f.tokens.clerk, lines, {
      customerId,
      payments: [
        { method: 'store_credit', amountCents: 500 },
        { method: 'card', amountCents: 1_000 },
        { method: 'cash', amountCents: 800, tenderedCents: 1_000 },
      ],
    });
    const oilLine = order.lines.find((line) => line.productId === oil)!;
    // One damaged bottle comes back first, written off: 1000 refunded to the latest payments (cash 800, card 200).
    const returned = await f.t.ok(
      'orders.return',
      { orderId: order.id, lines: [{ orderLineId: oilLine.id, quantity: 1, restock: false }], refundTo: 'original' },
      f.tokens.clerk,
    );
    expect(returned.refunds).toEqual([
      { method: 'cash', amountCents: 800 },
      { method: 'card', amountCents: 200 },
    ]);
    expect(f.onHand(oil)).toBe(8);

    const cancelled = await f.t.ok(
      'orders.transition',
      { id: order.id, to: 'cancelled', reason: 'Wrong delivery' },
      f.tokens.manager,
    );
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.paidCents).toBe(0);
    expect(cancelled.refundedCents).toBe(2_300);
    expect(cancelled.returns).toHaveLength(2);
    expect(cancelled.returns[1]).toMatchObject({
      refundTo: 'original',
      refundCents: 1_300,
      note: 'Order cancelled: Wrong delivery',
    });
    expect(cancelled.payments.filter((p) => p.kind === 'refund').map((p) => [p.method, p.amountCents])).toEqual([
      ['cash', 800],
      ['card', 200],
      ['card', 800],
      ['store_credit', 500],
    ]);
    // The written-off bottle stays written off; the rest is back on the shelf.
    expect(f.onHand(oil)).toBe(9);
    expect(f.onHand(salt)).toBe(10);
    const credit = f.sql
      .prepare('SELECT SUM(amount_cents) AS b FROM store_credit_entries WHERE customer_id = ?')
      .get(customerId) as { b: number };
    expect(credit.b).toBe(500);
    expect(cancelled.allowedActions).toEqual({ transitions: [], canReturn: false });
  });
});
