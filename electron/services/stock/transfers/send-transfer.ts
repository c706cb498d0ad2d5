import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import { newUid } from '../../../../database/ids';
import type { ParsedInput, StaffAtStore } from '../channel-input';
import { insertMovements } from '../movements';
import { prepared } from '../../../../database/prepared';
import { loadStockedProducts, refuseShortStock } from '../products';
import { requireStore } from '../stores';

const INSERT_TRANSFER = `
  INSERT INTO "stock_transfers" ("uid", "from_store_id", "to_store_id", "status", "sent_by", "sent_at", "note",
    "created_at", "updated_at")
  VALUES (?, ?, ?, 'in_transit', ?, ?, ?, ?, ?)`;

const INSERT_TRANSFER_LINES = `
  INSERT INTO "stock_transfer_lines" ("transfer_id", "product_id", "quantity_sent")
  SELECT ?, j."value" ->> '$.productId', j."value" ->> '$.quantity' FROM json_each(?) j`;

/**
 * Stock leaves the acting staff member's store now (one negative 'transfer' movement per line)
 * and is in transit, on no store's shelf, until the other store receives it.
 */
export function sendTransfer(
  sql: Database.Database,
  who: StaffAtStore,
  now: Date,
  input: ParsedInput<'transfers.send'>,
): number {
  if (input.toStoreId === who.storeId) {
    throw new AppError('VALIDATION', 'A transfer goes to another store.', { toStoreId: input.toStoreId });
  }
  requireStore(sql, input.toStoreId);
  const products = loadStockedProducts(
    sql,
    who.storeId,
    input.lines.map((line) => line.productId),
  );
  refuseShortStock(input.lines.map((line) => ({ product: products.get(line.productId)!, quantity: line.quantity })));

  const stamp = now.toISOString();
  const transferId = Number(
    prepared(sql, INSERT_TRANSFER).run(
      newUid(now.getTime()),
      who.storeId,
      input.toStoreId,
      who.staffId,
      stamp,
      input.note ?? null,
      stamp,
      stamp,
    ).lastInsertRowid,
  );
  prepared(sql, INSERT_TRANSFER_LINES).run(transferId, JSON.stringify(input.lines));
  insertMovements(
    sql,
    { storeId: who.storeId, kind: 'transfer', transferId, staffId: who.staffId },
    input.lines.map((line) => ({
      productId: line.productId,
      quantity: -line.quantity,
      unitCostCents: products.get(line.productId)!.costCents,
    })),
    now,
  );
  return transferId;
}
