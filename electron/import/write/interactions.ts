import { recordInteractionPairs } from '../../services/recommendations/interaction-pairs';
import type { ImportRow, ImportWriter, RowProblem, WriterContext } from '../writer';
import { ImportReferences } from './sales/references';

const KINDS = ['viewed', 'added_to_cart', 'bought', 'rated'] as const;

/**
 * Customer interactions: what customers looked at, put in a cart, bought or rated, for their
 * profiles and recommendations. Each row is one event, appended as it is (events have no natural
 * key, so every mode inserts). A rating is 1 to 5 and belongs to 'rated' rows only. The same
 * customer, product, kind and instant is stored once (migration 0020): a repeat is skipped.
 * Each stored event updates the interaction pair tables as it is written.
 */
export function interactionsWriter(ctx: WriterContext): ImportWriter {
  const refs = new ImportReferences(ctx.sql, ctx.staffId);
  const insert = ctx.sql.prepare(
    `INSERT INTO "customer_interactions" ("customer_id", "product_id", "kind", "quantity", "rating", "occurred_at")
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const totals = { inserted: 0, updated: 0, skipped: 0 };

  function writeRow(row: ImportRow): RowProblem[] {
    const { values } = row;
    const problems: RowProblem[] = [];
    const problem = (column: string, value: unknown, reason: string) =>
      problems.push({ rowNumber: row.rowNumber, column, value: value === null ? null : String(value), reason });

    const customerText = String(values.customer ?? '').trim();
    const customerId = customerText === '' ? null : refs.customer(customerText);
    if (customerId === null) {
      problem('customer', customerText, 'is not the reference or email of a customer (import customers first)');
    }
    const productText = String(values.product ?? '').trim();
    const product = refs.product(productText);
    if (!product) problem('product', productText, 'is not the SKU or barcode of a product');
    const kindText = String(values.kind ?? '')
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const kind = KINDS.find((candidate) => candidate === kindText);
    if (!kind) problem('kind', values.kind, 'is not viewed, added_to_cart, bought or rated');
    const rating = typeof values.rating === 'number' ? values.rating : null;
    if (kind === 'rated' && (rating === null || rating < 1 || rating > 5)) {
      problem('rating', values.rating ?? null, 'must be a whole number from 1 to 5 for a rating');
    }
    if (kind !== undefined && kind !== 'rated' && rating !== null) {
      problem('rating', rating, `is given for a "${kind}" row; only rated rows have a rating`);
    }
    const quantity = typeof values.quantity === 'number' ? values.quantity : 1;
    if (quantity <= 0) problem('quantity', quantity, 'must be more than zero');
    const occurredAt = typeof values.occurredAt === 'string' ? values.occurredAt : '';
    if (occurredAt > ctx.now) problem('occurredAt', occurredAt, 'is in the future');

    if (problems.length === 0) {
      const stored = insert.run(customerId, product!.id, kind, quantity, rating, occurredAt);
      if (stored.changes === 1) {
        totals.inserted++;
        // What was looked at the same day pairs up now, in the import's transaction (interaction-pairs.ts).
        const id = Number(stored.lastInsertRowid);
        recordInteractionPairs(ctx.sql, {
          id,
          customerId: customerId!,
          productId: product!.id,
          kind: kind!,
          rating,
          orderId: null,
          occurredAt,
        });
      } else totals.skipped++;
    }
    return problems;
  }

  return {
    write(rows) {
      return rows.flatMap(writeRow);
    },
    finish: () => [],
    summary: () => ({ ...totals }),
  };
}
