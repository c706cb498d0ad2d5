import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import type { ParsedInput, StaffAtStore } from './channel-input';
import { insertMovements } from './movements';
import { loadStockedProducts, refuseShortStock } from './products';

/**
 * A write-off or correction of one product in the acting staff member's store, valued at the
 * product's current average cost. Below zero is refused unless the product allows backorders.
 */
export function adjustStock(
  sql: Database.Database,
  who: StaffAtStore,
  now: Date,
  input: ParsedInput<'stock.adjust'>,
): ChannelOutput<'stock.adjust'> {
  const product = loadStockedProducts(sql, who.storeId, [input.productId]).get(input.productId)!;
  if (input.quantity < 0) refuseShortStock([{ product, quantity: -input.quantity }]);
  const movementId = insertMovements(
    sql,
    { storeId: who.storeId, kind: 'adjustment', reason: input.reason, staffId: who.staffId, note: input.note },
    [{ productId: product.id, quantity: input.quantity, unitCostCents: product.costCents }],
    now,
  );
  return { movementId, productId: product.id, storeId: who.storeId, onHand: product.onHand + input.quantity };
}
