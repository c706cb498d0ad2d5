import type Database from 'better-sqlite3';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';

/**
 * How a column travels: integers as they are, text as text, and ISO instants as epoch
 * milliseconds, so DuckDB compares and shifts them as numbers (ASOF JOIN on the store's offsets).
 */
type Kind = 'int' | 'text' | 'instant';

interface TableCopy {
  table: string;
  /** Column name, DuckDB type, how it is appended and the SQLite expression it is read from. */
  columns: readonly [name: string, kind: Kind, source: string][];
}

/**
 * Only what the dashboard's questions read. Cents and quantities stay INTEGER as in SQLite; the
 * questions widen them before they multiply.
 */
const COPIES: readonly TableCopy[] = [
  {
    table: 'orders',
    columns: [
      ['id', 'int', 'id'],
      ['store_id', 'int', 'store_id'],
      ['customer_id', 'int', 'customer_id'],
      ['status', 'text', 'status'],
      ['total_cents', 'int', 'total_cents'],
      ['placed_ms', 'instant', 'placed_at'],
    ],
  },
  {
    table: 'order_lines',
    columns: [
      ['id', 'int', 'id'],
      ['order_id', 'int', 'order_id'],
      ['product_id', 'int', 'product_id'],
      ['quantity', 'int', 'quantity'],
      ['unit_price_cents', 'int', 'unit_price_cents'],
      ['discount_cents', 'int', 'discount_cents'],
      ['discount_bp', 'int', 'discount_bp'],
      ['tax_cents', 'int', 'tax_cents'],
      ['unit_cost_cents', 'int', 'unit_cost_cents'],
    ],
  },
  {
    table: 'order_returns',
    columns: [
      ['id', 'int', 'id'],
      ['order_id', 'int', 'order_id'],
      ['refund_cents', 'int', 'refund_cents'],
      ['created_ms', 'instant', 'created_at'],
    ],
  },
  {
    table: 'order_return_lines',
    columns: [
      ['id', 'int', 'id'],
      ['return_id', 'int', 'return_id'],
      ['order_line_id', 'int', 'order_line_id'],
      ['quantity', 'int', 'quantity'],
      ['refund_cents', 'int', 'refund_cents'],
    ],
  },
  {
    table: 'payments',
    columns: [
      ['order_id', 'int', 'order_id'],
      ['method', 'text', 'method'],
      ['kind', 'text', 'kind'],
      ['amount_cents', 'int', 'amount_cents'],
      ['created_ms', 'instant', 'created_at'],
    ],
  },
  {
    table: 'products',
    columns: [
      ['id', 'int', 'id'],
      ['sku', 'text', 'sku'],
      ['name', 'text', 'name'],
      ['category_id', 'int', 'category_id'],
      ['brand_id', 'int', 'brand_id'],
    ],
  },
  {
    table: 'categories',
    columns: [
      ['id', 'int', 'id'],
      ['parent_id', 'int', 'parent_id'],
    ],
  },
  {
    table: 'brands',
    columns: [
      ['id', 'int', 'id'],
      ['name', 'text', 'name'],
    ],
  },
  {
    table: 'customers',
    columns: [
      ['id', 'int', 'id'],
      ['first_name', 'text', 'first_name'],
      ['last_name', 'text', 'last_name'],
    ],
  },
  {
    table: 'store_utc_offsets',
    columns: [
      ['store_id', 'int', 'store_id'],
      ['from_ms', 'instant', 'from_at'],
      ['offset_seconds', 'int', 'offset_seconds'],
    ],
  },
];

const DUCK_TYPE: Record<Kind, string> = { int: 'INTEGER', text: 'VARCHAR', instant: 'BIGINT' };

function appenderOf(appender: DuckDBAppender, kind: Kind): (value: unknown) => void {
  const orNull = (append: (value: never) => void) => (value: unknown) =>
    value === null ? appender.appendNull() : append(value as never);
  switch (kind) {
    case 'int':
      return orNull((value: number) => appender.appendInteger(value));
    case 'text':
      return orNull((value: string) => appender.appendVarchar(value));
    case 'instant':
      return orNull((value: string) => {
        const ms = Date.parse(value);
        if (Number.isNaN(ms)) throw new Error(`Not an instant: ${value}`);
        appender.appendBigInt(BigInt(ms));
      });
  }
}

export interface LoadedDuckDB {
  connection: DuckDBConnection;
  /** Rows copied, all tables together. */
  rows: number;
  loadMs: number;
  close(): void;
}

/**
 * A DuckDB database in memory holding a copy of the tables the dashboard reads, streamed row by
 * row from SQLite through DuckDB's appender (DuckDB has no SQLite reader here). The time to copy
 * is measured apart from the questions.
 */
export async function loadIntoDuckDB(sql: Database.Database): Promise<LoadedDuckDB> {
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  let rows = 0;
  for (const { table, columns } of COPIES) {
    await connection.run(
      `CREATE TABLE ${table} (${columns.map(([name, kind]) => `${name} ${DUCK_TYPE[kind]}`).join(', ')})`,
    );
    const appender = await connection.createAppender(table);
    const appends = columns.map(([, kind]) => appenderOf(appender, kind));
    const read = sql.prepare(`SELECT ${columns.map(([, , source]) => `"${source}"`).join(', ')} FROM "${table}"`).raw();
    for (const row of read.iterate() as Iterable<unknown[]>) {
      for (let i = 0; i < appends.length; i++) appends[i]!(row[i]);
      appender.endRow();
      rows++;
    }
    appender.closeSync();
  }
  return {
    connection,
    rows,
    loadMs: performance.now() - started,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
