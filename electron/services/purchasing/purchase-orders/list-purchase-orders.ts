import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../../shared/contract';
import type { ParsedInput } from '../../stock/channel-input';
import { decodeKeyset, toPage } from '../../stock/keyset';
import { prepared } from '../../../../database/prepared';
import { requireStore } from '../../stock/stores';
import { PURCHASE_ORDER_HEADER, toPurchaseOrderSummary, type PurchaseOrderRow } from './purchase-order-rows';

/**
 * A store's purchase orders, newest number first. Numbers are unique per store, so the keyset
 * walks UQ_purchase_orders_store_number (store_id, number) backwards from the cursor's number.
 */
export function listPurchaseOrders(
  sql: Database.Database,
  callerStoreId: number,
  input: ParsedInput<'purchaseOrders.list'>,
): ChannelOutput<'purchaseOrders.list'> {
  const storeId = input.storeId ?? callerStoreId;
  requireStore(sql, storeId);
  const [beforeNumber] =
    input.cursor === undefined ? [Number.MAX_SAFE_INTEGER] : decodeKeyset(input.cursor, ['number']);
  const where = ['po."store_id" = @storeId', 'po."number" < @beforeNumber'];
  const params: Record<string, unknown> = { storeId, beforeNumber, limit: input.limit + 1 };
  if (input.status !== undefined) {
    where.push('po."status" = @status');
    params.status = input.status;
  }
  if (input.supplierId !== undefined) {
    where.push('po."supplier_id" = @supplierId');
    params.supplierId = input.supplierId;
  }
  const text = `${PURCHASE_ORDER_HEADER} WHERE ${where.join(' AND ')} ORDER BY po."number" DESC LIMIT @limit`;
  const rows = prepared(sql, text).all(params) as PurchaseOrderRow[];
  return toPage(rows, input.limit, toPurchaseOrderSummary, (row) => [row.number]);
}
