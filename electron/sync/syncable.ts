import { RECORD_TABLES } from '../services/messages/records';

/**
 * What travels to head office, and in which order. Each entity is a table with a `uid`; its
 * record carries every column except local ids and the columns named private, and the rows of
 * its child tables (an order's lines, payments, status changes and returns; a purchase order's
 * lines; ...), nested. The outbox triggers of migration 0007 enqueue the root when a child row
 * changes.
 *
 * The list is in dependency order: a record only references entities before it (or, in a tree,
 * its parent), which is the order a snapshot sends them in.
 */
export interface ChildShape {
  /** The key of the nested array in the parent's record. */
  key: string;
  table: string;
  /** The column pointing at the parent's id, left out of the child's record. */
  parentColumn: string;
  children?: readonly ChildShape[];
}

export interface EntityShape {
  table: string;
  /** Columns that stay on this machine. */
  privateColumns?: readonly string[];
  /** A column pointing at a row of the same table, which a snapshot must send first. */
  treeParent?: string;
  children?: readonly ChildShape[];
}

export const SYNCABLE: readonly EntityShape[] = [
  { table: 'stores' },
  // Credentials and lock-out state belong to the machine a person signs in on.
  {
    table: 'staff_members',
    privateColumns: [
      'password_hash',
      'failed_login_count',
      'locked_until',
      'last_login_at',
      'must_change_password',
      'pin_hash',
      'pin_failed_count',
      'pin_locked_until',
    ],
  },
  { table: 'categories', treeParent: 'parent_id' },
  { table: 'brands' },
  { table: 'suppliers' },
  {
    table: 'products',
    children: [{ key: 'suppliers', table: 'product_suppliers', parentColumn: 'product_id' }],
  },
  { table: 'customers' },
  {
    table: 'orders',
    children: [
      { key: 'lines', table: 'order_lines', parentColumn: 'order_id' },
      { key: 'payments', table: 'payments', parentColumn: 'order_id' },
      { key: 'status_changes', table: 'order_status_changes', parentColumn: 'order_id' },
      { key: 'discount_approvals', table: 'discount_approvals', parentColumn: 'order_id' },
      {
        key: 'returns',
        table: 'order_returns',
        parentColumn: 'order_id',
        children: [
          { key: 'lines', table: 'order_return_lines', parentColumn: 'return_id' },
          { key: 'refunds', table: 'order_return_refunds', parentColumn: 'return_id' },
        ],
      },
    ],
  },
  {
    table: 'purchase_orders',
    children: [{ key: 'lines', table: 'purchase_order_lines', parentColumn: 'purchase_order_id' }],
  },
  {
    table: 'stock_transfers',
    children: [{ key: 'lines', table: 'stock_transfer_lines', parentColumn: 'transfer_id' }],
  },
  {
    table: 'stock_counts',
    children: [{ key: 'lines', table: 'stock_count_lines', parentColumn: 'stock_count_id' }],
  },
  // Append-only ledgers travel row by row.
  { table: 'stock_movements' },
  { table: 'store_credit_entries' },
  // Staff messaging; how far each person has read stays on this machine.
  {
    table: 'conversations',
    children: [{ key: 'members', table: 'conversation_members', parentColumn: 'conversation_id' }],
  },
  {
    table: 'messages',
    children: [{ key: 'mentions', table: 'message_mentions', parentColumn: 'message_id' }],
  },
];

/**
 * Rows without a uid that other rows of the same aggregate point at, and the column that names
 * them within it: a return line names the order line it returns by its line number.
 */
export const NATURAL_KEYS: Readonly<Record<string, { column: string; key: string }>> = {
  order_lines: { column: 'line_no', key: 'order_line_no' },
};

/** Columns that hold another row's id without a declared foreign key, and the table they point at. */
export const UNDECLARED_REFERENCES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  products: { updated_by: 'staff_members' },
  order_status_changes: { staff_id: 'staff_members' },
  discount_approvals: { approved_by: 'staff_members' },
  store_credit_entries: { staff_id: 'staff_members' },
};

/**
 * Columns that hold the id of a row in one of several tables, with the column naming which: sent
 * as that row's uid (`record_id` → `record_uid`).
 */
export const POLYMORPHIC_REFERENCES: Readonly<
  Record<string, Readonly<Record<string, { kindColumn: string; tables: Readonly<Record<string, string>> }>>>
> = {
  messages: {
    record_id: {
      kindColumn: 'record_kind',
      tables: RECORD_TABLES,
    },
  },
};

/** Columns holding JSON text, sent as JSON rather than as a string. */
export const JSON_COLUMNS: ReadonlySet<string> = new Set(['attributes', 'attribute_schema']);

export function shapeOf(entity: string): EntityShape {
  const shape = SYNCABLE.find((candidate) => candidate.table === entity);
  if (!shape) throw new Error(`"${entity}" is not a syncable entity.`);
  return shape;
}
