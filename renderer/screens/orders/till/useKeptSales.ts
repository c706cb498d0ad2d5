import { useEffect, useState } from 'react';
import type { Cart } from './cart';
import { MAX_PARKED_SALES, writeTillStorage, type KeptSale, type SaleChannel } from './parked-sales';

/** The sale on screen as the till holds it; what is kept of it in this browser. */
export interface SaleOnScreen {
  cart: Cart;
  channel: SaleChannel;
  idempotencyKey: string;
  totalCents: number | null;
}

/**
 * Keeps the sale on screen in this browser on every change (so a reload, a wandering click or an
 * expired session loses nothing) and the sales parked aside, under the storage key of the store
 * and staff member. The till reads the storage once when it opens and passes what was parked.
 */
export function useKeptSales(key: string, initiallyParked: KeptSale[], onScreen: SaleOnScreen) {
  const [parked, setParked] = useState<KeptSale[]>(initiallyParked);

  const current = onScreen.cart.lines.length === 0 ? null : onScreen;
  // One string, so the effect writes when something kept changed, not on every render.
  const stored = JSON.stringify({ current, parked });
  useEffect(() => {
    const { current: sale, parked: aside } = JSON.parse(stored) as { current: SaleOnScreen | null; parked: KeptSale[] };
    writeTillStorage(key, { current: sale && keep(sale, 'current'), parked: aside });
  }, [key, stored]);

  return {
    parked,
    /** The sale on screen is gone (placed): forgotten at once, as the till may close before the next write. */
    forgetCurrent: () => writeTillStorage(key, { current: null, parked }),
    /** Sets the sale aside, newest first; the till then starts a new one. */
    park: (sale: SaleOnScreen) =>
      setParked((list) => [keep(sale, crypto.randomUUID()), ...list].slice(0, MAX_PARKED_SALES)),
    /** Takes a parked sale out of the list (to put it back on screen, or to drop it). */
    take: (id: string): KeptSale | undefined => {
      const sale = parked.find((kept) => kept.id === id);
      setParked((list) => list.filter((kept) => kept.id !== id));
      return sale;
    },
  };
}

function keep(sale: SaleOnScreen, id: string): KeptSale {
  return {
    id,
    cart: sale.cart,
    channel: sale.channel,
    idempotencyKey: sale.idempotencyKey,
    savedAt: new Date().toISOString(),
    totalCents: sale.totalCents,
  };
}
