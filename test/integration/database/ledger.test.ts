import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { insertStore } from './raw-rows';

/** Raw inserts: these tests are about what the database itself allows, whatever code calls it. */
function seedCatalog(db: TempDatabase) {
  const sql = sqliteOf(db.dataSource);
  const store = (code: string) => insertStore(sql, code);
  const product = (sku: string, allowBackorder = 0) =>
    Number(
      sql
        .prepare(`INSERT INTO products (uid, sku, name, price_cents, allow_backorder) VALUES (?, ?, ?, 199, ?)`)
        .run(newUid(), sku, `Product ${sku}`, allowBackorder).lastInsertRowid,
    );
  const move = (storeId: number, productId: number, kind: string, quantity: number, reason: string | null = null) =>
    sql
      .prepare(
        `INSERT INTO stock_movements (uid, store_id, product_id, kind, reason, quantity, occurred_at)
         VALUES (?, ?, ?, ?, ?, ?, '2026-11-25T10:00:00.000Z')`,
      )
      .run(newUid(), storeId, productId, kind, reason, quantity);
  const onHand = (storeId: number, productId: number) =>
    (
      sql.prepare(`SELECT on_hand FROM stock_levels WHERE store_id = ? AND product_id = ?`).get(storeId, productId) as {
        on_hand: number;
      }
    ).on_hand;
  return { sql, store, product, move, onHand };
}

describe('stock ledger', () => {
  let db: TempDatabase;
  beforeEach(async () => {
    db = await openTempDatabase();
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('gives every product a zero stock level in every store, whichever is created first', () => {
    const { store, product, onHand } = seedCatalog(db);
    const first = store('S1');
    const milk = product('MILK');
    const second = store('S2');
    expect(onHand(first, milk)).toBe(0);
    expect(onHand(second, milk)).toBe(0);
  });

  it('keeps stock on hand equal to the sum of movements', () => {
    const { store, product, move, onHand, sql } = seedCatalog(db);
    const s = store('S1');
    const p = product('MILK');
    move(s, p, 'receipt', 24);
    move(s, p, 'sale', -5);
    move(s, p, 'adjustment', -2, 'damaged');
    move(s, p, 'return', 1);
    expect(onHand(s, p)).toBe(18);
    expect(sql.prepare('SELECT * FROM stock_ledger_discrepancies').all()).toEqual([]);
  });

  it('refuses to update or delete a movement', () => {
    const { store, product, move, sql } = seedCatalog(db);
    move(store('S1'), product('MILK'), 'receipt', 3);
    expect(() => sql.prepare('UPDATE stock_movements SET quantity = 300').run()).toThrow(/append-only/);
    expect(() => sql.prepare('DELETE FROM stock_movements').run()).toThrow(/append-only/);
  });

  it('refuses negative stock unless the product allows backorders', () => {
    const { store, product, move, onHand } = seedCatalog(db);
    const s = store('S1');
    const strict = product('STRICT');
    const lenient = product('LENIENT', 1);
    move(s, strict, 'receipt', 2);
    expect(() => move(s, strict, 'sale', -3)).toThrow(/INSUFFICIENT_STOCK/);
    expect(onHand(s, strict)).toBe(2);
    move(s, lenient, 'sale', -3);
    expect(onHand(s, lenient)).toBe(-3);
  });

  it.each([
    ['a sale that adds stock', 'sale', 5, null],
    ['a receipt that removes stock', 'receipt', -5, null],
    ['a zero movement', 'count', 0, null],
    ['an adjustment without a reason', 'adjustment', -1, null],
    ['an unknown reason', 'adjustment', -1, 'lost at sea'],
    ['an unknown kind', 'gift', 1, null],
  ])('refuses %s', (_case, kind, quantity, reason) => {
    const { store, product, move, sql } = seedCatalog(db);
    const s = store('S1');
    const p = product('MILK');
    move(s, p, 'receipt', 10);
    expect(() => move(s, p, kind as string, quantity as number, reason as string | null)).toThrow(/CHECK constraint/);
    expect(sql.prepare('SELECT COUNT(*) AS n FROM stock_movements').get()).toEqual({ n: 1 });
  });

  it('agrees with the ledger over any sequence of movements (property)', () => {
    const { store, product, move, onHand, sql } = seedCatalog(db);
    const stores = [store('S1'), store('S2')];
    const products = [product('A'), product('B'), product('C', 1)];
    const movement = fc.record({
      store: fc.integer({ min: 0, max: 1 }),
      product: fc.integer({ min: 0, max: 2 }),
      kind: fc.constantFrom('receipt', 'sale', 'return', 'count', 'transfer'),
      size: fc.integer({ min: 1, max: 50 }),
      negative: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 40 }), (movements) => {
        const model = new Map<string, number>();
        for (const key of stores.flatMap((s) => products.map((p) => `${s}:${p}`)))
          model.set(key, onHand(...split(key)));
        for (const m of movements) {
          const s = stores[m.store]!;
          const p = products[m.product]!;
          const quantity =
            m.kind === 'sale'
              ? -m.size
              : m.kind === 'receipt' || m.kind === 'return'
                ? m.size
                : m.negative
                  ? -m.size
                  : m.size;
          const key = `${s}:${p}`;
          const next = model.get(key)! + quantity;
          const allowed = next >= 0 || p === products[2];
          if (allowed) {
            move(s, p, m.kind, quantity);
            model.set(key, next);
          } else {
            expect(() => move(s, p, m.kind, quantity)).toThrow(/INSUFFICIENT_STOCK/);
          }
        }
        for (const [key, expected] of model) expect(onHand(...split(key))).toBe(expected);
        expect(sql.prepare('SELECT * FROM stock_ledger_discrepancies').all()).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

function split(key: string): [number, number] {
  const [s, p] = key.split(':');
  return [Number(s), Number(p)];
}
