import { ImportedBaskets } from '../../services/recommendations/import-baskets';
import type { ImportRow, ImportWriter, RowProblem, WriterContext } from '../writer';
import { planOrder } from './sales/plan-order';
import { ImportReferences } from './sales/references';
import { OrderWriter } from './sales/write-order';

interface OrderGroup {
  ref: string;
  rows: ImportRow[];
  /** Set when the order's lines were already closed earlier in the file: every line is refused. */
  strayAfterRow: number | null;
  /** A line of the order refused before the writer saw it (a field did not parse): the order goes with it. */
  refusedRow: number | null;
}

/** The sales writer also hears of rows refused by field validation, so it can refuse their orders. */
export type SalesWriter = ImportWriter & Required<Pick<ImportWriter, 'refused'>>;

/**
 * Sales history, one row per order line, grouped into orders by the order reference: a group ends
 * when the reference changes, so the lines of one order must come together (a reference seen again
 * later is refused, since its order is already closed). A group is written whole or refused whole:
 * one bad line refuses its order, and every line of it is handed back so the order can be fixed
 * and imported again. An order whose reference is already in the database is history that was
 * imported before: insert refuses it, skip and upsert pass over it (imported history is never
 * rewritten). Imported sales do not move stock.
 */
export function salesWriter(ctx: WriterContext): SalesWriter {
  const refs = new ImportReferences(ctx.sql, ctx.staffId);
  const orders = new OrderWriter(ctx.sql, ctx.now);
  // Recommendations' item tables take the imported sales' baskets in the same transaction.
  const baskets = new ImportedBaskets(ctx.sql);
  const existing = ctx.sql.prepare('SELECT 1 FROM "orders" WHERE "external_ref" = ?').pluck();
  const planContext = {
    refs,
    importingStore: refs.storeById(ctx.storeId),
    importerId: ctx.staffId,
    now: new Date(ctx.now),
  };
  /** References of groups already closed in this file, with the row each started on. */
  const closed = new Map<string, number>();
  const counts = { inserted: 0, updated: 0, skipped: 0, orders: 0, skippedOrders: 0, refusedOrders: 0 };
  let pending: OrderGroup | null = null;

  function flush(group: OrderGroup): RowProblem[] {
    if (group.strayAfterRow !== null) {
      counts.refusedOrders++;
      return group.rows.map((row) => ({
        rowNumber: row.rowNumber,
        column: 'orderRef',
        value: group.ref,
        reason: `belongs to order ${group.ref}, whose lines start at row ${group.strayAfterRow} and ended before this row; put the lines of an order together`,
      }));
    }
    closed.set(group.ref, group.rows[0]?.rowNumber ?? group.refusedRow!);
    if (group.refusedRow !== null) {
      counts.refusedOrders++;
      return group.rows.map((row) => refusedWithOrder(row, group.ref, group.refusedRow!));
    }
    if (existing.get(group.ref) !== undefined) {
      if (ctx.mode !== 'insert') {
        counts.skipped += group.rows.length;
        counts.skippedOrders++;
        return [];
      }
      counts.refusedOrders++;
      return group.rows.map((row) => ({
        rowNumber: row.rowNumber,
        column: 'orderRef',
        value: group.ref,
        reason: 'is an order already in the database (imported before); choose skip to pass over it',
      }));
    }
    const planned = planOrder(group.ref, group.rows, planContext);
    if ('order' in planned) {
      orders.write(planned.order);
      baskets.add(planned.order.status, planned.order.placedAt, planned.order.lines);
      counts.inserted += group.rows.length;
      counts.orders++;
      return [];
    }
    counts.refusedOrders++;
    const firstBad = Math.min(...planned.problems.keys());
    return group.rows.flatMap((row) => {
      const own = planned.problems.get(row.rowNumber);
      if (own) return own.map((problem) => ({ rowNumber: row.rowNumber, ...problem }));
      return [refusedWithOrder(row, group.ref, firstBad)];
    });
  }

  /** Adds a row to the open order when it has the same reference, else closes that order and opens one. */
  function place(ref: string, row: ImportRow | null, refusedRow: number | null): RowProblem[] {
    if (pending && pending.ref === ref) {
      if (row) pending.rows.push(row);
      pending.refusedRow ??= refusedRow;
      return [];
    }
    const problems = pending ? flush(pending) : [];
    pending = { ref, rows: row ? [row] : [], strayAfterRow: closed.get(ref) ?? null, refusedRow };
    return problems;
  }

  return {
    write(rows) {
      const problems: RowProblem[] = [];
      for (const row of rows) {
        const found = place(String(row.values.orderRef ?? '').trim(), row, null);
        if (found.length > 0) problems.push(...found);
      }
      return problems;
    },
    refused(row) {
      const ref = typeof row.values.orderRef === 'string' ? row.values.orderRef.trim() : '';
      // Without its reference the row cannot be tied to an order; its own problems say why.
      return ref === '' ? [] : place(ref, null, row.rowNumber);
    },
    finish() {
      const last = pending;
      pending = null;
      const problems = last ? flush(last) : [];
      baskets.flush();
      return problems;
    },
    summary() {
      return { ...counts };
    },
  };
}

function refusedWithOrder(row: ImportRow, ref: string, badRow: number): RowProblem {
  return {
    rowNumber: row.rowNumber,
    column: null,
    value: null,
    reason: `refused with its order ${ref}: row ${badRow} of the order has a problem`,
  };
}
