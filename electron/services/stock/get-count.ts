import type Database from 'better-sqlite3';
import type { StockCountSheet } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

interface CountHeader {
  id: number;
  store_id: number;
  store_name: string;
  counted_by: number;
  counted_by_name: string;
  counted_at: string;
  note: string | null;
}

interface CountLine {
  product_id: number;
  sku: string;
  name: string;
  expected: number;
  counted: number;
}

const COUNT_HEADER = `
  SELECT c."id", c."store_id", st."name" AS "store_name", c."counted_by", s."display_name" AS "counted_by_name",
         c."counted_at", c."note"
  FROM "stock_counts" c
  JOIN "stores" st ON st."id" = c."store_id"
  JOIN "staff_members" s ON s."id" = c."counted_by"
  WHERE c."id" = ?`;

const COUNT_LINES = `
  SELECT l."product_id", p."sku", p."name", l."expected", l."counted"
  FROM "stock_count_lines" l JOIN "products" p ON p."id" = l."product_id"
  WHERE l."stock_count_id" = ?
  ORDER BY p."name", p."id"`;

/** A booked count as a printable sheet: where, who, when, and each line's difference. */
export function getCount(sql: Database.Database, countId: number): StockCountSheet {
  const header = prepared(sql, COUNT_HEADER).get(countId) as CountHeader | undefined;
  if (!header) throw new AppError('NOT_FOUND', 'That stock count does not exist.', { id: countId });
  const lines = prepared(sql, COUNT_LINES).all(countId) as CountLine[];
  return {
    id: header.id,
    store: { id: header.store_id, name: header.store_name },
    countedBy: { id: header.counted_by, name: header.counted_by_name },
    countedAt: header.counted_at,
    note: header.note,
    lines: lines.map((line) => ({
      productId: line.product_id,
      sku: line.sku,
      name: line.name,
      expected: line.expected,
      counted: line.counted,
      difference: line.counted - line.expected,
    })),
  };
}
