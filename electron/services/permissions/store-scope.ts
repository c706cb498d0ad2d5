import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';

/** Whoever is acting: their role and the store they belong to. */
export interface ScopedActor {
  role: Role;
  storeId: number;
}

/**
 * The one rule for writes that belong to a store (its stock, its orders, its purchase orders, its
 * reorder settings): a manager or clerk acts only in their own store; an admin acts for any. The
 * store is the one the input names or the one the record belongs to; a write whose store is
 * always the caller's needs no check. Called before anything is written.
 */
export function assertStoreScope(actor: ScopedActor, storeId: number): void {
  if (inStoreScope(actor, storeId)) return;
  throw new AppError('FORBIDDEN', 'That belongs to another store; only its own staff or an admin can change it.', {
    storeId,
  });
}

/** The same rule as a question, for screens' lists of what the caller may do. */
export function inStoreScope(actor: ScopedActor, storeId: number): boolean {
  return actor.role === 'admin' || actor.storeId === storeId;
}
