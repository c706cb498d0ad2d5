import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StockMovementRow } from '../../../shared/contract';
import { expectError, openStockWorld, type StockWorld } from './stock-fixtures';

describe('stock.listMovements', () => {
  let w: StockWorld;
  let clerk: string;
  let clerkB: string;
  let product: number;
  let purchaseOrderNumber: number;

  beforeAll(async () => {
    w = await openStockWorld();
    clerk = await w.login('clerk', w.storeA);
    clerkB = await w.login('clerk', w.storeB);
    product = w.product({ costCents: 250 });
    w.move(w.storeA, product, 'receipt', 40);
    for (let i = 0; i < 7; i++) {
      await w.t.ok('stock.adjust', { productId: product, quantity: -1, reason: 'expired' }, w.adminToken);
    }
    await w.t.ok('stock.applyCount', { lines: [{ productId: product, counted: 30 }] }, clerk);
    const transfer = await w.t.ok(
      'transfers.send',
      { toStoreId: w.storeB, lines: [{ productId: product, quantity: 5 }] },
      clerk,
    );
    await w.t.ok(
      'transfers.receive',
      { id: transfer.id, lines: [{ productId: product, quantityReceived: 5 }] },
      clerkB,
    );
    const supplier = w.supplier('Dairy Co');
    const order = await w.t.ok(
      'purchaseOrders.create',
      { supplierId: supplier, lines: [{ productId: product, quantity: 10, unitCostCents: 240 }] },
      w.adminToken,
    );
    purchaseOrderNumber = order.number;
    const sent = await w.t.ok('purchaseOrders.send', { id: order.id, version: order.version }, w.adminToken);
    await w.t.ok('purchaseOrders.receive', { id: sent.id, lines: [{ productId: product, quantity: 10 }] }, clerk);
  });
  afterAll(() => w.dispose());

  async function walk(limit: number, storeId?: number): Promise<StockMovementRow[]> {
    const rows: StockMovementRow[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 50; page++) {
      const result = await w.t.ok('stock.listMovements', { productId: product, storeId, cursor, limit }, clerk);
      rows.push(...result.items);
      if (result.nextCursor === null) return rows;
      cursor = result.nextCursor;
    }
    throw new Error('the cursor never ended');
  }

  it('walks a product’s ledger in the caller’s store newest first, each movement once', async () => {
    const rows = await walk(3);
    expect(rows.map((row) => row.kind)).toEqual([
      'receipt',
      'transfer',
      'count',
      ...Array<string>(7).fill('adjustment'),
      'receipt',
    ]);
    expect(rows.map((row) => row.id)).toEqual([...rows.map((row) => row.id)].sort((a, b) => b - a));
    expect(rows.reduce((sum, row) => sum + row.quantity, 0)).toBe(w.onHand(w.storeA, product));
  });

  it('names who moved the stock and what document it belongs to', async () => {
    const rows = await walk(200);
    const [receipt, transfer, count, adjustment] = rows;
    const opening = rows.at(-1);
    expect(receipt).toMatchObject({
      quantity: 10,
      unitCostCents: 240,
      reference: { type: 'purchaseOrder', label: `PO #${purchaseOrderNumber}` },
    });
    expect(transfer).toMatchObject({ quantity: -5, reference: { type: 'transfer' } });
    expect(transfer!.reference!.label).toBe(`Transfer #${transfer!.reference!.id}`);
    expect(count).toMatchObject({ quantity: -3, reference: { type: 'count' } });
    expect(adjustment).toMatchObject({ reason: 'expired', staffName: 'Ada Admin', reference: null });
    expect(opening).toMatchObject({ staffName: null, reference: null });
  });

  it('shows another store’s ledger when asked', async () => {
    const rows = await walk(50, w.storeB);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'transfer', quantity: 5 });
  });

  it('refuses an unknown product or store with NOT_FOUND', async () => {
    expectError(await w.t.call('stock.listMovements', { productId: 999_999 }, clerk), 'NOT_FOUND');
    expectError(await w.t.call('stock.listMovements', { productId: product, storeId: 999 }, clerk), 'NOT_FOUND');
  });

  it.each([
    ['a malformed cursor', { cursor: 'not-a-cursor' }],
    ['a cursor of the wrong shape', { cursor: Buffer.from('["a", 1]').toString('base64url') }],
    ['a limit above the maximum', { limit: 1_000 }],
    ['an extra field', { kind: 'sale' }],
  ])('refuses %s with VALIDATION', async (_case, change) => {
    expectError(await w.t.call('stock.listMovements', { productId: product, ...change }, clerk), 'VALIDATION');
  });

  it('needs a session', async () => {
    expectError(await w.t.call('stock.listMovements', { productId: product }), 'UNAUTHENTICATED');
  });
});
