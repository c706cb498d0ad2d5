import type Database from 'better-sqlite3';
import type { OrderRow } from '../../../shared/contract/orders';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { decodeCursor, encodeCursor } from '../catalog/keyset-cursor';
import { requireZonedStore } from '../stores/store-zone';
import { localDayRange } from '../../../shared/local-day';
import type { OrdersInput } from './inputs';

type ListInput = OrdersInput<'orders.list'>;

/**
 * Orders a page may examine beyond the index range it walks. Filters the driving index cannot
 * answer (a rare payment method, a total range, another store's clerk) could otherwise walk
 * every order of the store to fill one page; stopping after this many keeps any page, at any
 * depth, within a few milliseconds on a million orders, and the cursor resumes where it stopped.
 */
export const SCAN_WINDOW = 3_000;
/** A payment method filter also reads each order's payments: about three times the work per order. */
export const PAYMENT_SCAN_WINDOW = 1_000;
const CURSOR_ORDER = 'placed';

interface OrderListRow {
  id: number;
  order_number: number;
  store_id: number;
  placed_at: string;
  status: OrderRow['status'];
  channel: OrderRow['channel'];
  customer_id: number | null;
  customer_name: string | null;
  staff_id: number;
  staff_name: string;
  line_count: number;
  total_cents: number;
}

type Filter = 'storeId' | 'status' | 'customerId' | 'staffId' | 'minTotalCents' | 'maxTotalCents' | 'paymentMethod';

const FILTER_CONDITIONS: Record<Filter, string> = {
  storeId: 'o."store_id" = @storeId',
  status: 'o."status" = @status',
  customerId: 'o."customer_id" = @customerId',
  staffId: 'o."staff_id" = @staffId',
  minTotalCents: 'o."total_cents" >= @minTotalCents',
  maxTotalCents: 'o."total_cents" <= @maxTotalCents',
  paymentMethod: `EXISTS (SELECT 1 FROM "payments" p
    WHERE p."order_id" = o."id" AND p."method" = @paymentMethod AND p."kind" = 'payment')`,
};

/**
 * The index each page walks, newest first, and the filter it answers. Each ends in
 * (placed_at, rowid) — SQLite appends the rowid to every index — so the keyset range and the
 * order come from the index. INDEXED BY pins the choice: without statistics the planner might
 * walk a whole status to find one customer's orders.
 */
function drivingIndex(input: ListInput): { index: string; filter: Filter } {
  if (input.customerId !== undefined) return { index: 'IDX_orders_customer', filter: 'customerId' };
  if (input.status !== undefined) return { index: 'IDX_orders_status', filter: 'status' };
  return { index: 'IDX_orders_store_placed', filter: 'storeId' };
}

const ROW_COLUMNS = `o."id", o."order_number", o."store_id", o."placed_at", o."status", o."channel",
  o."customer_id", c."first_name" || ' ' || c."last_name" AS "customer_name", o."staff_id",
  st."display_name" AS "staff_name", o."total_cents",
  (SELECT COUNT(*) FROM "order_lines" l WHERE l."order_id" = o."id") AS "line_count"`;

const ROW_JOINS = `JOIN "staff_members" st ON st."id" = o."staff_id"
  LEFT JOIN "customers" c ON c."id" = o."customer_id"`;

/**
 * A store's orders (default the caller's), newest first, by keyset on (placed_at, id): never
 * OFFSET, so page 5,000 costs what page 1 does. Each page walks one index range; filters it
 * cannot answer are checked on a bounded window of orders, and a page cut short by that bound
 * still hands back a cursor to continue from.
 */
