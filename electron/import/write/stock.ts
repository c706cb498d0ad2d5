import { newUid } from '../../../database/ids';
import type { ImportRow, ImportWriter, RowProblem, WriterContext } from '../writer';
import { ImportReferences, type StoreRef } from './sales/references';

const NOTE = 'Stock levels imported from a file';

/**
 * Stock levels: each row says how many of a product are on the shelf. Booked as a stock count, one
 * per store the file names, as a count taken by hand is: each line records what the ledger expected
 * and what was counted, and each difference adds one 'count' movement, so stock on hand equals the
 * file and the ledger still explains every unit. A product listed twice for one store is refused
 * the second time. The mode does not matter: a count always sets what is on hand.
 */
export function stockWriter(ctx: WriterContext): ImportWriter {
  const { sql } = ctx;
  const refs = new ImportReferences(sql, ctx.staffId);
  const importingStore = refs.storeById(ctx.storeId);
  const nowMs = Date.parse(ctx.now);
  const insertCount = sql.prepare(
    `INSERT INTO "stock_counts" ("uid", "store_id", "counted_by", "counted_at", "note", "created_at") VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = sql.prepare(
    `INSERT INTO "stock_count_lines" ("stock_count_id", "product_id", "expected", "counted") VALUES (?, ?, ?, ?)`,
  );
  const onHand = sql
    .prepare('SELECT IFNULL((SELECT "on_hand" FROM "stock_levels" WHERE "store_id" = ? AND "product_id" = ?), 0)')
    .pluck();
  const insertMovement = sql.prepare(
    `INSERT INTO "stock_movements" ("uid", "store_id", "product_id", "kind", "quantity", "unit_cost_cents", "stock_count_id",
       "staff_id", "note", "occurred_at", "created_at") VALUES (?, ?, ?, 'count', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const counts = new Map<number, number>();
  const counted = new Map<string, number>();
  const totals = { inserted: 0, updated: 0, skipped: 0, counts: 0, changed: 0 };

  function countOf(store: StoreRef): number {
    let id = counts.get(store.id);
    if (id === undefined) {
      id = Number(insertCount.run(newUid(nowMs), store.id, ctx.staffId, ctx.now, NOTE, ctx.now).lastInsertRowid);
      counts.set(store.id, id);
      totals.counts++;
    }
    return id;
  }

  function writeRow(row: ImportRow): RowProblem | null {
    const problem = (column: string | null, value: string | null, reason: string) => ({
      rowNumber: row.rowNumber,
      column,
      value,
      reason,
    });
    const productText = String(row.values.product ?? '').trim();
    const product = refs.product(productText);
    if (!product) return problem('product', productText, 'is not the SKU or barcode of a product');
    const quantity = row.values.onHand;
    if (typeof quantity !== 'number' || quantity < 0) {
      return problem('onHand', String(quantity), 'is negative: stock on hand is never below zero');
    }
    let store = importingStore;
    const code = typeof row.values.store === 'string' ? row.values.store.trim() : '';
    if (code !== '') {
      const named = refs.store(code);
      if (!named) return problem('store', code, 'is not the code of a store');
      if (named.id !== importingStore.id && !refs.mayUseOtherStores) {
        return problem('store', code, 'is another store; only an admin imports stock of other stores');
      }
      store = named;
    }
    const key = `${store.id}|${product.id}`;
    const first = counted.get(key);
    if (first !== undefined) {
      return problem('product', productText, `is already counted for this store on row ${first} of the file`);
    }
    counted.set(key, row.rowNumber);
    const countId = countOf(store);
    const expected = onHand.get(store.id, product.id) as number;
    insertLine.run(countId, product.id, expected, quantity);
    totals.inserted++;
    if (quantity !== expected) {
      insertMovement.run(
        newUid(nowMs),
        store.id,
        product.id,
        quantity - expected,
        product.costCents,
        countId,
        ctx.staffId,
        null,
        ctx.now,
        ctx.now,
      );
      totals.changed++;
    }
    return null;
  }

  return {
    write(rows) {
      const problems: RowProblem[] = [];
      for (const row of rows) {
        const problem = writeRow(row);
        if (problem) problems.push(problem);
      }
      return problems;
    },
    finish: () => [],
    summary: () => ({ ...totals }),
  };
}
