import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PurchaseOrderSummary } from '../../../shared/contract';
import { expectError, openStockWorld, type StockWorld } from '../stock/stock-fixtures';

describe('purchase orders', () => {
  let w: StockWorld;
  let manager: string;
  let clerk: string;
  let managerB: string;
  let dairy: number;
  let bakery: number;
  let milk: number;
  let butter: number;

  beforeAll(async () => {
    w = await openStockWorld();
    [manager, clerk, managerB] = [
      await w.login('manager', w.storeA),
      await w.login('clerk', w.storeA),
      await w.login('manager', w.storeB),
    ];
    dairy = w.supplier('Valley Dairy', 3);
    bakery = w.supplier('Stone Oven Bakery', 1);
    milk = w.product({ name: 'Milk' });
    butter = w.product({ name: 'Butter' });
    w.offer(milk, dairy, 80, 'VD-100');
  });
  afterAll(() => w.dispose());

  const draft = (lines = [{ productId: milk, quantity: 24, unitCostCents: 80 }]) =>
    w.t.ok('purchaseOrders.create', { supplierId: dairy, lines, expectedAt: '2026-12-01', note: 'Back door' }, manager);

  it('creates a numbered draft in the caller’s store with its lines and total', async () => {
    const order = await draft([
      { productId: milk, quantity: 24, unitCostCents: 80 },
      { productId: butter, quantity: 10, unitCostCents: 150 },
    ]);
    expect(order).toMatchObject({
      store: { id: w.storeA },
      supplier: { id: dairy, name: 'Valley Dairy', leadTimeDays: 3 },
      status: 'draft',
      version: 1,
      expectedAt: '2026-12-01',
      note: 'Back door',
      sentAt: null,
      lineCount: 2,
      totalCents: 24 * 80 + 10 * 150,
      createdByName: expect.stringMatching(/^Manager/),
    });
    expect(order.lines).toEqual([
      {
        productId: milk,
        sku: expect.any(String),
        barcode: null,
        name: 'Milk',
        supplierSku: 'VD-100',
        quantityOrdered: 24,
        quantityReceived: 0,
        outstanding: 24,
        unitCostCents: 80,
        lineTotalCents: 1920,
      },
      expect.objectContaining({ productId: butter, supplierSku: null, outstanding: 10 }),
    ]);
    const next = await draft();
    expect(next.number).toBe(order.number + 1);
    const otherStore = await w.t.ok(
      'purchaseOrders.create',
      { supplierId: dairy, lines: [{ productId: milk, quantity: 1, unitCostCents: 80 }] },
      managerB,
    );
    expect(otherStore).toMatchObject({ number: 1, store: { id: w.storeB } });
  });

  it('edits a draft as a whole, and refuses a stale version with CONFLICT', async () => {
    const order = await draft();
    const edited = await w.t.ok(
      'purchaseOrders.update',
      { id: order.id, version: 1, lines: [{ productId: butter, quantity: 5, unitCostCents: 140 }] },
      manager,
    );
    expect(edited).toMatchObject({ version: 2, expectedAt: null, note: null, lineCount: 1, totalCents: 700 });
    expect(edited.lines.map((line) => line.productId)).toEqual([butter]);

    const before = w.fingerprint();
    const stale = expectError(
      await w.t.call(
        'purchaseOrders.update',
        { id: order.id, version: 1, lines: [{ productId: milk, quantity: 1, unitCostCents: 1 }] },
        manager,
      ),
      'CONFLICT',
    );
    expect(stale.details).toEqual({ version: 2 });
    expectError(await w.t.call('purchaseOrders.send', { id: order.id, version: 1 }, manager), 'CONFLICT');
    expect(w.fingerprint()).toEqual(before);
  });

  it('sends a draft, after which it can no longer be edited or sent again', async () => {
    const order = await draft();
    w.t.clock.advanceMinutes(5);
    const sent = await w.t.ok('purchaseOrders.send', { id: order.id, version: order.version }, manager);
    expect(sent).toMatchObject({ status: 'sent', version: 2, sentAt: w.t.clock.now().toISOString() });

    const lines = [{ productId: milk, quantity: 1, unitCostCents: 80 }];
    expectError(await w.t.call('purchaseOrders.update', { id: order.id, version: 2, lines }, manager), 'CONFLICT');
    const again = expectError(await w.t.call('purchaseOrders.send', { id: order.id, version: 2 }, manager), 'CONFLICT');
    expect(again.message).toMatch(/sent purchase order cannot be sent/);
  });

  it('cancels drafts and sent orders, never a cancelled one, and refuses to send a cancelled order', async () => {
    const order = await draft();
    const cancelled = await w.t.ok('purchaseOrders.cancel', { id: order.id, version: 1 }, manager);
    expect(cancelled).toMatchObject({ status: 'cancelled', version: 2 });
    const before = w.fingerprint();
    const send = expectError(await w.t.call('purchaseOrders.send', { id: order.id, version: 2 }, manager), 'CONFLICT');
    expect(send.details).toEqual({ status: 'cancelled' });
    expectError(await w.t.call('purchaseOrders.cancel', { id: order.id, version: 2 }, manager), 'CONFLICT');
    expect(w.fingerprint()).toEqual(before);

    const sent = await draft();
    await w.t.ok('purchaseOrders.send', { id: sent.id, version: 1 }, manager);
    expect((await w.t.ok('purchaseOrders.cancel', { id: sent.id, version: 2 }, manager)).status).toBe('cancelled');
  });

  it('is changed only by managers of its own store; clerks read it', async () => {
    const order = await draft();
    const before = w.fingerprint();
    expectError(await w.t.call('purchaseOrders.send', { id: order.id, version: 1 }, clerk), 'FORBIDDEN');
    expectError(await w.t.call('purchaseOrders.send', { id: order.id, version: 1 }, managerB), 'FORBIDDEN');
    expectError(
      await w.t.call(
        'purchaseOrders.create',
        { supplierId: dairy, lines: [{ productId: milk, quantity: 1, unitCostCents: 1 }] },
        clerk,
      ),
      'FORBIDDEN',
    );
    expect(w.fingerprint()).toEqual(before);
    expect((await w.t.ok('purchaseOrders.get', { id: order.id }, clerk)).id).toBe(order.id);
    expectError(await w.t.call('purchaseOrders.get', { id: 999_999 }, clerk), 'NOT_FOUND');
  });

  it('lists the store’s orders newest first, filtered by status and supplier, page by page', async () => {
    const bread = w.product({ name: 'Bread' });
    const fromBakery = await w.t.ok(
      'purchaseOrders.create',
      { supplierId: bakery, lines: [{ productId: bread, quantity: 30, unitCostCents: 90 }] },
      manager,
    );
    const walk = async (filter: Record<string, unknown>) => {
      const rows: PurchaseOrderSummary[] = [];
      let cursor: string | undefined;
      do {
        const page = await w.t.ok('purchaseOrders.list', { ...filter, cursor, limit: 2 }, clerk);
        rows.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return rows;
    };

    const all = await walk({});
    expect(all[0]!.id).toBe(fromBakery.id);
    expect(all.map((row) => row.number)).toEqual([...all.map((row) => row.number)].sort((a, b) => b - a));
    expect(all.every((row) => row.store.id === w.storeA)).toBe(true);
    expect((await walk({ supplierId: bakery })).map((row) => row.id)).toEqual([fromBakery.id]);
    const cancelled = await walk({ status: 'cancelled' });
    expect(cancelled.length).toBeGreaterThanOrEqual(2);
    expect(cancelled.every((row) => row.status === 'cancelled')).toBe(true);
    expect((await walk({ storeId: w.storeB })).map((row) => row.number)).toEqual([1]);
  });

  it.each([
    ['no lines', { lines: [] }, 'VALIDATION'],
    ['a zero quantity', { lines: [{ productId: 1, quantity: 0, unitCostCents: 1 }] }, 'VALIDATION'],
    ['a fractional quantity', { lines: [{ productId: 1, quantity: 2.5, unitCostCents: 1 }] }, 'VALIDATION'],
    ['a negative cost', { lines: [{ productId: 1, quantity: 1, unitCostCents: -1 }] }, 'VALIDATION'],
    ['a fractional cost', { lines: [{ productId: 1, quantity: 1, unitCostCents: 9.99 }] }, 'VALIDATION'],
    ['a date that is not one', { expectedAt: '2026-02-30' }, 'VALIDATION'],
    ['a timestamp for a date', { expectedAt: '2026-12-01T10:00:00Z' }, 'VALIDATION'],
    ['an unknown field', { status: 'sent' }, 'VALIDATION'],
    [
      'the same product twice',
      {
        lines: [
          { productId: 1, quantity: 1, unitCostCents: 1 },
          { productId: 1, quantity: 2, unitCostCents: 1 },
        ],
      },
      'VALIDATION',
    ],
    [
      'too many lines',
      { lines: Array.from({ length: 1_001 }, (_, i) => ({ productId: i + 1, quantity: 1, unitCostCents: 1 })) },
      'VALIDATION',
    ],
    ['an unknown supplier', { supplierId: 999 }, 'NOT_FOUND'],
    ['an unknown product', { lines: [{ productId: 999_999, quantity: 1, unitCostCents: 1 }] }, 'NOT_FOUND'],
  ] as const)('refuses an order with %s and writes nothing', async (_case, change, code) => {
    const before = w.fingerprint();
    const input = { supplierId: dairy, lines: [{ productId: milk, quantity: 1, unitCostCents: 80 }], ...change };
    expectError(await w.t.call('purchaseOrders.create', input, manager), code);
    expect(w.fingerprint()).toEqual(before);
  });
});
