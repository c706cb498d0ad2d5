import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import type { EventPayload } from '../../../shared/events';
import type { ImportProfile } from '../../../shared/import/profile';
import { CLERK_LOGIN, FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

/** Enough products that the import holds the write lock for seconds, even on a fast machine. */
const IMPORT_ROWS = 60_000;

const PROFILE: ImportProfile = {
  version: 1,
  kind: 'products',
  fields: { sku: { column: 'Code' }, name: { column: 'Product Name' }, price: { column: 'Price' } },
};

describe('writes while an import holds the file', () => {
  let f: SalesFixture;
  let productId: number;
  let sale: ChannelInput<'orders.place'>;

  beforeAll(async () => {
    f = await openSalesFixture();
    productId = f.product({ priceCents: 400, stock: 10 });
    const lines = [{ productId, quantity: 2 }];
    const expectedTotalCents = await f.total(f.tokens.clerk, lines);
    sale = {
      idempotencyKey: randomUUID(),
      channel: 'till',
      lines,
      expectedTotalCents,
      payments: [{ method: 'card', amountCents: expectedTotalCents }],
    };
  }, FIXTURE_TIMEOUT_MS);
  afterAll(() => f?.dispose());

  /** Uploads a products file through files.*, as the import screen does. */
  async function uploadProducts(rows: number): Promise<string> {
    const lines = ['Code,Product Name,Price'];
    for (let row = 0; row < rows; row += 1) lines.push(`IMP-${row},Imported product ${row},${(row % 900) + 1}.25`);
    const bytes = Buffer.from(lines.join('\n'), 'utf8');
    const { fileId } = await f.t.ok(
      'files.beginUpload',
      { name: 'products.csv', size: bytes.length },
      f.tokens.manager,
    );
    const chunk = 500_000;
    for (let offset = 0; offset < bytes.length; offset += chunk) {
      const data = bytes.subarray(offset, offset + chunk).toString('base64');
      await f.t.ok('files.uploadChunk', { fileId, offset, data }, f.tokens.manager);
    }
    await f.t.ok('files.finishUpload', { fileId }, f.tokens.manager);
    return fileId;
  }

  /** Resolves on the job's first progress event: its thread has taken the write lock by then. */
  const firstProgress = (jobId: number) =>
    new Promise<void>((resolve) => {
      const stop = f.t.backroom.events.subscribe((event) => {
        if (event.name === 'job.progress' && (event.payload as EventPayload<'job.progress'>).jobId === jobId) {
          stop();
          resolve();
        }
      });
    });

  const timed = async <T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> => {
    const started = performance.now();
    const result = await work();
    return { result, ms: performance.now() - started };
  };

  const auditRows = (action: string, staffId: number) =>
    f.sql
      .prepare(`SELECT "result", "error_code" AS "errorCode" FROM "audit_log" WHERE "action" = ? AND "staff_id" = ?`)
      .all(action, staffId) as { result: string; errorCode: string | null }[];

  it('refuses a sale at once with SAVING_IN_PROGRESS, answers reads and logins, and sells once the import ends', async () => {
    const fileId = await uploadProducts(IMPORT_ROWS);
    const clerkId = f.sql
      .prepare(`SELECT "id" FROM "staff_members" WHERE "username" = ?`)
      .pluck()
      .get('carl') as number;
    const clerkLogins = auditRows('auth.login', clerkId).length;

    const { jobId } = await f.t.ok('imports.start', { fileId, profile: PROFILE }, f.tokens.manager);
    await firstProgress(jobId);
    const before = f.snapshot();

    const refused = await timed(() => f.t.call('orders.place', sale, f.tokens.clerk));
    expect(refused.result).toMatchObject({ ok: false, error: { code: 'SAVING_IN_PROGRESS' } });
    expect(refused.ms).toBeLessThan(1_000);
    if (!refused.result.ok) {
      expect(refused.result.error.message).toMatch(/^Backroom is saving an import\b/);
      expect(refused.result.error.message).toContain('Nothing was changed');
    }
    expect(f.snapshot()).toEqual(before);

    const read = await timed(() => f.t.call('products.list', { limit: 20 }, f.tokens.clerk));
    expect(read.result.ok).toBe(true);
    expect(read.ms).toBeLessThan(1_000);

    // A schedule starting its job meanwhile, outside any call, is refused as well, and at once.
    const admin = f.t.backroom.sessions.peek(f.tokens.admin)!;
    const scheduled = await timed(async () => {
      try {
        return f.t.backroom.jobs.start('sync', { hqUrl: 'postgres://hq.invalid/backroom' }, admin);
      } catch (error) {
        return error;
      }
    });
    expect(scheduled.result).toMatchObject({ code: 'SAVING_IN_PROGRESS' });
    expect(scheduled.ms).toBeLessThan(1_000);

    // A clerk starting a shift: the session opens now, its rows wait for the import.
    const login = await timed(() => f.t.call('auth.login', CLERK_LOGIN));
    expect(login.result).toMatchObject({ ok: true });
    expect(login.ms).toBeLessThan(2_000);
    const shiftToken = login.result.ok ? (login.result.data as { token: string }).token : '';
    expect(await f.t.call('auth.getSession', {}, shiftToken)).toMatchObject({ ok: true });
    // A wrong password is refused as ever; its count and audit row wait like the login's.
    const wrong = await timed(() => f.t.call('auth.login', { ...CLERK_LOGIN, password: 'not it at all' }));
    expect(wrong.result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(wrong.ms).toBeLessThan(2_000);
    expect(auditRows('auth.login', clerkId)).toHaveLength(clerkLogins);

    // Still held: the import has not ended (it would have had to commit 60,000 rows meanwhile).
    expect(await f.t.ok('jobs.get', { id: jobId }, f.tokens.manager)).toMatchObject({ status: 'running' });
    await f.t.ok('jobs.cancel', { id: jobId }, f.tokens.manager);
    expect((await f.t.endedJob(jobId, f.tokens.manager)).status).toBe('cancelled');

    // What waited landed once the file was free: the login and the refused sale, in the audit chain.
    expect(auditRows('auth.login', clerkId).slice(clerkLogins)).toEqual([
      { result: 'ok', errorCode: null },
      { result: 'error', errorCode: 'UNAUTHENTICATED' },
    ]);
    expect(f.sql.prepare(`SELECT "failed_login_count" FROM "staff_members" WHERE "id" = ?`).pluck().get(clerkId)).toBe(
      1,
    );
    expect(auditRows('orders.place', clerkId)).toContainEqual({ result: 'error', errorCode: 'SAVING_IN_PROGRESS' });
    expect(await f.t.ok('audit.verify', {}, f.tokens.admin)).toMatchObject({ status: 'intact' });

    const sold = await f.t.call('orders.place', sale, shiftToken);
    expect(sold).toMatchObject({ ok: true });
    expect(f.onHand(productId)).toBe(8);
  }, 120_000);
});
