import { randomUUID } from 'node:crypto';
import type { Role } from '../../../shared/roles';
import type { ChannelOutput } from '../../../shared/contract';
import { ADMIN } from '../../helpers/backroom';
import { openStockWorld, type StockWorld } from '../stock/stock-fixtures';

/** A logged-in staff member, with the credentials a clerk would ask them to type as approval. */
export interface Staff {
  id: number;
  token: string;
  approval: { username: string; password: string };
}

/** The stock world's two stores, with staff whose usernames are known, and sales and purchase orders through the contract. */
export interface PermissionsWorld extends StockWorld {
  staff(role: Role, storeId: number): Promise<Staff>;
  /** A product with `stock` units (cost `costCents` each) on the shelf of each given store. */
  stockedProduct(stores: number[], stock: number, costCents?: number): number;
  /** A card sale of `quantity` units (500 cents each, no tax), placed by `token` in their store. */
  sell(token: string, productId: number, quantity: number, pending?: boolean): Promise<ChannelOutput<'orders.place'>>;
  /** A purchase order of `quantity` units in the caller's store, sent unless `draft`. */
  purchaseOrder(
    managerToken: string,
    productId: number,
    quantity: number,
    draft?: boolean,
  ): Promise<{ id: number; version: number }>;
  /** Stock, purchasing and sales rows: a refused call must leave all of them as they were. */
  everything(): unknown[];
}

let serial = 0;

export async function openPermissionsWorld(): Promise<PermissionsWorld> {
  const w = await openStockWorld();
  const supplier = w.supplier('Permission Supplies');

  return Object.assign(w, {
    async staff(role: Role, storeId: number): Promise<Staff> {
      const n = ++serial;
      const { id, username, token } = await w.addStaff(`perm_${role}_${n}`, `${role} ${n}`, role, storeId);
      return { id, token, approval: { username, password: ADMIN.password } };
    },
    stockedProduct(stores: number[], stock: number, costCents = 100): number {
      const product = w.product({ costCents });
      if (stock > 0) for (const store of stores) w.move(store, product, 'receipt', stock);
      return product;
    },
    async sell(token: string, productId: number, quantity: number, pending = false) {
      const totalCents = 500 * quantity;
      return w.t.ok(
        'orders.place',
        {
          idempotencyKey: randomUUID(),
          lines: [{ productId, quantity }],
          expectedTotalCents: totalCents,
          ...(pending
            ? { savePending: true, channel: 'phone' as const }
            : { payments: [{ method: 'card' as const, amountCents: totalCents }] }),
        },
        token,
      );
    },
    async purchaseOrder(managerToken: string, productId: number, quantity: number, keepDraft = false) {
      const draft = await w.t.ok(
        'purchaseOrders.create',
        { supplierId: supplier, lines: [{ productId, quantity, unitCostCents: 100 }] },
        managerToken,
      );
      if (keepDraft) return { id: draft.id, version: draft.version };
      const sent = await w.t.ok('purchaseOrders.send', { id: draft.id, version: draft.version }, managerToken);
      return { id: sent.id, version: sent.version };
    },
    everything(): unknown[] {
      const all = (text: string) => w.sql.prepare(text).all();
      return [
        ...w.fingerprint(),
        all('SELECT store_id, product_id, on_hand, reorder_point, reorder_qty FROM stock_levels ORDER BY 1, 2'),
        all('SELECT * FROM orders ORDER BY id'),
        all('SELECT * FROM payments ORDER BY id'),
        all('SELECT * FROM order_returns ORDER BY id'),
        all('SELECT * FROM order_status_changes ORDER BY id'),
      ];
    },
  });
}

/** The details of the latest successful audit row of a channel. */
export function lastAuditDetails(w: StockWorld, action: string): Record<string, unknown> {
  const details = w.sql
    .prepare(`SELECT details FROM audit_log WHERE action = ? AND result = 'ok' ORDER BY id DESC LIMIT 1`)
    .pluck()
    .get(action) as string;
  return JSON.parse(details) as Record<string, unknown>;
}
