import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newUid } from '../../../database/ids';
import { acknowledge } from '../../../electron/sync/outbox-reader';
import { withRemoteApply } from '../../../electron/sync/remote-apply';
import { readBatch } from '../../helpers/sync-records';
import { productInput } from '../catalog/catalog-fixture';
import { FIXTURE_TIMEOUT_MS, MANAGER_LOGIN, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

interface Pending {
  seq: number;
  entity: string;
  entity_uid: string;
  op: string;
}

let f: SalesFixture;

beforeAll(async () => {
  f = await openSalesFixture();
}, FIXTURE_TIMEOUT_MS);

afterAll(() => f?.dispose());

/** Every test starts from an outbox head office has fully acknowledged. */
beforeEach(() => {
  drain();
});

function drain(): void {
  for (let batch = readBatch(f.sql); batch.lastSeq > 0; batch = readBatch(f.sql)) {
    acknowledge(f.sql, batch.lastSeq);
  }
}

const pending = (): Pending[] => f.sql.prepare('SELECT * FROM "sync_outbox" ORDER BY "seq"').all() as Pending[];
const lastSeq = () => f.sql.prepare('SELECT "last_seq" FROM "sync_state"').pluck().get() as number;
const uidOf = (table: string, id: number) =>
  f.sql.prepare(`SELECT "uid" FROM "${table}" WHERE "id" = ?`).pluck().get(id) as string;

/** Any key naming a local id: `id`, or a column ending in `_id` or `_by`. */
function localIdKeys(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => localIdKeys(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(key === 'id' || /_(id|by)$/.test(key) ? [`${path}.${key}`] : []),
    ...localIdKeys(inner, `${path}.${key}`),
  ]);
}

