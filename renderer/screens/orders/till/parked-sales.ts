import { SALE_CHANNELS } from '../../../../shared/contract/orders';
import type { Cart } from './cart';

export type SaleChannel = (typeof SALE_CHANNELS)[number];

/**
 * A sale kept in this browser: the cart as the clerk built it, its channel and its idempotency key
 * (so a sale placed just before a reload and resumed afterwards is still placed once). Payments and
 * approval credentials are never kept: payments are taken again, a manager approves again.
 */
export interface KeptSale {
  id: string;
  cart: Cart;
  channel: SaleChannel;
  idempotencyKey: string;
  /** When it was parked (or last changed, for the sale on screen), ISO-8601. */
  savedAt: string;
  /** The total the till showed when the sale was kept; the quote has the final word. */
  totalCents: number | null;
}

/** The sale on the till's screen, and the ones parked aside, per store and staff member. */
export interface TillStorage {
  current: KeptSale | null;
  parked: KeptSale[];
}

/** More parked sales than a clerk can tell apart is a forgotten queue; the oldest go first. */
export const MAX_PARKED_SALES = 20;

export function tillStorageKey(storeId: number, staffId: number): string {
  return `backroom.till.${storeId}.${staffId}`;
}

export function readTillStorage(key: string): TillStorage {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return { current: null, parked: [] };
    const { current, parked } = stored as { current?: unknown; parked?: unknown };
    return {
      current: isKeptSale(current) ? current : null,
      parked: Array.isArray(parked) ? parked.filter(isKeptSale).slice(0, MAX_PARKED_SALES) : [],
    };
  } catch {
    return { current: null, parked: [] };
  }
}

export function writeTillStorage(key: string, storage: TillStorage): void {
  try {
    if (storage.current === null && storage.parked.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(storage));
  } catch {
    // Storage can be full or disabled; the till still sells, its sales just do not survive a reload.
  }
}

export function itemCount(cart: Cart): number {
  return cart.lines.reduce((sum, line) => sum + line.quantity, 0);
}

/** What was written by this version of the till, or an older one with the same shape; anything else is dropped. */
function isKeptSale(value: unknown): value is KeptSale {
  if (typeof value !== 'object' || value === null) return false;
  const sale = value as Partial<KeptSale>;
  return (
    typeof sale.id === 'string' &&
    typeof sale.idempotencyKey === 'string' &&
    typeof sale.savedAt === 'string' &&
    SALE_CHANNELS.includes(sale.channel as SaleChannel) &&
    typeof sale.cart === 'object' &&
    sale.cart !== null &&
    Array.isArray(sale.cart.lines) &&
    sale.cart.lines.every(
      (line) => Number.isInteger(line?.productId) && Number.isInteger(line?.quantity) && typeof line?.name === 'string',
    )
  );
}