export function listOrders(
  sql: Database.Database,
  callerStoreId: number,
  input: ListInput,
): { items: OrderRow[]; nextCursor: string | null } {
  const params: Record<string, unknown> = {
    storeId: input.storeId ?? callerStoreId,
    limit: input.limit + 1,
    window: input.paymentMethod === undefined ? SCAN_WINDOW : PAYMENT_SCAN_WINDOW,
  };
  const filters: Filter[] = ['storeId'];
  for (const key of ['status', 'customerId', 'staffId', 'minTotalCents', 'maxTotalCents', 'paymentMethod'] as const) {
    if (input[key] === undefined) continue;
    filters.push(key);
    params[key] = input[key];
  }

  const range: string[] = [];
  const { from, to } = placedRange(sql, params.storeId as number, input);
  if (from !== undefined) {
    range.push('o."placed_at" >= @from');
    params.from = from;
  }
  if (to !== undefined) {
    range.push('o."placed_at" < @to');
    params.to = to;
  }
  if (input.cursor !== undefined) {
    const position = decodeCursor(input.cursor, CURSOR_ORDER);
    if (typeof position.value !== 'string') {
      throw new AppError('VALIDATION', 'The list position is not valid; start from the first page.');
    }
    range.push('(o."placed_at", o."id") < (@afterPlacedAt, @afterId)');
    params.afterPlacedAt = position.value;
    params.afterId = position.id;
  }

  if (input.orderNumber !== undefined) {
    // A store's order number is unique (UQ_orders_store_number): one lookup, every filter checked on it.
    const conditions = [
      ...filters.map((filter) => FILTER_CONDITIONS[filter]),
      'o."order_number" = @orderNumber',
      ...range,
    ];
    const rows = prepared(
      sql,
      `SELECT ${ROW_COLUMNS} FROM "orders" o ${ROW_JOINS} WHERE ${conditions.join(' AND ')}`,
    ).all({
      ...params,
      orderNumber: input.orderNumber,
    }) as OrderListRow[];
    return page(rows, input.limit, null);
  }

  const { index, filter } = drivingIndex(input);
  const walk = `SELECT o."id", o."placed_at" FROM "orders" o INDEXED BY "${index}"
    WHERE ${[FILTER_CONDITIONS[filter], ...range].join(' AND ')}
    ORDER BY o."placed_at" DESC, o."id" DESC`;
  const residual = filters.filter((other) => other !== filter).map((other) => FILTER_CONDITIONS[other]);

  if (residual.length === 0) {
    const rows = prepared(
      sql,
      `SELECT ${ROW_COLUMNS} FROM (${walk} LIMIT @limit) w
       JOIN "orders" o ON o."id" = w."id" ${ROW_JOINS}
       ORDER BY w."placed_at" DESC, w."id" DESC`,
    ).all(params) as OrderListRow[];
    return page(rows, input.limit, null);
  }

  const rows = prepared(
    sql,
    `SELECT ${ROW_COLUMNS} FROM (${walk} LIMIT @window) w
     JOIN "orders" o ON o."id" = w."id" ${ROW_JOINS}
     WHERE ${residual.join(' AND ')}
     ORDER BY w."placed_at" DESC, w."id" DESC
     LIMIT @limit`,
  ).all(params) as OrderListRow[];
  if (rows.length > input.limit) return page(rows, input.limit, null);
  // The page is short: either the range ended, or the window did and the walk resumes after it.
  const edge = prepared(
    sql,
    `SELECT "placed_at", "id", COUNT(*) OVER () AS "walked" FROM (${walk} LIMIT @window)
     ORDER BY "placed_at" ASC, "id" ASC LIMIT 1`,
  ).get(params) as { placed_at: string; id: number; walked: number } | undefined;
  return page(rows, input.limit, edge && edge.walked === params.window ? edge : null);
}

function page(
  rows: OrderListRow[],
  limit: number,
  resumeAfter: { placed_at: string; id: number } | null,
): { items: OrderRow[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = rows.length > limit ? items[items.length - 1] : resumeAfter;
  return {
    items: items.map(toOrderRow),
    nextCursor: last ? encodeCursor({ value: last.placed_at, id: last.id }, CURSOR_ORDER) : null,
  };
}

function toOrderRow(row: OrderListRow): OrderRow {
  return {
    id: row.id,
    orderNumber: row.order_number,
    storeId: row.store_id,
    placedAt: row.placed_at,
    status: row.status,
    channel: row.channel,
    customer: row.customer_id === null ? null : { id: row.customer_id, name: row.customer_name ?? '' },
    staff: { id: row.staff_id, name: row.staff_name },
    lineCount: row.line_count,
    totalCents: row.total_cents,
  };
}

/**
 * The placed-at bounds asked for: instants as given, and days of the store's own clock (its
 * time zone) as the UTC instants they start and end at. When both kinds bound one side, the
 * narrower wins.
 */
function placedRange(
  sql: Database.Database,
  storeId: number,
  input: ListInput,
): { from: string | undefined; to: string | undefined } {
  let from = input.from === undefined ? undefined : new Date(input.from).toISOString();
  let to = input.to === undefined ? undefined : new Date(input.to).toISOString();
  if (input.fromDay === undefined && input.toDay === undefined) return { from, to };
  const { timeZone } = requireZonedStore(sql, storeId);
  if (input.fromDay !== undefined) {
    const start = localDayRange(timeZone, input.fromDay).from;
    from = from === undefined || start > from ? start : from;
  }
  if (input.toDay !== undefined) {
    const end = localDayRange(timeZone, input.toDay).to;
    to = to === undefined || end < to ? end : to;
  }
  return { from, to };
}
