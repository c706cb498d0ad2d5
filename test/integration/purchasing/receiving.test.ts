import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUid } from '../../../database/ids';
import { expectError, openStockWorld, type StockWorld } from '../stock/stock-fixtures';

describe('purchaseOrders.receive', () => {
  let w: StockWorld;
  let manager: string;
  let clerk: string;
  let clerkB: string;
  let supplier: number;

  beforeAll(async () => {
    w = await openStockWorld();
    [manager, clerk, clerkB] = [
      await w.login('manager', w.storeA),
      await w.login('clerk', w.storeA),
      await w.login('clerk', w.storeB),
    ];
    supplier = w.supplier('Harbour Foods');
  });
  afterAll(() => w.dispose());

  /** A sent purchase order of store A: [productId, quantity, unitCostCents] per line. */
  async function sentOrder(lines: [number, number, number][]) {
    const order = await w.t.ok(
      'purchaseOrders.create',
      {
        supplierId: supplier,
        lines: lines.map(([productId, quantity, unitCostCents]) => ({ productId, quantity, unitCostCents })),
      },
      manager,
    );
    return w.t.ok('purchaseOrders.send', { id: order.id, version: order.version }, manager);
  }

  it('receives part of a delivery, then the rest: stock, ledger, lines and status follow', async () => {
    const [rice, oil] = [w.product({ costCents: 200 }), w.product({ costCents: 300 })];
    const order = await sentOrder([
      [rice, 20, 200],
      [oil, 6, 300],
    ]);

    const partial = await w.t.ok(
      'purchaseOrders.receive',
      { id: order.id, lines: [{ productId: rice, quantity: 12 }] },
      clerk,
    );
    expect(partial).toMatchObject({ status: 'partially_received', version: order.version + 1 });
    expect(partial.lines.map((line) => [line.quantityReceived, line.outstanding])).toEqual([
      [12, 8],
      [0, 6],
    ]);
    expect(w.onHand(w.storeA, rice)).toBe(12);

    const rest = await w.t.ok(
      'purchaseOrders.receive',
      {
        id: order.id,
        lines: [
          { productId: rice, quantity: 8 },
          { productId: oil, quantity: 6 },
        ],
      },
      clerk,
    );
    expect(rest).toMatchObject({ status: 'received', version: order.version + 2 });
    expect(rest.lines.every((line) => line.outstanding === 0)).toBe(true);
    expect([w.onHand(w.storeA, rice), w.onHand(w.storeA, oil), w.onHand(w.storeB, rice)]).toEqual([20, 6, 0]);
    const receipts = w.sql
      .prepare(
        `SELECT product_id, kind, quantity, unit_cost_cents, store_id FROM stock_movements WHERE purchase_order_id = ? ORDER BY id`,
      )
      .all(order.id);
    expect(receipts).toEqual([
      { product_id: rice, kind: 'receipt', quantity: 12, unit_cost_cents: 200, store_id: w.storeA },
      { product_id: rice, kind: 'receipt', quantity: 8, unit_cost_cents: 200, store_id: w.storeA },
      { product_id: oil, kind: 'receipt', quantity: 6, unit_cost_cents: 300, store_id: w.storeA },
    ]);
    expect(w.ledgerDiscrepancies()).toEqual([]);

    const done = expectError(
      await w.t.call('purchaseOrders.receive', { id: order.id, lines: [{ productId: oil, quantity: 1 }] }, clerk),
      'CONFLICT',
    );
    expect(done.details).toEqual({ status: 'received' });
  });

  it('books one delivery once when it is sent twice from the same screen, however little it is', async () => {
    const flour = w.product({ costCents: 150 });
    const order = await sentOrder([[flour, 10, 150]]);
    const delivery = { id: order.id, version: order.version, lines: [{ productId: flour, quantity: 3 }] };

    await w.t.ok('purchaseOrders.receive', delivery, clerk);
    const before = w.fingerprint();
    const again = expectError(await w.t.call('purchaseOrders.receive', delivery, clerk), 'CONFLICT');

    expect(again.details).toEqual({ version: order.version + 1 });
    expect(w.fingerprint()).toEqual(before);
    expect(w.onHand(w.storeA, flour)).toBe(3);
    const stored = await w.t.ok('purchaseOrders.get', { id: order.id }, clerk);
    expect(stored.lines[0]).toMatchObject({ quantityReceived: 3, outstanding: 7 });
    expect(w.ledgerDiscrepancies()).toEqual([]);
  });

  it('refuses more than outstanding unless confirmed, then books and audits the over-receipt', async () => {
    const [tea, jam, salt] = [w.product(), w.product(), w.product()];
    const order = await sentOrder([
      [tea, 10, 100],
      [jam, 4, 100],
      [salt, 5, 100],
    ]);
    await w.t.ok('purchaseOrders.receive', { id: order.id, lines: [{ productId: tea, quantity: 7 }] }, clerk);
    const delivery = [
      { productId: tea, quantity: 5 },
      { productId: jam, quantity: 6 },
      { productId: salt, quantity: 5 },
    ];
    const before = w.fingerprint();

    const refused = expectError(
      await w.t.call('purchaseOrders.receive', { id: order.id, lines: delivery }, clerk),
      'CONFLICT',
    );
    expect(refused.details).toEqual({
      lines: [
        { productId: tea, outstanding: 3, requested: 5 },
        { productId: jam, outstanding: 4, requested: 6 },
      ],
    });
    expect(w.fingerprint()).toEqual(before);

    // A clerk's over-receipt needs a manager's approval, so a manager confirms it here.
    const booked = await w.t.ok(
      'purchaseOrders.receive',
      { id: order.id, lines: delivery, confirmOverReceipt: true },
      manager,
    );
    expect(booked.status).toBe('received');
    expect(booked.lines.map((line) => [line.quantityOrdered, line.quantityReceived, line.outstanding])).toEqual([
      [10, 12, 0],
      [4, 6, 0],
      [5, 5, 0],
    ]);
    expect([w.onHand(w.storeA, tea), w.onHand(w.storeA, jam)]).toEqual([12, 6]);
    const audit = w.sql
      .prepare(
        `SELECT details FROM audit_log WHERE action = 'purchaseOrders.receive' AND result = 'ok' ORDER BY id DESC`,
      )
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toMatchObject({
      overReceipt: true,
      overReceived: [
        { productId: tea, outstanding: 3, requested: 5 },
        { productId: jam, outstanding: 4, requested: 6 },
      ],
    });
  });

  it('refuses a product that is not on the order with VALIDATION, and writes nothing', async () => {
    const [ordered, stranger] = [w.product(), w.product()];
    const order = await sentOrder([[ordered, 3, 100]]);
    const before = w.fingerprint();
    const error = expectError(
      await w.t.call(
        'purchaseOrders.receive',
        {
          id: order.id,
          lines: [
            { productId: ordered, quantity: 1 },
            { productId: stranger, quantity: 1 },
          ],
        },
        clerk,
      ),
      'VALIDATION',
    );
    expect(error.details).toEqual({ productIds: [stranger] });
    expect(w.fingerprint()).toEqual(before);
  });

  it('receives only sent orders, at their own store', async () => {
    const product = w.product();
    const draft = await w.t.ok(
      'purchaseOrders.create',
      { supplierId: supplier, lines: [{ productId: product, quantity: 2, unitCostCents: 100 }] },
      manager,
    );
    const lines = [{ productId: product, quantity: 1 }];
    const before = w.fingerprint();
    expectError(await w.t.call('purchaseOrders.receive', { id: draft.id, lines }, clerk), 'CONFLICT');
    expect(w.fingerprint()).toEqual(before);
    const sent = await w.t.ok('purchaseOrders.send', { id: draft.id, version: draft.version }, manager);
    expectError(await w.t.call('purchaseOrders.receive', { id: sent.id, lines }, clerkB), 'FORBIDDEN');
    expectError(await w.t.call('purchaseOrders.receive', { id: 999_999, lines }, clerk), 'NOT_FOUND');
    await w.t.ok('purchaseOrders.cancel', { id: sent.id, version: sent.version }, manager);
    expectError(await w.t.call('purchaseOrders.receive', { id: sent.id, lines }, clerk), 'CONFLICT');
  });

  it('tells whoever opens an order whether it is in their stores, so another store’s is shown read-only', async () => {
    const sent = await sentOrder([[w.product(), 2, 100]]);
    const adminB = await w.login('admin', w.storeB);
    const managerB = await w.login('manager', w.storeB);
    const inTheirStores = async (token: string) =>
      (await w.t.ok('purchaseOrders.get', { id: sent.id }, token)).inCallerStores;
    expect(sent.inCallerStores).toBe(true);
    expect([await inTheirStores(clerk), await inTheirStores(adminB)]).toEqual([true, true]);
    expect([await inTheirStores(clerkB), await inTheirStores(managerB)]).toEqual([false, false]);
    // What the view says is what the booking does.
    const lines = [{ productId: sent.lines[0]!.productId, quantity: 1 }];
    expectError(await w.t.call('purchaseOrders.receive', { id: sent.id, lines }, clerkB), 'FORBIDDEN');
    const received = await w.t.ok('purchaseOrders.receive', { id: sent.id, lines }, adminB);
    expect(received).toMatchObject({ status: 'partially_received', inCallerStores: true });
  });

  it('closes a partially received order by cancelling it: what arrived stays', async () => {
    const product = w.product();
    const order = await sentOrder([[product, 10, 100]]);
    const partial = await w.t.ok(
      'purchaseOrders.receive',
      { id: order.id, lines: [{ productId: product, quantity: 4 }] },
      clerk,
    );
    const closed = await w.t.ok('purchaseOrders.cancel', { id: order.id, version: partial.version }, manager);
    expect(closed).toMatchObject({ status: 'cancelled', lines: [{ quantityReceived: 4, outstanding: 6 }] });
    expect(w.onHand(w.storeA, product)).toBe(4);
  });

  it.each([
    ['a zero quantity', [{ productId: 1, quantity: 0 }]],
    ['a negative quantity', [{ productId: 1, quantity: -3 }]],
    ['a fractional quantity', [{ productId: 1, quantity: 0.5 }]],
    ['no lines', []],
    [
      'the same product twice',
      [
        { productId: 1, quantity: 1 },
        { productId: 1, quantity: 1 },
      ],
    ],
    ['a line with an unknown field', [{ productId: 1, quantity: 1, unitCostCents: 5 }]],
  ])('refuses a delivery with %s', async (_case, lines) => {
    expectError(await w.t.call('purchaseOrders.receive', { id: 1, lines }, clerk), 'VALIDATION');
  });

  // Its speed is measured side by side in `npm run bench -- receiving`, not against a clock here.
  it('receives a 200-line delivery through the dispatcher in one booking', async () => {
    const insert = w.sql.prepare(
      `INSERT INTO products (uid, sku, name, price_cents, cost_cents) VALUES (?, ?, ?, 300, 150)`,
    );
    const ids = w.sql.transaction(() =>
      Array.from({ length: 200 }, (_, i) => Number(insert.run(newUid(), `BIG-${i}`, `Big ${i}`).lastInsertRowid)),
    )();
    for (const id of ids) w.move(w.storeB, id, 'receipt', 10);
    const order = await sentOrder(ids.map((id, i) => [id, 24, 140 + (i % 20)]));
    const lines = ids.map((productId) => ({ productId, quantity: 24 }));

    const envelope = await w.t.call('purchaseOrders.receive', { id: order.id, lines }, clerk);

    expect(envelope.ok).toBe(true);
    expect(w.onHand(w.storeA, ids[199]!)).toBe(24);
    expect(w.ledgerDiscrepancies()).toEqual([]);
  });
});

