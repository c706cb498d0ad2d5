import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayload, PushEvent } from '../../../shared/events';
import { sqliteOf } from '../../../database/data-source';
import { DEMO_PASSWORD } from '../../../database/seed';
import { openBackroom } from '../../../electron/host/app';
import type { Audience } from '../../../electron/host/events';
import { openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';

/** A demo load takes seconds, more on a busy machine. */
const DEMO_TIMEOUT_MS = 180_000;
const DEMO_TABLES = ['products', 'customers', 'orders', 'order_lines', 'stock_movements', 'brands', 'suppliers'];

describe('jobs: the demo data load', () => {
  let t: TestBackroom;
  let admin: { token: string; staffId: number };
  let manager: string;
  const heard: { event: PushEvent; audience: Audience }[] = [];

  beforeAll(async () => {
    t = await openTestBackroom();
    const session = await setUpStore(t);
    admin = { token: session.token, staffId: session.staff.id };
    manager = await staffSession(t, admin.token, 'manager', 'mia');
    t.backroom.events.subscribe((event, audience) => heard.push({ event, audience }));
  }, 60_000);
  afterAll(() => t?.dispose());

  const counts = async () =>
    Object.fromEntries(await Promise.all(DEMO_TABLES.map(async (table) => [table, await t.count(table)])));
  const firstProgress = (jobId: number, phase: string) =>
    new Promise<void>((resolve) => {
      const stop = t.backroom.events.subscribe((event) => {
        const payload = event.payload as EventPayload<'job.progress'>;
        if (event.name === 'job.progress' && payload.jobId === jobId && payload.phase === phase) {
          stop();
          resolve();
        }
      });
    });

  it(
    'cancelled half-way, leaves the store as it was; started again, loads everything',
    async () => {
      const empty = await counts();
      const stores = await t.count('stores');

      const { jobId } = await t.ok('demo.loadData', {}, admin.token);
      expect(await t.ok('jobs.get', { id: jobId }, manager)).toMatchObject({ status: 'running', kind: 'demo.load' });
      // The running load holds the file from its start: a second one is refused as any write is.
      expect(await t.call('demo.loadData', {}, admin.token)).toMatchObject({
        ok: false,
        error: { code: 'SAVING_IN_PROGRESS' },
      });

      await firstProgress(jobId, 'orders');
      // Someone else's job: a manager who did not start it may not stop it.
      expect(await t.call('jobs.cancel', { id: jobId }, manager)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      await t.ok('jobs.cancel', { id: jobId }, admin.token);
      await t.backroom.jobs.whenEnded(jobId);

      const cancelled = await t.ok('jobs.get', { id: jobId }, manager);
      expect(cancelled).toMatchObject({ status: 'cancelled', result: null, startedBy: admin.staffId });
      expect(cancelled.finishedAt).not.toBeNull();
      expect(cancelled.progress?.phase).toBe('orders');
      expect(await counts()).toEqual(empty);
      expect(await t.count('stores')).toBe(stores);
      expect(await t.call('jobs.cancel', { id: jobId }, admin.token)).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
      expect(sqliteOf(t.backroom.dataSource).pragma('integrity_check', { simple: true })).toBe('ok');

      const again = await t.ok('demo.loadData', {}, admin.token);
      await t.backroom.jobs.whenEnded(again.jobId);
      const loaded = await t.ok('jobs.get', { id: again.jobId }, manager);
      expect(loaded.status).toBe('succeeded');
      expect(loaded.result).toMatchObject({ products: await t.count('products'), orders: await t.count('orders') });
      expect(await t.count('orders')).toBeGreaterThan(0);
      // The history ends on the app's today (the test clock's, not the machine's): the last sales
      // are hours old, so low stock and lapsed lists look alive on any date.
      const now = t.clock.now().getTime();
      const lastSale = sqliteOf(t.backroom.dataSource)
        .prepare('SELECT MAX("placed_at") FROM "orders"')
        .pluck()
        .get() as string;
      expect(Date.parse(lastSale)).toBeLessThan(now);
      expect(now - Date.parse(lastSale)).toBeLessThan(2 * 86_400_000);
      // Its sales are counted into the recommendation tables with it: the till suggests at once.
      expect(await t.count('recommendation_products')).toBeGreaterThan(0);
      expect(await t.count('recommendation_pairs')).toBeGreaterThan(0);

      const finished = heard.filter((h) => h.event.name === 'job.finished').map((h) => h.event.payload);
      expect(finished).toEqual([
        expect.objectContaining({ jobId, status: 'cancelled' }),
        expect.objectContaining({ jobId: again.jobId, status: 'succeeded' }),
      ]);
      const progress = heard.filter((h) => h.event.name === 'job.progress');
      expect(progress.length).toBeGreaterThan(3);
      // Progress goes to admins, who may see every job (the admin who started it among them, once), nobody else.
      expect(progress.map((h) => h.audience)).toEqual(progress.map(() => ({ minRole: 'admin' })));

      const list = await t.ok('jobs.list', {}, manager);
      expect(list.items.map((job) => [job.id, job.status])).toEqual([
        [again.jobId, 'succeeded'],
        [jobId, 'cancelled'],
      ]);
    },
    DEMO_TIMEOUT_MS,
  );

  it('shows a manager of another store none of these jobs, and audits the cancel', async () => {
    const sql = sqliteOf(t.backroom.dataSource);
    const elsewhere = sql
      .prepare(
        `SELECT s."username" FROM "staff_members" s JOIN "staff_members" a ON a."id" = ?
         WHERE s."role" = 'manager' AND s."store_id" <> a."store_id" LIMIT 1`,
      )
      .pluck()
      .get(admin.staffId) as string;
    const { token } = await t.ok('auth.login', { username: elsewhere, password: DEMO_PASSWORD });
    expect((await t.ok('jobs.list', {}, token)).items).toEqual([]);
    const [latest, cancelled] = (await t.ok('jobs.list', {}, admin.token)).items;
    for (const job of [latest!, cancelled!]) {
      for (const channel of ['jobs.get', 'jobs.cancel'] as const) {
        expect(await t.call(channel, { id: job.id }, token)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      }
    }
    const cancels = sql
      .prepare(
        `SELECT "entity", "entity_id" AS "entityId" FROM "audit_log" WHERE "action" = 'jobs.cancel' AND "result" = 'ok'`,
      )
      .all();
    expect(cancels).toEqual([{ entity: 'job', entityId: String(cancelled!.id) }]);
  });

  it('lets managers and admins see jobs, and refuses unknown ones', async () => {
    const clerk = await staffSession(t, admin.token, 'clerk', 'carl');
    expect(await t.call('jobs.list', {}, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.call('jobs.get', { id: 999 }, manager)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('jobs.list', { limit: 0 }, manager)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('jobs: after a crash', () => {
  it('marks jobs a crash left running as failed when Backroom starts again', async () => {
    const t = await openTestBackroom();
    const session = await setUpStore(t);
    sqliteOf(t.backroom.dataSource)
      .prepare(
        `INSERT INTO "jobs" ("kind", "status", "started_by", "started_at") VALUES ('demo.load', 'running', ?, ?)`,
      )
      .run(session.staff.id, '2026-11-25T08:00:00.000Z');
    await t.backroom.close();

    const reopened = await openBackroom({ databasePath: t.path, settings: { loginFailureDelayMs: 0 } });
    try {
      const row = sqliteOf(reopened.dataSource)
        .prepare(`SELECT "status", "finished_at", "error" FROM "jobs"`)
        .get() as {
        status: string;
        finished_at: string | null;
        error: string | null;
      };
      expect(row.status).toBe('failed');
      expect(row.finished_at).not.toBeNull();
      expect(row.error).toMatch(/stopped/);
    } finally {
      await reopened.close();
      rmSync(dirname(t.path), { recursive: true, force: true });
    }
  });
});

describe('jobs: saved by an earlier version', () => {
  it('reads back a finished job whose progress does not name its rate unit, rated in rows', async () => {
    const t = await openTestBackroom();
    try {
      const session = await setUpStore(t);
      const earlier = { phase: 'orders', done: 40, total: 40, unit: 'rows', ratePerSecond: 20, etaSeconds: 0 };
      const { lastInsertRowid } = sqliteOf(t.backroom.dataSource)
        .prepare(
          `INSERT INTO "jobs" ("kind", "status", "started_by", "started_at", "finished_at", "progress")
           VALUES ('demo.load', 'succeeded', ?, ?, ?, ?)`,
        )
        .run(session.staff.id, '2026-11-25T08:00:00.000Z', '2026-11-25T08:00:02.000Z', JSON.stringify(earlier));
      const id = Number(lastInsertRowid);

      const fetched = await t.ok('jobs.get', { id }, session.token);
      expect(fetched.progress).toEqual({ ...earlier, rateUnit: 'rows' });
      const listed = await t.ok('jobs.list', { limit: 50 }, session.token);
      expect(listed.items.find((job) => job.id === id)?.progress).toEqual({ ...earlier, rateUnit: 'rows' });
    } finally {
      await t.dispose();
    }
  });
});
