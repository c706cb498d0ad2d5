import type Database from 'better-sqlite3';
import type { ChannelOutput, StockMovementRow } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { ParsedInput } from './channel-input';
import { decodeKeyset, toPage } from './keyset';
import { prepared } from '../../../database/prepared';
import { requireStore } from './stores';

interface MovementRow {
  id: number;
  kind: StockMovementRow['kind'];
  reason: StockMovementRow['reason'];
  quantity: number;
  unit_cost_cents: number | null;
  note: string | null;
  occurred_at: string;
  staff_name: string | null;
  order_id: number | null;
  order_number: number | null;
  purchase_order_id: number | null;
  purchase_order_number: number | null;
  transfer_id: number | null;
  stock_count_id: number | null;
}

/** Walks IDX_stock_movements_product (product_id, store_id, id) backwards from the cursor's id. */
const MOVEMENTS_PAGE = `
  SELECT m."id", m."kind", m."reason", m."quantity", m."unit_cost_cents", m."note", m."occurred_at",
         s."display_name" AS "staff_name", m."order_id", o."order_number", m."purchase_order_id",
         po."number" AS "purchase_order_number", m."transfer_id", m."stock_count_id"
  FROM "stock_movements" m
  LEFT JOIN "staff_members" s ON s."id" = m."staff_id"
  LEFT JOIN "orders" o ON o."id" = m."order_id"
  LEFT JOIN "purchase_orders" po ON po."id" = m."purchase_order_id"
  WHERE m."product_id" = @productId AND m."store_id" = @storeId AND m."id" < @beforeId
  ORDER BY m."id" DESC
  LIMIT @limit`;

/** A product's ledger in one store, newest recorded first, by keyset on the movement id. */
export function listMovements(
  sql: Database.Database,
  callerStoreId: number,
  input: ParsedInput<'stock.listMovements'>,
): ChannelOutput<'stock.listMovements'> {
  const storeId = input.storeId ?? callerStoreId;
  requireStore(sql, storeId);
  if (!prepared(sql, 'SELECT 1 FROM "products" WHERE "id" = ?').get(input.productId)) {
    throw new AppError('NOT_FOUND', 'That product does not exist.', { productId: input.productId });
  }
  const [beforeId] = input.cursor === undefined ? [Number.MAX_SAFE_INTEGER] : decodeKeyset(input.cursor, ['number']);
  const rows = prepared(sql, MOVEMENTS_PAGE).all({
    productId: input.productId,
    storeId,
    beforeId,
    limit: input.limit + 1,
  }) as MovementRow[];
  return toPage(rows, input.limit, toMovement, (row) => [row.id]);
}

function toMovement(row: MovementRow): StockMovementRow {
  return {
    id: row.id,
    kind: row.kind,
    reason: row.reason,
    quantity: row.quantity,
    unitCostCents: row.unit_cost_cents,
    staffName: row.staff_name,
    note: row.note,
    occurredAt: row.occurred_at,
    reference: referenceOf(row),
  };
}

function referenceOf(row: MovementRow): StockMovementRow['reference'] {
  if (row.order_id !== null) return { type: 'order', id: row.order_id, label: `Order #${row.order_number}` };
  if (row.purchase_order_id !== null) {
    return { type: 'purchaseOrder', id: row.purchase_order_id, label: `PO #${row.purchase_order_number}` };
  }
  if (row.transfer_id !== null) return { type: 'transfer', id: row.transfer_id, label: `Transfer #${row.transfer_id}` };
  if (row.stock_count_id !== null)
    return { type: 'count', id: row.stock_count_id, label: `Count #${row.stock_count_id}` };
  return null;
}