describe('moving average cost on receipt', () => {
  let w: StockWorld;
  let manager: string;
  let supplier: number;

  beforeAll(async () => {
    w = await openStockWorld();
    manager = await w.login('manager', w.storeA);
    supplier = w.supplier('Orchard Wholesale');
  });
  afterAll(() => w.dispose());

  async function receive(productId: number, quantity: number, unitCostCents: number): Promise<number> {
    const order = await w.t.ok(
      'purchaseOrders.create',
      { supplierId: supplier, lines: [{ productId, quantity, unitCostCents }] },
      manager,
    );
    const sent = await w.t.ok('purchaseOrders.send', { id: order.id, version: order.version }, manager);
    await w.t.ok('purchaseOrders.receive', { id: sent.id, lines: [{ productId, quantity }] }, manager);
    return w.costOf(productId);
  }

  it('weights the old cost by the stock of every store', async () => {
    const product = w.product({ costCents: 100 });
    w.move(w.storeA, product, 'receipt', 6);
    w.move(w.storeB, product, 'receipt', 4);
    expect(await receive(product, 5, 130)).toBe(110);
  });

  it('takes the delivery’s cost when nothing is in stock', async () => {
    expect(await receive(w.product({ costCents: 999 }), 10, 150)).toBe(150);
  });

  it('counts backordered (negative) stock as none', async () => {
    const product = w.product({ costCents: 100, allowBackorder: true });
    await w.t.ok('stock.adjust', { productId: product, quantity: -5, reason: 'correction' }, manager);
    expect(await receive(product, 10, 200)).toBe(200);
    expect(w.onHand(w.storeA, product)).toBe(5);
  });

  it.each([
    ['exactly half a cent rounds up', 1, 100, 1, 101, 101],
    ['a third of a cent rounds down', 2, 100, 1, 101, 100],
    ['two thirds of a cent round up', 2, 100, 1, 102, 101],
    ['half a cent from zero rounds up', 1, 0, 1, 1, 1],
  ])('rounds to whole cents: %s', async (_case, held, oldCost, quantity, unitCost, expected) => {
    const product = w.product({ costCents: oldCost });
    w.move(w.storeA, product, 'receipt', held);
    expect(await receive(product, quantity, unitCost)).toBe(expected);
  });

  it('records each cost change in the price history with who made it, and no change as none', async () => {
    const product = w.product({ costCents: 100 });
    w.move(w.storeA, product, 'receipt', 10);
    await receive(product, 10, 120);
    await receive(product, 20, 110);
    const history = w.sql
      .prepare(`SELECT field, old_cents, new_cents, staff_id, changed_at FROM price_changes WHERE product_id = ?`)
      .all(product);
    expect(history).toEqual([
      {
        field: 'cost',
        old_cents: 100,
        new_cents: 110,
        staff_id: expect.any(Number),
        changed_at: w.t.clock.now().toISOString(),
      },
    ]);
  });
});
