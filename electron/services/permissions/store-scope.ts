import { AppError, type StoreRefusal } from '../../../shared/errors';
import { inStoreScope, type ScopedActor } from '../../../shared/store-scope';

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
