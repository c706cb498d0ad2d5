import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import { FIXTURE_TIMEOUT_MS, MANAGER_LOGIN, openSalesFixture, type SalesFixture } from './sales-fixture';

type PlaceInput = ChannelInput<'orders.place'>;

describe('orders.quote and orders.place', () => {
  let f: SalesFixture;
  beforeAll(async () => {
    f = await openSalesFixture();
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  it('quotes from the catalog with tax by rate, stock warnings and the approval flag', async () => {
    const milk = f.product({ priceCents: 199, taxRateBp: 500, stock: 2 });
    const wine = f.product({ priceCents: 1_250, taxRateBp: 2_000 });
    const quote = await f.t.ok(
      'orders.quote',
      {
        lines: [
          { productId: milk, quantity: 3 },
          { productId: wine, quantity: 1, discount: { type: 'percent', value: 1_500 } },
        ],
      },
      f.tokens.clerk,
    );
    // milk 597, tax 29.85 → 30; wine 1250 − 187.5→188 = 1062, tax 212.4 → 212.
    expect(quote).toMatchObject({
      subtotalCents: 1_847,
      discountCents: 188,
      taxCents: 242,
      totalCents: 1_901,
      discountBp: 1_504,
      approvalThresholdBp: 1_000,
      needsApproval: true,
      customer: null,
    });
    expect(quote.taxBreakdown).toEqual([
      { rateBp: 500, netCents: 597, taxCents: 30 },
      { rateBp: 2_000, netCents: 1_062, taxCents: 212 },
    ]);
    expect(quote.stockWarnings).toEqual([
      { productId: milk, name: expect.any(String), onHand: 2, requested: 3, allowBackorder: false },
    ]);
  });

  it('places a paid till sale with cash change and writes every row in one go', async () => {
    const bread = f.product({ priceCents: 349, taxRateBp: 1_000, stock: 10 });
    const jam = f.product({ priceCents: 425, stock: 10 });
    const customerId = f.customer('Bea Smith');
    const before = f.snapshot();
    const lines = [
      { productId: bread, quantity: 2 },
      { productId: jam, quantity: 1 },
    ];
    const total = await f.total(f.tokens.clerk, lines); // 698 + 69.8→70 + 425 = 1193
    expect(total).toBe(1_193);
    const receipt = await f.t.ok(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        channel: 'till',
        customerId,
        lines,
        expectedTotalCents: total,
        payments: [
          { method: 'cash', amountCents: 1_000, tenderedCents: 2_000 },
          { method: 'card', amountCents: 193 },
        ],
      },
      f.tokens.clerk,
    );
    expect(receipt).toMatchObject({
      status: 'paid',
      channel: 'till',
      store: { name: 'Corner Grocery', code: 'CG-01', address: null },
      staff: { name: 'carl' },
      customer: { id: customerId, name: 'Bea Smith' },
      subtotalCents: 1_123,
      taxCents: 70,
      totalCents: 1_193,
      paidCents: 1_193,
      changeCents: 1_000,
      discountApproval: null,
      returns: [],
    });
    expect(receipt.orderNumber).toBeGreaterThan(0);
    expect(receipt.payments).toMatchObject([
      { method: 'cash', kind: 'payment', amountCents: 1_000, tenderedCents: 2_000, changeCents: 1_000 },
      { method: 'card', kind: 'payment', amountCents: 193, tenderedCents: null, changeCents: null },
    ]);
    expect(receipt.lines.map((line) => [line.lineNo, line.quantity, line.taxCents, line.totalCents])).toEqual([
      [1, 2, 70, 768],
      [2, 1, 0, 425],
    ]);
    expect(f.onHand(bread)).toBe(8);
    expect(f.onHand(jam)).toBe(9);

    const after = f.snapshot();
    expect(after.orders - before.orders).toBe(1);
    expect(after.order_lines - before.order_lines).toBe(2);
    expect(after.payments - before.payments).toBe(2);
    expect(after.stock_movements - before.stock_movements).toBe(2);
    expect(after.order_status_changes - before.order_status_changes).toBe(1);
    expect(after.customer_interactions - before.customer_interactions).toBe(2);
    // The purchase rows are the order's own lines again: the profile counts each product once.
    const profile = await f.t.ok('customers.get', { id: customerId }, f.tokens.clerk);
    expect(profile.interactionCounts.bought).toBe(2);
    expect(after.auditOk - before.auditOk).toBe(1);
    // The order travels whole (lines, payments, timeline) as one outbox row; each movement as its own.
    expect(after.sync_outbox - before.sync_outbox).toBe(3);
    const audit = f.sql
      .prepare(
        `SELECT entity, entity_id, details FROM audit_log WHERE action = 'orders.place' ORDER BY id DESC LIMIT 1`,
      )
      .get() as {
      entity: string;
      entity_id: string;
      details: string;
    };
    expect(audit).toMatchObject({ entity: 'orders', entity_id: String(receipt.id) });
    expect(JSON.parse(audit.details)).toMatchObject({ totalCents: 1_193, orderNumber: receipt.orderNumber });
    expect(await f.t.ok('orders.getReceipt', { id: receipt.id }, f.tokens.clerk)).toEqual(receipt);
  });

  it('numbers orders one after another per store', async () => {
    const apple = f.product({ priceCents: 60 });
    const first = await f.sell(f.tokens.clerk, [{ productId: apple, quantity: 1 }]);
    const second = await f.sell(f.tokens.clerk, [{ productId: apple, quantity: 1 }]);
    expect(second.orderNumber).toBe(first.orderNumber + 1);
  });

  it('places one order for a double click: the same idempotency key returns the same order', async () => {
    const egg = f.product({ priceCents: 30 });
    const input = {
      idempotencyKey: randomUUID(),
      lines: [{ productId: egg, quantity: 6 }],
      expectedTotalCents: 180,
      payments: [{ method: 'card' as const, amountCents: 180 }],
    };
    const before = f.snapshot();
    const [first, second] = await Promise.all([
      f.t.ok('orders.place', input, f.tokens.clerk),
      f.t.ok('orders.place', input, f.tokens.clerk),
    ]);
    const third = await f.t.ok('orders.place', input, f.tokens.clerk);
    expect(second.id).toBe(first.id);
    expect(third).toEqual(first);
    const after = f.snapshot();
    expect(after.orders - before.orders).toBe(1);
    expect(after.payments - before.payments).toBe(1);
    expect(f.onHand(egg)).toBe(94);
  });

  it.each<[string, (sale: PlaceInput, other: { beans: number; customerId: number }) => PlaceInput]>([
    [
      'other lines',
      (sale, { beans }) => ({
        ...sale,
        lines: [{ productId: beans, quantity: 1 }],
        expectedTotalCents: 250,
        payments: [{ method: 'card', amountCents: 250 }],
      }),
    ],
    [
      'one more unit',
      (sale) => ({
        ...sale,
        lines: [{ productId: sale.lines[0]!.productId, quantity: 3 }],
        expectedTotalCents: 750,
        payments: [{ method: 'card', amountCents: 750 }],
      }),
    ],
    ['a customer', (sale, { customerId }) => ({ ...sale, customerId })],
    ['as a pending phone order', (sale) => ({ ...sale, channel: 'phone', payments: [], savePending: true })],
  ])(
    'refuses another sale sent under a placed sale’s key (%s), naming the order, and sells nothing',
    async (_case, change) => {
      // Two windows share the kept sale, or the answer to a placed sale was lost and the cart then changed.
      const rice = f.product({ priceCents: 250 });
      const beans = f.product({ priceCents: 250 });
      const sale: PlaceInput = {
        idempotencyKey: randomUUID(),
        lines: [{ productId: rice, quantity: 2 }],
        expectedTotalCents: 500,
        payments: [{ method: 'cash', amountCents: 500 }],
      };
      const placed = await f.t.ok('orders.place', sale, f.tokens.clerk);
      const other = change(sale, { beans, customerId: f.customer('Ida Bell') });
      const before = f.snapshot();
      const error = await f.error('orders.place', other, f.tokens.clerk);
      expect(error).toEqual({
        code: 'CONFLICT',
        message: expect.stringContaining(`order ${placed.orderNumber}`),
        details: { placedOrderId: placed.id, orderNumber: placed.orderNumber },
      });
      expect(f.snapshot()).toEqual(before);
    },
  );

  it('refuses a cart whose prices changed since the quote, naming the new price, and writes nothing', async () => {
    const cheese = f.product({ priceCents: 500 });
    const lines = [{ productId: cheese, quantity: 2, expectedUnitPriceCents: 500 }];
    const quoted = await f.total(f.tokens.clerk, lines);
    f.sql.prepare('UPDATE products SET price_cents = 550 WHERE id = ?').run(cheese);
    const before = f.snapshot();
    const error = await f.error(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        lines,
        expectedTotalCents: quoted,
        payments: [{ method: 'card', amountCents: quoted }],
      },
      f.tokens.clerk,
    );
    expect(error).toEqual({
      code: 'CONFLICT',
      message: 'Prices changed since the cart was built.',
      details: { lines: [{ productId: cheese, expectedUnitPriceCents: 500, unitPriceCents: 550 }], totalCents: 1_100 },
    });
    expect(f.snapshot()).toEqual(before);
  });

  it('refuses selling more than is in stock, naming the product, and writes nothing', async () => {
    const flour = f.product({ priceCents: 120, stock: 3 });
    const sugar = f.product({ priceCents: 90, stock: 50 });
    const lines = [
      { productId: sugar, quantity: 1 },
      { productId: flour, quantity: 2 },
      { productId: flour, quantity: 2 },
    ];
    const total = await f.total(f.tokens.clerk, lines);
    const name = (f.sql.prepare('SELECT name FROM products WHERE id = ?').get(flour) as { name: string }).name;
    const before = f.snapshot();
    const error = await f.error(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        lines,
        expectedTotalCents: total,
        payments: [{ method: 'card', amountCents: total }],
      },
      f.tokens.clerk,
    );
    expect(error.code).toBe('INSUFFICIENT_STOCK');
    expect(error.message).toBe(`Only 3 of ${name} in stock.`);
    expect(error.details).toEqual({ lines: [{ productId: flour, name, onHand: 3, requested: 4 }] });
    expect(f.snapshot()).toEqual(before);
  });

  it('sells below zero only what allows backorders', async () => {
    const preorder = f.product({ priceCents: 999, stock: 0, allowBackorder: true });
    await f.sell(f.tokens.clerk, [{ productId: preorder, quantity: 2 }]);
    expect(f.onHand(preorder)).toBe(-2);
  });

  it.each([
    ['less than due', [{ method: 'card', amountCents: 400 }], 'VALIDATION', '$1.00 still due.'],
    ['nothing', [], 'VALIDATION', '$5.00 still due.'],
    ['more than due by card', [{ method: 'card', amountCents: 600 }], 'VALIDATION', /more than the total/],
    [
      'store credit without a customer',
      [{ method: 'store_credit', amountCents: 500 }],
      'VALIDATION',
      /needs the customer/,
    ],
  ] as const)('refuses paying %s, writing nothing', async (_case, payments, code, message) => {
    const tea = f.product({ priceCents: 500 });
    const before = f.snapshot();
    const error = await f.error(
      'orders.place',
      { idempotencyKey: randomUUID(), lines: [{ productId: tea, quantity: 1 }], expectedTotalCents: 500, payments },
      f.tokens.clerk,
    );
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(f.snapshot()).toEqual(before);
  });

  it('pays with store credit from the customer balance, never below zero', async () => {
    const coffee = f.product({ priceCents: 800 });
    const customerId = f.customer('Cy Credit');
    f.giveStoreCredit(customerId, 1_000);
    const receipt = await f.sell(f.tokens.clerk, [{ productId: coffee, quantity: 1 }], {
      customerId,
      payments: [{ method: 'store_credit', amountCents: 800 }],
    });
    expect(receipt.payments).toMatchObject([{ method: 'store_credit', amountCents: 800 }]);
    const balance = () =>
      (
        f.sql
          .prepare('SELECT SUM(amount_cents) AS b FROM store_credit_entries WHERE customer_id = ?')
          .get(customerId) as { b: number }
      ).b;
    expect(balance()).toBe(200);

    const error = await f.error(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        customerId,
        lines: [{ productId: coffee, quantity: 1 }],
        expectedTotalCents: 800,
        payments: [{ method: 'store_credit', amountCents: 800 }],
      },
      f.tokens.clerk,
    );
    expect(error).toMatchObject({ code: 'CONFLICT', message: "The customer's store credit covers only $2.00." });
    expect(balance()).toBe(200);
  });

  it('saves phone and online orders as pending without payment, never till sales', async () => {
    const basket = f.product({ priceCents: 1_500 });
    const pending = await f.t.ok(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        channel: 'phone',
        lines: [{ productId: basket, quantity: 1 }],
        expectedTotalCents: 1_500,
        savePending: true,
      },
      f.tokens.clerk,
    );
    expect(pending).toMatchObject({ status: 'pending', channel: 'phone', payments: [], paidCents: 0 });
    expect(f.onHand(basket)).toBe(99);
    const till = await f.error(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        lines: [{ productId: basket, quantity: 1 }],
        expectedTotalCents: 1_500,
        savePending: true,
      },
      f.tokens.clerk,
    );
    expect(till).toMatchObject({ code: 'VALIDATION', message: /Till sales are paid at the till/ });
  });

  describe('discounts above the approval threshold', () => {
    const deepDiscount = (productId: number) => ({
      lines: [{ productId, quantity: 1, discount: { type: 'percent' as const, value: 2_500 } }],
      expectedTotalCents: 750,
      payments: [{ method: 'card' as const, amountCents: 750 }],
    });

    it('refuses a clerk without approval, or with a wrong or too-weak one, writing nothing', async () => {
      const ham = f.product({ priceCents: 1_000 });
      const before = f.snapshot();
      const place = (approval?: { username: string; password: string }) =>
        f.error('orders.place', { idempotencyKey: randomUUID(), ...deepDiscount(ham), approval }, f.tokens.clerk);
      expect(await place()).toMatchObject({
        code: 'FORBIDDEN',
        message: /needs a manager's approval/,
        details: { discountBp: 2_500, thresholdBp: 1_000 },
      });
      expect(await place({ username: MANAGER_LOGIN.username, password: 'not the password' })).toMatchObject({
        code: 'FORBIDDEN',
        message: /wrong username or password/,
      });
      // SQL-looking text is only ever a bound value: an unknown username, refused like any other.
      expect(await place({ username: "' OR '1'='1", password: "' OR '1'='1" })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await place({ username: 'carl', password: 'carl password 123' })).toMatchObject({
        code: 'FORBIDDEN',
        message: /Only a manager/,
      });
      expect(f.snapshot()).toEqual(before);
    });

    it('accepts a manager typing their credentials at the till and records the approval', async () => {
      const ham = f.product({ priceCents: 1_000 });
      const receipt = await f.t.ok(
        'orders.place',
        { idempotencyKey: randomUUID(), ...deepDiscount(ham), approval: MANAGER_LOGIN },
        f.tokens.clerk,
      );
      expect(receipt.discountApproval).toEqual({
        approvedBy: { id: expect.any(Number), name: 'mia' },
        discountBp: 2_500,
      });
      expect(receipt).toMatchObject({ discountCents: 250, totalCents: 750, staff: { name: 'carl' } });
    });

    it('lets a manager approve their own discount, and follows the threshold an admin sets', async () => {
      const ham = f.product({ priceCents: 1_000 });
      const own = await f.t.ok(
        'orders.place',
        { idempotencyKey: randomUUID(), ...deepDiscount(ham) },
        f.tokens.manager,
      );
      expect(own.discountApproval?.approvedBy.name).toBe('mia');

      expect(await f.error('settings.setSales', { approvalThresholdBp: 3_000 }, f.tokens.manager)).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await f.t.ok('settings.setSales', { approvalThresholdBp: 3_000 }, f.tokens.admin)).toMatchObject({
        approvalThresholdBp: 3_000,
      });
      expect(await f.t.ok('settings.getSales', {}, f.tokens.clerk)).toMatchObject({ approvalThresholdBp: 3_000 });
      const allowed = await f.t.ok(
        'orders.place',
        { idempotencyKey: randomUUID(), ...deepDiscount(ham) },
        f.tokens.clerk,
      );
      expect(allowed.discountApproval).toBeNull();
      await f.t.ok('settings.setSales', { approvalThresholdBp: 1_000 }, f.tokens.admin);
    });
  });

  describe('refuses bad input before anything runs', () => {
    const valid = { idempotencyKey: randomUUID(), lines: [{ productId: 1, quantity: 1 }], expectedTotalCents: 100 };
    it.each([
      ['a fractional quantity', { ...valid, lines: [{ productId: 1, quantity: 1.5 }] }],
      ['a negative quantity', { ...valid, lines: [{ productId: 1, quantity: -1 }] }],
      ['a zero quantity', { ...valid, lines: [{ productId: 1, quantity: 0 }] }],
      ['a string quantity', { ...valid, lines: [{ productId: 1, quantity: '1' }] }],
      ['no lines', { ...valid, lines: [] }],
      ['201 lines', { ...valid, lines: Array.from({ length: 201 }, () => ({ productId: 1, quantity: 1 })) }],
      ['100,000 lines', { ...valid, lines: Array.from({ length: 100_000 }, () => ({ productId: 1, quantity: 1 })) }],
      ['a negative total', { ...valid, expectedTotalCents: -1 }],
      ['a fractional payment', { ...valid, payments: [{ method: 'card', amountCents: 99.5 }] }],
      ['a zero payment', { ...valid, payments: [{ method: 'card', amountCents: 0 }] }],
      ['tendered card', { ...valid, payments: [{ method: 'card', amountCents: 100, tenderedCents: 200 }] }],
      ['cash under-tendered', { ...valid, payments: [{ method: 'cash', amountCents: 100, tenderedCents: 50 }] }],
      ['an unknown payment method', { ...valid, payments: [{ method: 'bitcoin', amountCents: 100 }] }],
      ['a percent above 100 %', { ...valid, orderDiscount: { type: 'percent', value: 10_001 } }],
      ['a not-a-uuid key', { ...valid, idempotencyKey: "1'; DROP TABLE orders;--" }],
      ['SQL as a product id', { ...valid, lines: [{ productId: '1 OR 1=1', quantity: 1 }] }],
      ['an unknown field', { ...valid, unitPriceCents: 1 }],
      ['a price in the line', { ...valid, lines: [{ productId: 1, quantity: 1, unitPriceCents: 1 }] }],
    ])('%s', async (_case, input) => {
      const before = f.snapshot();
      expect((await f.error('orders.place', input, f.tokens.clerk)).code).toBe('VALIDATION');
      expect(f.snapshot()).toEqual(before);
    });

    it('refuses unknown and archived products', async () => {
      const gone = f.product();
      f.sql.prepare(`UPDATE products SET archived_at = '2026-01-01T00:00:00Z' WHERE id = ?`).run(gone);
      expect(
        await f.error('orders.quote', { lines: [{ productId: 999_999, quantity: 1 }] }, f.tokens.clerk),
      ).toMatchObject({ code: 'NOT_FOUND' });
      expect(
        await f.error('orders.quote', { lines: [{ productId: gone, quantity: 1 }] }, f.tokens.clerk),
      ).toMatchObject({ code: 'CONFLICT', message: /no longer sold/ });
    });

    it('refuses calls without a session', async () => {
      expect((await f.t.call('orders.place', valid, null)).ok).toBe(false);
    });
  });
});
