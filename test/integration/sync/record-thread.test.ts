import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUid } from '../../../database/ids';
import type { CopyBatch } from '../../../electron/sync/copy-batch';
import type { PendingChange } from '../../../electron/sync/outbox-reader';
import { RecordBuilder } from '../../../electron/sync/record-builder';
import { RecordThread } from '../../../electron/sync/record-thread-client';
import { buildRecords, toCopyBatch } from '../../helpers/sync-records';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

const SOURCE = '0193f000-0000-7000-8000-000000000001';
/** Text COPY must escape (backslashes, tabs, newlines) beside quotes and non-ASCII. */
const AWKWARD = 'back\\slash\ttab\nnew line "quoted" Zoë ✓ \\\\ end';

let f: SalesFixture;

beforeAll(async () => {
  f = await openSalesFixture();
  const product = f.product({ stock: 7 });
  const customer = f.customer('Ann Awkward');
  f.sql.prepare('UPDATE "customers" SET "notes" = ? WHERE "id" = ?').run(AWKWARD, customer);
  await f.sell(f.tokens.clerk, [{ productId: product, quantity: 2 }], { customerId: customer });
}, FIXTURE_TIMEOUT_MS);

afterAll(() => f?.dispose());

const pending = () =>
  f.sql
    .prepare('SELECT "seq", "entity", "entity_uid" AS "uid", "op" FROM "sync_outbox" ORDER BY "seq"')
    .all() as PendingChange[];

/** Each entity's rows paired with their seq and insert flag, in a fixed order; deletes sorted. */
function canonical(batch: CopyBatch) {
  return {
    seqs: batch.seqs,
    parts: batch.parts.map((part) => {
      const lines = Buffer.from(part.rows).toString('utf8').split('\n').slice(0, -1);
      expect(lines.map((line) => Number(line.split('\t')[2]))).toEqual(part.upsertSeqs);
      return {
        entity: part.entity,
        rows: lines.map((line, index) => `${part.upsertInserts[index]}|${line}`).sort(),
        deletes: part.deleteUids.map((uid, index) => `${uid}@${part.deleteSeqs[index]}`).sort(),
      };
    }),
  };
}

describe('records built as COPY rows', { timeout: 60_000 }, () => {
  it('are the rows the records’ JSON makes, escapes and gone records included', () => {
    const rows = pending();
    expect(rows.length).toBeGreaterThan(5);
    // One record gone without its delete queued, and one delete.
    const changes: PendingChange[] = [
      ...rows,
      { seq: 1_000_001, entity: 'customers', uid: 'no-such-customer', op: 'update' },
      { seq: 1_000_002, entity: 'products', uid: 'a-deleted-product', op: 'delete' },
    ];
    const builder = new RecordBuilder(f.sql);
    const direct = builder.buildCopyBatch(SOURCE, changes);
    expect(canonical(direct)).toEqual(canonical(toCopyBatch(SOURCE, buildRecords(f.sql, changes))));
    const customers = direct.parts.find((part) => part.entity === 'customers')!;
    expect(customers.deleteUids).toEqual(['no-such-customer']);
    expect(Buffer.from(customers.rows).toString('utf8')).toContain('back\\\\\\\\slash\\\\ttab\\\\nnew line');
  });

  it('come the same from a record thread on its own connection, handed over as bytes', async () => {
    const rows = pending();
    const thread = RecordThread.start(f.t.path);
    try {
      const built = await thread.build(SOURCE, rows);
      expect(canonical(built)).toEqual(canonical(toCopyBatch(SOURCE, buildRecords(f.sql, rows))));
    } finally {
      await thread.close();
    }
    await expect(thread.build(SOURCE, rows)).rejects.toThrow(/closed/);
  });

  it('come the same read in slices for a short push, one read state for the whole batch', async () => {
    const add = f.sql.prepare(
      'INSERT INTO "customers" ("uid", "first_name", "last_name", "notes") VALUES (?, ?, ?, ?)',
    );
    f.sql.transaction(() => {
      for (let n = 0; n < 600; n++) add.run(newUid(), 'Slice', `Customer ${n}`, n % 7 === 0 ? AWKWARD : null);
    })();
    const rows = pending();
    expect(rows.length).toBeGreaterThan(600);
    const builder = new RecordBuilder(f.sql);
    const whole = builder.buildCopyBatch(SOURCE, rows);
    expect(canonical(await builder.buildCopyBatchInSlices(SOURCE, rows))).toEqual(canonical(whole));
  });
});
