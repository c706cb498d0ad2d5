import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { newUid } from '../../../database/ids';
import type { ParsedInput, StaffAtStore } from './channel-input';
import { insertMovements, type MovementLine } from './movements';
import { prepared } from '../../../database/prepared';
import { loadStockedProducts } from './products';

const INSERT_COUNT = `
  INSERT INTO "stock_counts" ("uid", "store_id", "counted_by", "counted_at", "note", "created_at")
  VALUES (?, ?, ?, ?, ?, ?)`;

const INSERT_COUNT_LINES = `
  INSERT INTO "stock_count_lines" ("stock_count_id", "product_id", "expected", "counted")
  SELECT ?, j."value" ->> '$.productId', j."value" ->> '$.expected', j."value" ->> '$.counted'
  FROM json_each(?) j`;

/**
 * Books a count in the acting staff member's store. Each line records what the ledger expected
 * at this moment; each line that differs adds one 'count' movement of the difference, so stock
 * on hand equals what was counted and the ledger still explains every unit.
 */
export function applyCount(
  sql: Database.Database,
  who: StaffAtStore,
  now: Date,
  input: ParsedInput<'stock.applyCount'>,
): ChannelOutput<'stock.applyCount'> {
  const products = loadStockedProducts(
    sql,
    who.storeId,
    input.lines.map((line) => line.productId),
  );
  const stamp = now.toISOString();
  const countId = Number(
    prepared(sql, INSERT_COUNT).run(newUid(now.getTime()), who.storeId, who.staffId, stamp, input.note ?? null, stamp)
      .lastInsertRowid,
  );
  const lines = input.lines.map((line) => ({ ...line, expected: products.get(line.productId)!.onHand }));
  prepared(sql, INSERT_COUNT_LINES).run(countId, JSON.stringify(lines));

  const differences: MovementLine[] = lines
    .filter((line) => line.counted !== line.expected)
    .map((line) => ({
      productId: line.productId,
      quantity: line.counted - line.expected,
      unitCostCents: products.get(line.productId)!.costCents,
    }));
  if (differences.length > 0) {
    insertMovements(
      sql,
      { storeId: who.storeId, kind: 'count', stockCountId: countId, staffId: who.staffId },
      differences,
      now,
    );
  }
  return { countId, lines: lines.length, changed: differences.length };
}
