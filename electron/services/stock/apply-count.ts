import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';
import { readCountApprovalThreshold } from '../orders/sales-settings';
import type { CredentialContext } from '../auth/credentials';
import { requireManagerApproval } from '../permissions/manager-approval';
import type { ParsedInput, StaffAtStore } from './channel-input';
import { countVarianceCents } from './count-variance';
import { insertMovements, type MovementLine } from './movements';
import { loadStockedProducts } from './products';

const INSERT_COUNT = `
  INSERT INTO "stock_counts" ("uid", "store_id", "counted_by", "counted_at", "note", "created_at")
  VALUES (?, ?, ?, ?, ?, ?)`;

const INSERT_COUNT_LINES = `
  INSERT INTO "stock_count_lines" ("stock_count_id", "product_id", "expected", "counted")
  SELECT ?, j."value" ->> '$.productId', j."value" ->> '$.expected', j."value" ->> '$.counted'
  FROM json_each(?) j`;

export type AppliedCount = ChannelOutput<'stock.applyCount'> & {
  /** The difference valued at cost, and who approved it when a clerk's count needed approval. */
  varianceCents: number;
  approvedBy: number | null;
};

/**
 * Books a count in the acting staff member's store. Each line records what the ledger expected
 * at this moment; each line that differs adds one 'count' movement of the difference, so stock
 * on hand equals what was counted and the ledger still explains every unit. A clerk's count that
 * moves more stock (at cost) than the admin's threshold needs a manager's approval, so a count
 * cannot write off what an adjustment would need a manager for.
 */
export async function applyCount(
  sql: Database.Database,
  who: StaffAtStore,
  now: Date,
  input: ParsedInput<'stock.applyCount'>,
  credentials: CredentialContext,
): Promise<AppliedCount> {
  const products = loadStockedProducts(
    sql,
    who.storeId,
    input.lines.map((line) => line.productId),
  );
  const lines = input.lines.map((line) => {
    const product = products.get(line.productId)!;
    return { ...line, expected: product.onHand, costCents: product.costCents };
  });
  const varianceCents = countVarianceCents(lines);
  const thresholdCents = readCountApprovalThreshold(sql);
  const approvedBy =
    varianceCents > thresholdCents
      ? await requireManagerApproval(credentials, who, input.approval, {
          storeId: who.storeId,
          purpose: 'stock.applyCount',
          need: { reason: 'count', valueCents: varianceCents, thresholdCents },
        })
      : null;

  const stamp = now.toISOString();
  const countId = Number(
    prepared(sql, INSERT_COUNT).run(newUid(now.getTime()), who.storeId, who.staffId, stamp, input.note ?? null, stamp)
      .lastInsertRowid,
  );
  prepared(sql, INSERT_COUNT_LINES).run(countId, JSON.stringify(lines));

  const differences: MovementLine[] = lines
    .filter((line) => line.counted !== line.expected)
    .map((line) => ({
      productId: line.productId,
      quantity: line.counted - line.expected,
      unitCostCents: line.costCents,
    }));
  if (differences.length > 0) {
    insertMovements(
      sql,
      { storeId: who.storeId, kind: 'count', stockCountId: countId, staffId: who.staffId },
      differences,
      now,
    );
  }
  return { countId, lines: lines.length, changed: differences.length, varianceCents, approvedBy };
}
