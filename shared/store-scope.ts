import type { Role } from './roles';

/** Whoever is acting: their role, their home store and every store they may work in. */
export interface ScopedActor {
  role: Role;
  storeId: number;
  /** The stores the member may work in (staff_store_access); their home store alone when not known. */
  storeIds?: readonly number[];
}

/**
 * Whether the actor acts for a store: an admin for any, a manager or clerk in the stores they may
 * work in. The host enforces it on writes (assertStoreScope); screens ask it to offer only what
 * the host will take.
 */
export function inStoreScope(actor: ScopedActor, storeId: number): boolean {
  if (actor.role === 'admin') return true;
  return actor.storeIds ? actor.storeIds.includes(storeId) : actor.storeId === storeId;
}
