import type Database from 'better-sqlite3';
import type { TransferDetail, TransferSummary } from '../../../../shared/contract';
import { AppError } from '../../../../shared/errors';
import { prepared } from '../../../../database/prepared';

export interface TransferHeaderRow {
  id: number;
  from_store_id: number;
  from_store_name: string;
  to_store_id: number;
  to_store_name: string;
  status: TransferSummary['status'];
  sent_at: string;
  sent_by_name: string;
  received_at: string | null;
  received_by_name: string | null;
  note: string | null;
}

interface LineTotalsRow {
  transfer_id: number;
  line_count: number;
  units_sent: number;
  units_received: number | null;
}

interface TransferLineRow {
  product_id: number;
  sku: string;
  name: string;
  quantity_sent: number;
  quantity_received: number | null;
}

/** Every transfer query selects these columns; callers add WHERE, ORDER BY and LIMIT. */
export const TRANSFER_HEADER = `
  SELECT t."id", t."from_store_id", fs."name" AS "from_store_name", t."to_store_id", ts."name" AS "to_store_name",
         t."status", t."sent_at", sb."display_name" AS "sent_by_name", t."received_at",
         rb."display_name" AS "received_by_name", t."note"
  FROM "stock_transfers" t
  JOIN "stores" fs ON fs."id" = t."from_store_id"
  JOIN "stores" ts ON ts."id" = t."to_store_id"
  JOIN "staff_members" sb ON sb."id" = t."sent_by"
  LEFT JOIN "staff_members" rb ON rb."id" = t."received_by"`;

/** Line totals of a page of transfers in one statement, through UQ_stock_transfer_lines_product. */
const LINE_TOTALS = `
  SELECT "transfer_id", COUNT(*) AS "line_count", SUM("quantity_sent") AS "units_sent",
         SUM("quantity_received") AS "units_received"
  FROM "stock_transfer_lines"
  WHERE "transfer_id" IN (SELECT "value" FROM json_each(?))
  GROUP BY "transfer_id"`;

const TRANSFER_LINES = `
  SELECT l."product_id", p."sku", p."name", l."quantity_sent", l."quantity_received"
  FROM "stock_transfer_lines" l JOIN "products" p ON p."id" = l."product_id"
  WHERE l."transfer_id" = ?
  ORDER BY p."name", p."id"`;

export function toTransferSummaries(sql: Database.Database, headers: readonly TransferHeaderRow[]): TransferSummary[] {
  const totals = new Map<number, LineTotalsRow>();
  const rows = prepared(sql, LINE_TOTALS).all(JSON.stringify(headers.map((header) => header.id))) as LineTotalsRow[];
  for (const row of rows) totals.set(row.transfer_id, row);
  return headers.map((header) => {
    const total = totals.get(header.id);
    return {
      id: header.id,
      fromStore: { id: header.from_store_id, name: header.from_store_name },
      toStore: { id: header.to_store_id, name: header.to_store_name },
      status: header.status,
      sentAt: header.sent_at,
      sentByName: header.sent_by_name,
      receivedAt: header.received_at,
      receivedByName: header.received_by_name,
      note: header.note,
      lineCount: total?.line_count ?? 0,
      unitsSent: total?.units_sent ?? 0,
      unitsReceived: header.status === 'received' ? (total?.units_received ?? 0) : null,
    };
  });
}

export function getTransfer(sql: Database.Database, transferId: number): TransferDetail {
  const header = prepared(sql, `${TRANSFER_HEADER} WHERE t."id" = ?`).get(transferId) as TransferHeaderRow | undefined;
  if (!header) throw new AppError('NOT_FOUND', 'That transfer does not exist.', { id: transferId });
  const lines = prepared(sql, TRANSFER_LINES).all(transferId) as TransferLineRow[];
  return {
    ...toTransferSummaries(sql, [header])[0]!,
    lines: lines.map((line) => ({
      productId: line.product_id,
      sku: line.sku,
      name: line.name,
      quantitySent: line.quantity_sent,
      quantityReceived: line.quantity_received,
      discrepancy: line.quantity_received === null ? null : line.quantity_received - line.quantity_sent,
    })),
  };
}
