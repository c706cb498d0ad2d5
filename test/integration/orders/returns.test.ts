import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUid } from '../../../database/ids';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from './sales-fixture';

describe('orders.return', () => {
  let f: SalesFixture;
  beforeAll(async () => {
    f = await openSalesFixture();
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  it('refunds each unit its share of what was paid, discounts and tax included, exactly in total', async () => {
    const soup = f.product({ priceCents: 333, taxRateBp: 2_000, stock: 20 });
    const bread = f.product({ priceCents: 250, stock: 20 });
    const order = await f.sell(
      f.tokens.clerk,
      [
        { productId: soup, quantity: 3, discount: { type: 'amount', value: 50 } },
        { productId: bread, quantity: 1 },
      ],
      { orderDiscount: { type: 'percent', value: 500 } },
    );
    const soupLine = order.lines.find((line) => line.productId === soup)!;
    const breadLine = order.lines.find((line) => line.productId === bread)!;
    const returnOne = async (orderLineId: number, restock: boolean) =>
      f.t.ok(
        'orders.return',
        { orderId: order.id, lines: [{ orderLineId, quantity: 1, restock }], refundTo: 'original' },
        f.tokens.clerk,
      );

    const first = await returnOne(soupLine.id, true);
    expect(first.refundCents).toBe(Math.round(soupLine.totalCents / 3));
    await returnOne(soupLine.id, false);
    const third = await returnOne(soupLine.id, true);
    const last = await returnOne(breadLine.id, true);
    expect(third.order.returns.map((entry) => entry.refundCents).reduce((a, b) => a + b, 0)).toBe(soupLine.totalCents);
    expect(last.order.refundedCents).toBe(order.totalCents);
    expect(last.order.paidCents).toBe(0);
    expect(last.order.allowedActions.canReturn).toBe(false);
    expect(f.onHand(soup)).toBe(19); // one of three written off
    expect(f.onHand(bread)).toBe(20);
    expect(last.order.lines.map((line) => line.returnedQuantity)).toEqual([3, 1]);
  });

  it('refuses more than was sold across returns with a clear message, writing nothing', async () => {
    const pear = f.product({ priceCents: 80 });
    const order = await f.sell(f.tokens.clerk, [{ productId: pear, quantity: 3 }]);
    const line = order.lines[0]!;
    await f.t.ok(
      'orders.return',
      { orderId: order.id, lines: [{ orderLineId: line.id, quantity: 2, restock: true }], refundTo: 'original' },
      f.tokens.clerk,
    );
    const before = f.snapshot();
    const error = await f.error(
      'orders.return',
      { orderId: order.id, lines: [{ orderLineId: line.id, quantity: 2, restock: true }], refundTo: 'original' },
      f.tokens.clerk,
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^More would come back than was sold: 1 of Product \d+ can still come back\.$/),
      details: { lines: [{ orderLineId: line.id, sold: 3, returned: 2, requested: 2 }] },
    });
    expect(f.snapshot()).toEqual(before);
  });

  it('refuses refunds beyond what was paid, even when money went back some other way', async () => {
    const plum = f.product({ priceCents: 400 });
    const order = await f.sell(f.tokens.clerk, [{ productId: plum, quantity: 2 }]);
    // A refund booked outside Backroom's returns (an import, say) already gave half back.
    f.sql
      .prepare(`INSERT INTO payments (uid, order_id, method, kind, amount_cents) VALUES (?, ?, 'card', 'refund', 500)`)
      .run(newUid(), order.id);
    const before = f.snapshot();
    const error = await f.error(
      'orders.return',
      {
        orderId: order.id,
        lines: [{ orderLineId: order.lines[0]!.id, quantity: 2, restock: true }],
        refundTo: 'original',
      },
      f.tokens.clerk,
    );
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Refunds cannot exceed what was paid.' });
    expect(f.snapshot()).toEqual(before);
  });

  it('refuses returns on cancelled and pending orders', async () => {
    const fig = f.product({ priceCents: 150 });
    const paid = await f.sell(f.tokens.clerk, [{ productId: fig, quantity: 1 }]);
    await f.t.ok('orders.transition', { id: paid.id, to: 'cancelled' }, f.tokens.manager);
    const returnAll = (orderId: number, orderLineId: number) =>
      f.error(
        'orders.return',
        { orderId, lines: [{ orderLineId, quantity: 1, restock: true }], refundTo: 'original' },
        f.tokens.manager,
      );
    const before = f.snapshot();
    expect(await returnAll(paid.id, paid.lines[0]!.id)).toMatchObject({ code: 'CONFLICT', message: /was cancelled/ });

    const pending = await f.t.ok(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        channel: 'phone',
        lines: [{ productId: fig, quantity: 1 }],
        expectedTotalCents: 150,
        savePending: true,
      },
      f.tokens.clerk,
    );
    expect(await returnAll(pending.id, pending.lines[0]!.id)).toMatchObject({
      code: 'CONFLICT',
      message: /not paid yet/,
    });
    expect(f.snapshot().order_returns).toBe(before.order_returns);
  });

  it('refunds to store credit only for an order with a customer', async () => {
    const kiwi = f.product({ priceCents: 500 });
    const anonymous = await f.sell(f.tokens.clerk, [{ productId: kiwi, quantity: 1 }]);
    expect(
      await f.error(
        'orders.return',
        {
          orderId: anonymous.id,
          lines: [{ orderLineId: anonymous.lines[0]!.id, quantity: 1, restock: true }],
          refundTo: 'store_credit',
        },
        f.tokens.clerk,
      ),
    ).toMatchObject({ code: 'VALIDATION', message: /needs a customer/ });

    const customerId = f.customer('Eve Credit');
    const known = await f.sell(f.tokens.clerk, [{ productId: kiwi, quantity: 2 }], { customerId });
    const result = await f.t.ok(
      'orders.return',
      {
        orderId: known.id,
        lines: [{ orderLineId: known.lines[0]!.id, quantity: 1, restock: true }],
        refundTo: 'store_credit',
        note: 'Bruised',
      },
      f.tokens.clerk,
    );
    expect(result.refunds).toEqual([{ method: 'store_credit', amountCents: 500 }]);
    expect(result.order.returns).toMatchObject([
      { refundTo: 'store_credit', refundCents: 500, note: 'Bruised', staff: { name: 'carl' } },
    ]);
    const balance = f.sql
      .prepare('SELECT SUM(amount_cents) AS b FROM store_credit_entries WHERE customer_id = ?')
      .get(customerId) as { b: number };
    expect(balance.b).toBe(500);
    const links = f.sql
      .prepare('SELECT COUNT(*) AS n FROM order_return_refunds WHERE return_id = ?')
      .get(result.returnId) as { n: number };
    expect(links.n).toBe(1);
  });

  it('refuses lines of another order, repeated lines and orders of another store', async () => {
    const lime = f.product({ priceCents: 40 });
    const one = await f.sell(f.tokens.clerk, [{ productId: lime, quantity: 1 }]);
    const two = await f.sell(f.tokens.clerk, [{ productId: lime, quantity: 1 }]);
    const lineOfTwo = two.lines[0]!.id;
    expect(
      await f.error(
        'orders.return',
        { orderId: one.id, lines: [{ orderLineId: lineOfTwo, quantity: 1, restock: true }], refundTo: 'original' },
        f.tokens.clerk,
      ),
    ).toMatchObject({ code: 'VALIDATION', details: { orderLineIds: [lineOfTwo] } });
    const line = { orderLineId: one.lines[0]!.id, quantity: 1, restock: true };
    expect(
      await f.error('orders.return', { orderId: one.id, lines: [line, line], refundTo: 'original' }, f.tokens.clerk),
    ).toMatchObject({
      code: 'VALIDATION',
    });

    const otherStore = Number(
      f.sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'OTHER', 'Other')`).run(newUid()).lastInsertRowid,
    );
    f.sql.prepare('UPDATE orders SET store_id = ? WHERE id = ?').run(otherStore, two.id);
    expect(
      await f.error(
        'orders.return',
        { orderId: two.id, lines: [{ orderLineId: lineOfTwo, quantity: 1, restock: true }], refundTo: 'original' },
        f.tokens.clerk,
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect((await f.t.ok('orders.get', { id: two.id }, f.tokens.manager)).allowedActions).toEqual({
      transitions: [],
      canReturn: false,
    });
  });
});
