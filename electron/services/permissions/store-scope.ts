import { AppError, type StoreRefusal } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';

/** Whoever is acting: their role, their home store and every store they may work in. */
export interface ScopedActor {
  role: Role;
  storeId: number;
  /** The stores the member may work in (staff_store_access); their home store alone when not known. */
  storeIds?: readonly number[];
}

/**
 * The one rule for writes that belong to a store (its stock, its orders, its purchase orders, its
 * reorder settings): a manager or clerk acts only in the stores they may work in; an admin acts
 * for any. The store is the one the input names or the one the record belongs to; a write whose
 * store is always the caller's needs no check. Called before anything is written.
 */
export function assertStoreScope(actor: ScopedActor, storeId: number): void {
  if (inStoreScope(actor, storeId)) return;
  const details: StoreRefusal = { storeId };
  throw new AppError(
    'FORBIDDEN',
    'That belongs to a store you do not work in; only its staff or an admin can change it.',
    details,
  );
}

/** The same rule as a question, for screens' lists of what the caller may do. */
export function inStoreScope(actor: ScopedActor, storeId: number): boolean {
  if (actor.role === 'admin') return true;
  return actor.storeIds ? actor.storeIds.includes(storeId) : actor.storeId === storeId;
}
