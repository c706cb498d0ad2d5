import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { Envelope, ErrorCode } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { newUid } from '../../../database/ids';
import type { TestBackroom } from '../../helpers/backroom';
import { openTwoStores, type TwoStores } from '../../helpers/two-stores';

/**
 * A two-store chain for stock and purchasing tests. Catalog rows go in as raw SQL: these tests
 * are about stock, and the catalog channels are tested on their own.
 */
export interface StockWorld {
  t: TestBackroom;
  sql: Database.Database;
  /** The store created at first run, and a second one. */
  storeA: number;
  storeB: number;
  /** The first-run admin, of store A; an admin may do everything a manager may. */
  adminToken: string;
  addStaff: TwoStores['addStaff'];
  /** Logs a new staff member of `storeId` in (one password check, ~0.3 s: call it in beforeAll). */
  login(role: Role, storeId: number): Promise<string>;
  product(options?: ProductOptions): number;
  supplier(name: string, leadTimeDays?: number): number;
  offer(productId: number, supplierId: number, costCents: number, supplierSku?: string): void;
  /** A raw ledger row, for opening stock and sales history. */
  move(storeId: number, productId: number, kind: 'receipt' | 'sale', quantity: number, occurredAt?: string): void;
  onHand(storeId: number, productId: number): number;
  costOf(productId: number): number;
  /** Everything stock and purchasing work may write, to prove a refused call wrote nothing. */
  fingerprint(): unknown[];
  ledgerDiscrepancies(): unknown[];
  dispose(): Promise<void>;
}

export interface ProductOptions {
  name?: string;
  costCents?: number;
  reorderPoint?: number;
  reorderQty?: number;
  allowBackorder?: boolean;
  categoryId?: number | null;
  archived?: boolean;
}

let serial = 0;

export async function openStockWorld(): Promise<StockWorld> {
  const { t, sql, admin, storeA, storeB, addStaff } = await openTwoStores();

  return {
    t,
    sql,
    storeA,
    storeB,
    adminToken: admin.token,
    addStaff,
    async login(role, storeId) {
      const n = ++serial;
      return (await addStaff(`${role}${n}`, `${role[0]!.toUpperCase()}${role.slice(1)} ${n}`, role, storeId)).token;
    },
    product(options = {}) {
      const n = ++serial;
      return Number(
        sql
          .prepare(
            `INSERT INTO products (uid, sku, name, price_cents, cost_cents, reorder_point, reorder_qty, allow_backorder,
               category_id, archived_at)
             VALUES (?, ?, ?, 500, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            newUid(),
            `SKU-${n}`,
            options.name ?? `Product ${String(n).padStart(4, '0')}`,
            options.costCents ?? 100,
            options.reorderPoint ?? 0,
            options.reorderQty ?? 0,
            options.allowBackorder ? 1 : 0,
            options.categoryId ?? null,
            options.archived ? '2026-01-01T00:00:00.000Z' : null,
          ).lastInsertRowid,
      );
    },
    supplier(name, leadTimeDays = 7) {
      return Number(
        sql
          .prepare('INSERT INTO suppliers (uid, name, lead_time_days) VALUES (?, ?, ?)')
          .run(newUid(), name, leadTimeDays).lastInsertRowid,
      );
    },
    offer(productId, supplierId, costCents, supplierSku) {
      sql
        .prepare(
          'INSERT INTO product_suppliers (product_id, supplier_id, supplier_sku, cost_cents) VALUES (?, ?, ?, ?)',
        )
        .run(productId, supplierId, supplierSku ?? null, costCents);
    },
    move(storeId, productId, kind, quantity, occurredAt = '2026-11-01T08:00:00.000Z') {
      sql
        .prepare(
          `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, occurred_at) VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(newUid(), storeId, productId, kind, kind === 'sale' ? -quantity : quantity, occurredAt);
    },
    onHand(storeId, productId) {
      return sql
        .prepare('SELECT on_hand FROM stock_levels WHERE store_id = ? AND product_id = ?')
        .pluck()
        .get(storeId, productId) as number;
    },
    costOf(productId) {
      return sql.prepare('SELECT cost_cents FROM products WHERE id = ?').pluck().get(productId) as number;
    },
    fingerprint() {
      const all = (text: string) => sql.prepare(text).all();
      return [
        all('SELECT * FROM stock_movements ORDER BY id'),
        all('SELECT store_id, product_id, on_hand FROM stock_levels ORDER BY 1, 2'),
        all('SELECT * FROM stock_counts ORDER BY id'),
        all('SELECT * FROM stock_count_lines ORDER BY id'),
        all('SELECT * FROM stock_transfers ORDER BY id'),
        all('SELECT * FROM stock_transfer_lines ORDER BY id'),
        all('SELECT * FROM purchase_orders ORDER BY id'),
        all('SELECT * FROM purchase_order_lines ORDER BY id'),
        all('SELECT id, cost_cents, updated_at FROM products ORDER BY id'),
        all('SELECT * FROM price_changes ORDER BY id'),
      ];
    },
    ledgerDiscrepancies() {
      return sql.prepare('SELECT * FROM stock_ledger_discrepancies').all();
    },
    dispose: () => t.dispose(),
  };
}

/** Asserts an error envelope with this code and returns its error for further checks. */
export function expectError(envelope: Envelope<unknown>, code: ErrorCode): { message: string; details?: unknown } {
  expect(envelope).toMatchObject({ ok: false, error: { code } });
  if (envelope.ok) throw new Error('unreachable');
  return envelope.error;
}
