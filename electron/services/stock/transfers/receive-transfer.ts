import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import type { ParsedInput, StaffAtStore } from '../channel-input';
import { insertMovements } from '../movements';
import { prepared } from '../../../../database/prepared';
import { assertStoreScope } from '../../permissions/store-scope';
import { loadStockedProducts } from '../products';

export interface TransferDiscrepancy {
  productId: number;
  sent: number;
  received: number;
}

/** By line id, so the plan walks the JSON once and finds each line by its primary key. */
const RECORD_RECEIVED = `
  UPDATE "stock_transfer_lines" SET "quantity_received" = j."value" ->> '$.quantityReceived'
  FROM json_each(?) j
  WHERE "stock_transfer_lines"."id" = j."value" ->> '$.lineId'`;

const MARK_RECEIVED = `
  UPDATE "stock_transfers" SET "status" = 'received', "received_by" = ?, "received_at" = ?, "updated_at" = ?
  WHERE "id" = ? AND "status" = 'in_transit'`;

/**
 * Books what arrived at the receiving store, by its staff or an admin: every line of the
 * transfer once, with the quantity actually found. What arrived enters stock there (positive 'transfer' movements); a difference
 * from what was sent stays on the line as its discrepancy and is returned for the audit log.
 */
export function receiveTransfer(
  sql: Database.Database,
  who: StaffAtStore,
  now: Date,
  input: ParsedInput<'transfers.receive'>,
): TransferDiscrepancy[] {
  const transfer = prepared(sql, 'SELECT "to_store_id", "status" FROM "stock_transfers" WHERE "id" = ?').get(
    input.id,
  ) as { to_store_id: number; status: string } | undefined;
  if (!transfer) throw new AppError('NOT_FOUND', 'That transfer does not exist.', { id: input.id });
  assertStoreScope(who, transfer.to_store_id);
  const storeId = transfer.to_store_id;
  if (transfer.status !== 'in_transit') throw new AppError('CONFLICT', 'This transfer has already been received.');

  const sent = new Map(
    (
      prepared(
        sql,
        'SELECT "id", "product_id", "quantity_sent" FROM "stock_transfer_lines" WHERE "transfer_id" = ?',
      ).all(input.id) as { id: number; product_id: number; quantity_sent: number }[]
    ).map((line) => [line.product_id, { lineId: line.id, quantity: line.quantity_sent }]),
  );
  refuseLinesThatDoNotMatch(sent, input.lines);
  const products = loadStockedProducts(
    sql,
    storeId,
    input.lines.map((line) => line.productId),
  );

  const received = input.lines.map((line) => ({
    lineId: sent.get(line.productId)!.lineId,
    quantityReceived: line.quantityReceived,
  }));
  prepared(sql, RECORD_RECEIVED).run(JSON.stringify(received));
  const arrived = input.lines.filter((line) => line.quantityReceived > 0);
  if (arrived.length > 0) {
    insertMovements(
      sql,
      { storeId, kind: 'transfer', transferId: input.id, staffId: who.staffId },
      arrived.map((line) => ({
        productId: line.productId,
        quantity: line.quantityReceived,
        unitCostCents: products.get(line.productId)!.costCents,
      })),
      now,
    );
  }
  const stamp = now.toISOString();
  prepared(sql, MARK_RECEIVED).run(who.staffId, stamp, stamp, input.id);
  return input.lines
    .filter((line) => line.quantityReceived !== sent.get(line.productId)!.quantity)
    .map((line) => ({
      productId: line.productId,
      sent: sent.get(line.productId)!.quantity,
      received: line.quantityReceived,
    }));
}

/** A receipt accounts for every line sent, and for nothing else. */
function refuseLinesThatDoNotMatch(sent: ReadonlyMap<number, unknown>, lines: readonly { productId: number }[]): void {
  const given = new Set(lines.map((line) => line.productId));
  const notOnTransfer = [...given].filter((productId) => !sent.has(productId));
  const missing = [...sent.keys()].filter((productId) => !given.has(productId));
  if (notOnTransfer.length === 0 && missing.length === 0) return;
  throw new AppError(
    'VALIDATION',
    notOnTransfer.length > 0
      ? 'Some products were not sent on this transfer.'
      : 'Give the quantity received for every product sent, 0 for those that did not arrive.',
    { notOnTransfer: notOnTransfer.slice(0, 100), missing: missing.slice(0, 100) },
  );
}
