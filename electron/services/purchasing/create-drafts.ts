import type Database from 'better-sqlite3';
import type { PurchaseOrderSummary } from '../../../shared/contract';
import type { ParsedInput, StaffAtStore } from '../stock/channel-input';
import { createPurchaseOrder } from './purchase-orders/create-purchase-order';
import { getPurchaseOrderSummary } from './purchase-orders/purchase-order-rows';

/** Turns accepted reorder suggestions into one draft per supplier, all or none. */
export function createDrafts(
  sql: Database.Database,
  who: StaffAtStore,
  now: Date,
  input: ParsedInput<'purchasing.createDrafts'>,
): PurchaseOrderSummary[] {
  return input.groups.map((group) =>
    getPurchaseOrderSummary(
      sql,
      createPurchaseOrder(sql, who, now, {
        supplierId: group.supplierId,
        lines: group.lines,
        expectedAt: input.expectedAt,
      }),
    ),
  );
}
