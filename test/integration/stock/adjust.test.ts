import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, openStockWorld, type StockWorld } from './stock-fixtures';

describe('stock.adjust', () => {
  let w: StockWorld;
  let manager: string;
  let clerk: string;

  beforeAll(async () => {
    w = await openStockWorld();
    manager = await w.login('manager', w.storeA);
    clerk = await w.login('clerk', w.storeA);
  });
  afterAll(() => w.dispose());

  it('writes off stock in the caller’s store with its reason, note and average cost', async () => {
    const milk = w.product({ costCents: 89 });
    w.move(w.storeA, milk, 'receipt', 12);
    w.move(w.storeB, milk, 'receipt', 5);

    const result = await w.t.ok(
      'stock.adjust',
      { productId: milk, quantity: -3, reason: 'damaged', note: '  crushed crate  ' },
      manager,
    );

    expect(result).toMatchObject({ productId: milk, storeId: w.storeA, onHand: 9 });
    expect(w.onHand(w.storeA, milk)).toBe(9);
    expect(w.onHand(w.storeB, milk)).toBe(5);
    const movement = w.sql.prepare('SELECT * FROM stock_movements WHERE id = ?').get(result.movementId);
    expect(movement).toMatchObject({
      kind: 'adjustment',
      reason: 'damaged',
      quantity: -3,
      unit_cost_cents: 89,
      note: 'crushed crate',
      occurred_at: w.t.clock.now().toISOString(),
    });
    const audit = w.sql.prepare(`SELECT * FROM audit_log WHERE action = 'stock.adjust' ORDER BY id DESC`).get();
    expect(audit).toMatchObject({ result: 'ok', entity: 'stock_movements', entity_id: String(result.movementId) });
  });

  it('adds stock back with a correction', async () => {
    const bread = w.product();
    const result = await w.t.ok('stock.adjust', { productId: bread, quantity: 4, reason: 'correction' }, manager);
    expect(result.onHand).toBe(4);
  });

  it('refuses to take stock below zero, names the numbers, and writes nothing', async () => {
    const eggs = w.product();
    w.move(w.storeA, eggs, 'receipt', 2);
    const before = w.fingerprint();

    const envelope = await w.t.call('stock.adjust', { productId: eggs, quantity: -3, reason: 'theft' }, manager);

    const error = expectError(envelope, 'INSUFFICIENT_STOCK');
    expect(error.details).toEqual({ lines: [{ productId: eggs, onHand: 2, requested: 3 }] });
    expect(w.fingerprint()).toEqual(before);
    const audit = w.sql.prepare(`SELECT result, error_code FROM audit_log ORDER BY id DESC`).get();
    expect(audit).toEqual({ result: 'error', error_code: 'INSUFFICIENT_STOCK' });
  });

  it('lets a product that allows backorders go below zero', async () => {
    const special = w.product({ allowBackorder: true });
    const result = await w.t.ok('stock.adjust', { productId: special, quantity: -2, reason: 'correction' }, manager);
    expect(result.onHand).toBe(-2);
    expect(w.ledgerDiscrepancies()).toEqual([]);
  });

  it('is a manager’s channel: a clerk is refused and the refusal audited', async () => {
    const product = w.product();
    const before = w.fingerprint();
    expectError(
      await w.t.call('stock.adjust', { productId: product, quantity: 1, reason: 'correction' }, clerk),
      'FORBIDDEN',
    );
    expect(w.fingerprint()).toEqual(before);
    const audit = w.sql.prepare(`SELECT action, result FROM audit_log ORDER BY id DESC`).get();
    expect(audit).toEqual({ action: 'stock.adjust', result: 'forbidden' });
  });

  it.each([
    ['a zero quantity', { quantity: 0 }],
    ['a fractional quantity', { quantity: 1.5 }],
    ['a quantity as text', { quantity: '5' }],
    ['a huge quantity', { quantity: 10_000_000 }],
    ['an unknown reason', { reason: 'lost' }],
    ['a missing reason', { reason: undefined }],
    ['an extra field', { storeId: 2 }],
    ['a note of 10,000 characters', { note: 'x'.repeat(10_000) }],
    ['a product id as text', { productId: '1' }],
    ['a negative product id', { productId: -1 }],
  ])('refuses %s with VALIDATION and writes nothing', async (_case, change) => {
    const product = w.product();
    const before = w.fingerprint();
    const input = { productId: product, quantity: 1, reason: 'correction', ...change };
    expectError(await w.t.call('stock.adjust', input, manager), 'VALIDATION');
    expect(w.fingerprint()).toEqual(before);
  });

  it('refuses an unknown product with NOT_FOUND', async () => {
    const before = w.fingerprint();
    const error = expectError(
      await w.t.call('stock.adjust', { productId: 999_999, quantity: 1, reason: 'correction' }, manager),
      'NOT_FOUND',
    );
    expect(error.details).toEqual({ productIds: [999_999] });
    expect(w.fingerprint()).toEqual(before);
  });
});
