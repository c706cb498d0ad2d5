import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CACHE_KIB } from '../../../database/page-cache';
import { contract } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import type { ReadPool } from '../../../electron/host/read-pool';
import { endOfDay } from '../../../electron/services/orders/end-of-day';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

/** Counts to ?: a read that keeps a reader thread busy for as long as asked, touching no table. */
const COUNT_TO = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT COUNT(*) AS "count" FROM n`;

describe('reader threads', () => {
  let f: SalesFixture;
  let readers: ReadPool;

  beforeAll(async () => {
    f = await openSalesFixture();
    readers = f.t.backroom.readers;
  }, FIXTURE_TIMEOUT_MS);
  afterAll(() => f?.dispose());

  it('answers a reader channel on a reader thread, after the same session, role and input checks', async () => {
    const productId = f.product({ priceCents: 1_250, stock: 20 });
    await f.sell(f.tokens.clerk, [{ productId, quantity: 2 }]);
    const day = f.t.clock.now().toISOString().slice(0, 10);

    expect(await f.error('orders.endOfDay', { date: day }, f.tokens.clerk)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.error('orders.endOfDay', { date: 'today' }, f.tokens.manager)).toMatchObject({
      code: 'VALIDATION',
    });
    expect(await f.error('orders.endOfDay', { date: day }, 'no such session')).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(readers.threads).toBe(0);

    const report = await f.t.ok('orders.endOfDay', { date: day }, f.tokens.manager);
    expect(readers.threads).toBe(1);
    const onMain = endOfDay(f.sql, f.storeId, day, f.t.clock.now());
    expect(report).toEqual(contract['orders.endOfDay'].output.parse(onMain));
    expect(report.sales.count).toBe(1);
  });

  it('brings an AppError back across the thread with its code, message and details', async () => {
    const onMain = (() => {
      try {
        endOfDay(f.sql, 999_999, '2026-11-25', f.t.clock.now());
      } catch (error) {
        return (error as AppError).toPayload();
      }
    })();
    expect(onMain).toMatchObject({ code: 'NOT_FOUND' });
    expect(await f.error('orders.endOfDay', { storeId: 999_999, date: '2026-11-25' }, f.tokens.manager)).toEqual(
      onMain,
    );
  });

  it('gives the main connection and every reader one page cache, far above the SQLite default', async () => {
    expect(f.sql.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
    await expect(readers.query('PRAGMA cache_size')).resolves.toEqual([{ cache_size: -PAGE_CACHE_KIB }]);
    expect(PAGE_CACHE_KIB).toBeGreaterThanOrEqual(32 * 1024);
  });

  it('reads on a connection that refuses writes', async () => {
    await expect(
      readers.query(`INSERT INTO "settings" ("key", "value") VALUES ('reader.test', '1') RETURNING "key"`),
    ).rejects.toThrow(/readonly/i);
    await expect(readers.query(`PRAGMA query_only`)).resolves.toEqual([{ query_only: 1 }]);
    expect(f.sql.prepare(`SELECT COUNT(*) FROM "settings" WHERE "key" = 'reader.test'`).pluck().get()).toBe(0);
  });

  it('lets orders commit through the main queue while a long read runs', async () => {
    const productId = f.product({ stock: 100 });
    await readers.query('SELECT 1'); // the thread is up before the clock starts
    let readEnded = false;
    const longRead = readers.query<{ count: number }>(COUNT_TO, [5_000_000]).finally(() => (readEnded = true));

    const before = f.snapshot().orders;
    for (let i = 0; i < 5; i++) {
      await f.sell(f.tokens.clerk, [{ productId, quantity: 1 }]);
      expect(readEnded).toBe(false);
    }
    expect(f.snapshot().orders).toBe(before + 5);
    await expect(longRead).resolves.toEqual([{ count: 5_000_000 }]);
  });
});