describe('the sync outbox', () => {
  it('keeps one pending row per record, at the seq of its latest change', async () => {
    const { id, version } = await f.t.ok(
      'products.create',
      productInput({ sku: 'TEN-1', name: 'Ten times', priceCents: 100 }),
      f.tokens.manager,
    );
    drain();
    let current = version;
    for (let change = 1; change <= 10; change++) {
      current = (await f.t.ok('products.update', { id, version: current, priceCents: 100 + change }, f.tokens.manager))
        .version;
    }
    const rows = pending().filter((row) => row.entity === 'products');
    expect(rows).toEqual([
      {
        seq: lastSeq(),
        entity: 'products',
        entity_uid: uidOf('products', id),
        op: 'update',
        changed_at: expect.any(String),
      },
    ]);
    const [change] = readBatch(f.sql).changes;
    expect(change!.record).toMatchObject({ uid: uidOf('products', id), price_cents: 110 });
  });

  it('sends an order whole: a return enqueues the order, whose record nests lines, payments and returns by uid', async () => {
    const bread = f.product({ priceCents: 300 });
    const jam = f.product({ priceCents: 450 });
    const customerId = f.customer('Olive Oyl');
    const order = await f.sell(
      f.tokens.clerk,
      [
        { productId: bread, quantity: 2 },
        { productId: jam, quantity: 1 },
      ],
      { customerId },
    );
    // The order, its lines, payment and status change coalesce into one row; the sales reach
    // the ledger as rows of their own.
    expect(pending().map((row) => row.entity)).toEqual(
      expect.arrayContaining(['orders', 'stock_movements', 'stock_movements']),
    );
    expect(pending().filter((row) => row.entity === 'orders')).toHaveLength(1);
    drain();

    const breadLine = order.lines.find((line) => line.productId === bread)!;
    await f.t.ok(
      'orders.return',
      { orderId: order.id, lines: [{ orderLineId: breadLine.id, quantity: 1, restock: true }], refundTo: 'original' },
      f.tokens.clerk,
    );
    const orderUid = uidOf('orders', order.id);
    expect(pending().filter((row) => row.entity === 'orders')).toEqual([
      expect.objectContaining({ entity_uid: orderUid, op: 'update' }),
    ]);

    const sent = readBatch(f.sql).changes.find((change) => change.entity === 'orders')!;
    const record = sent.record as {
      uid: string;
      store_uid: string;
      customer_uid: string;
      staff_uid: string;
      lines: { line_no: number; product_uid: string; quantity: number }[];
      payments: { uid: string; kind: string; amount_cents: number }[];
      status_changes: { to_status: string }[];
      returns: {
        uid: string;
        lines: { order_line_no: number; quantity: number }[];
        refunds: { payment_uid: string }[];
      }[];
    };
    expect(record.uid).toBe(orderUid);
    expect(record.store_uid).toBe(uidOf('stores', f.storeId));
    expect(record.customer_uid).toBe(uidOf('customers', customerId));
    expect(record.staff_uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(record.lines).toEqual([
      expect.objectContaining({ line_no: 1, product_uid: uidOf('products', bread), quantity: 2 }),
      expect.objectContaining({ line_no: 2, product_uid: uidOf('products', jam), quantity: 1 }),
    ]);
    expect(record.payments.map((payment) => payment.kind).sort()).toEqual(['payment', 'refund']);
    expect(record.status_changes.map((change) => change.to_status)).toEqual(['paid']);
    expect(record.returns).toHaveLength(1);
    expect(record.returns[0]!.lines).toEqual([expect.objectContaining({ order_line_no: 1, quantity: 1 })]);
    const refundUid = record.payments.find((payment) => payment.kind === 'refund')!.uid;
    expect(record.returns[0]!.refunds).toEqual([{ payment_uid: refundUid }]);
    expect(localIdKeys(record)).toEqual([]);
  });

  it('sends a purchase order with its lines, enqueued again when a line changes', () => {
    const product = f.product({ stock: 0 });
    const supplierUid = newUid();
    const supplier = f.sql
      .prepare(`INSERT INTO "suppliers" ("uid", "name") VALUES (?, 'Dairy Direct')`)
      .run(supplierUid);
    const staffId = f.sql.prepare(`SELECT "id" FROM "staff_members" WHERE "username" = 'mia'`).pluck().get();
    const orderUid = newUid();
    const purchaseOrder = f.sql
      .prepare(
        `INSERT INTO "purchase_orders" ("uid", "store_id", "number", "supplier_id", "created_by") VALUES (?, ?, 1, ?, ?)`,
      )
      .run(orderUid, f.storeId, supplier.lastInsertRowid, staffId);
    const line = f.sql
      .prepare(
        `INSERT INTO "purchase_order_lines" ("purchase_order_id", "product_id", "quantity_ordered", "unit_cost_cents") VALUES (?, ?, 12, 80)`,
      )
      .run(purchaseOrder.lastInsertRowid, product);
    drain();

    f.sql.prepare('UPDATE "purchase_order_lines" SET "quantity_received" = 6 WHERE "id" = ?').run(line.lastInsertRowid);
    const [change] = readBatch(f.sql).changes;
    expect(change).toMatchObject({ entity: 'purchase_orders', uid: orderUid, op: 'update' });
    expect(change!.record).toMatchObject({
      supplier_uid: supplierUid,
      store_uid: uidOf('stores', f.storeId),
      lines: [{ product_uid: uidOf('products', product), quantity_ordered: 12, quantity_received: 6 }],
    });
    expect(localIdKeys(change!.record)).toEqual([]);
  });

  it('reads in seq order and resumes after the last acknowledged change', async () => {
    const customers = ['Ann Able', 'Ben Best', 'Cy Cole', 'Di Dunn', 'Ed Eng'].map((name) => f.customer(name));
    const uids = customers.map((id) => uidOf('customers', id));

    const first = readBatch(f.sql, { limit: 2 });
    expect(first.changes.map((change) => change.uid)).toEqual(uids.slice(0, 2));
    // A push that is interrupted acknowledges nothing: the same changes come again.
    expect(readBatch(f.sql, { limit: 2 }).changes.map((change) => change.uid)).toEqual(uids.slice(0, 2));

    expect(acknowledge(f.sql, first.lastSeq)).toBe(2);
    const rest = readBatch(f.sql, { limit: 10 });
    expect(rest.changes.map((change) => change.uid)).toEqual(uids.slice(2));
    expect(rest.changes.map((change) => change.seq)).toEqual(
      [...rest.changes.map((change) => change.seq)].sort((a, b) => a - b),
    );
    expect(rest.changes.every((change) => change.op === 'insert' && localIdKeys(change.record).length === 0)).toBe(
      true,
    );
  });

  it('keeps a change made after a batch was read, and sends a delete for a record head office may have', () => {
    const id = f.customer('Fay Ford');
    const uid = uidOf('customers', id);
    const batch = readBatch(f.sql);
    expect(batch.changes.map((change) => change.uid)).toEqual([uid]);
    // Changed while the batch is on its way: the row moves past the acknowledged seq.
    f.sql.prepare(`UPDATE "customers" SET "notes" = 'Late change' WHERE "id" = ?`).run(id);
    acknowledge(f.sql, batch.lastSeq);
    expect(pending()).toEqual([expect.objectContaining({ entity_uid: uid, op: 'update' })]);

    f.sql.prepare('DELETE FROM "customers" WHERE "id" = ?').run(id);
    const [deleted] = readBatch(f.sql).changes;
    expect(deleted).toEqual({ seq: expect.any(Number), entity: 'customers', uid, op: 'delete' });
  });

  it('drops a record created and deleted before any push read it', () => {
    const id = f.customer('Gil Gray');
    f.sql.prepare(`UPDATE "customers" SET "notes" = 'Typo' WHERE "id" = ?`).run(id);
    expect(pending()).toHaveLength(1);
    f.sql.prepare('DELETE FROM "customers" WHERE "id" = ?').run(id);
    expect(pending()).toEqual([]);
  });

  it('leaves sign-ins out: lock-out counters and last login stay on this machine', async () => {
    await f.t.ok('auth.login', MANAGER_LOGIN);
    expect(pending()).toEqual([]);
  });

  it('does not echo changes applied from head office back into the outbox', () => {
    const before = lastSeq();
    f.sql.transaction(() =>
      withRemoteApply(f.sql, () => {
        f.customer('Hal Hart');
        f.sql.prepare(`UPDATE "products" SET "price_cents" = 999 WHERE "sku" = 'TEN-1'`).run();
      }),
    )();
    expect(pending()).toEqual([]);
    expect(lastSeq()).toBe(before);
    expect(f.sql.prepare('SELECT "outbox_paused" FROM "sync_state"').pluck().get()).toBe(0);

    // Outside the remote apply, changes are queued again.
    f.customer('Ivy Irons');
    expect(pending()).toHaveLength(1);
    expect(() => withRemoteApply(f.sql, () => undefined)).toThrow(/inside a transaction/);
  });

  it('leaves the pause off when the remote apply fails', () => {
    expect(() =>
      f.sql.transaction(() =>
        withRemoteApply(f.sql, () => {
          throw new Error('bad change from head office');
        }),
      )(),
    ).toThrow(/bad change/);
    expect(f.sql.prepare('SELECT "outbox_paused" FROM "sync_state"').pluck().get()).toBe(0);
  });
});
