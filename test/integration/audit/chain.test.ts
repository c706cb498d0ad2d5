import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { auditRowHash, type StoredAuditRow } from '../../../database/audit-chain';
import { sqliteOf } from '../../../database/data-source';
import { verifyAuditChain } from '../../../electron/services/audit/verify-chain';
import { ADMIN } from '../../helpers/backroom';
import { backroom } from '../../helpers/cli';
import { expectError, productInput } from '../catalog/catalog-fixture';
import { openAuditWorld, tamperableCopy, type AuditWorld } from './audit-fixture';

/** Job threads load the TypeScript sources on start: seconds on a busy machine. */
const SETUP_TIMEOUT_MS = 120_000;

describe('the audit chain', () => {
  let w: AuditWorld;
  let exportJobId: number;

  beforeAll(async () => {
    w = await openAuditWorld();
    const { t, admin, clerk, productId } = w;
    // Edits, from several people and windows.
    await t.ok('products.update', { id: productId, version: 1, priceCents: 320, name: 'Oat drink' }, admin);
    const customer = await t.ok('customers.create', { firstName: 'Gus', lastName: 'Grey' }, clerk);
    await t.ok('customers.update', { id: customer.id, marketingConsent: true }, clerk);
    await t.ok('stores.setTimeZone', { storeId: 1, timeZone: 'Europe/Paris' }, admin);
    // A failed write (stale version), a refused call, a refused password, a write without a session.
    expectError(await t.call('products.update', { id: productId, version: 1, priceCents: 1 }, admin), 'CONFLICT');
    expectError(await t.call('audit.list', {}, clerk), 'FORBIDDEN');
    expectError(
      await t.call('auth.login', { username: ADMIN.username, password: 'wrong password' }),
      'UNAUTHENTICATED',
    );
    expectError(await t.call('products.create', productInput()), 'UNAUTHENTICATED');
    // The same dispatcher reached from a window and from a browser.
    const dispatcher = t.backroom.dispatcher;
    const fromWindow = await dispatcher.invoke('products.create', productInput({ name: 'From a window' }), {
      sessionToken: admin,
      transport: 'ipc',
      client: 'window:3',
    });
    expect(fromWindow.ok).toBe(true);
    const fromBrowser = await dispatcher.invoke('products.create', productInput({ name: 'From a browser' }), {
      sessionToken: admin,
      transport: 'http',
      client: 'http:127.0.0.1',
    });
    expect(fromBrowser.ok).toBe(true);
    // A job, cancelled: its ending is audited by the job runner.
    exportJobId = (await t.ok('exports.list', { list: 'products', input: {}, format: 'csv' }, admin)).jobId;
    await t.ok('jobs.cancel', { id: exportJobId }, admin);
    await t.backroom.jobs.whenEnded(exportJobId);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => w?.dispose());

  const sql = () => sqliteOf(w.t.backroom.dataSource);
  const rowCount = () => sql().prepare('SELECT COUNT(*) FROM "audit_log"').pluck().get() as number;

  it('stays intact through normal use: edits, failures, refusals, password checks and jobs', async () => {
    const rows = rowCount();
    const actions = sql().prepare('SELECT DISTINCT "action" || \':\' || "result" FROM "audit_log"').pluck().all();
    expect(actions).toEqual(
      expect.arrayContaining([
        'products.update:ok',
        'products.update:error',
        'audit.list:forbidden',
        'auth.login:error',
        'products.create:unauthenticated',
        'jobs.cancel:ok',
      ]),
    );
    expect(await w.t.ok('audit.verify', {}, w.admin)).toEqual({ status: 'intact', rows });
    expect(verifyAuditChain(sql())).toEqual({ status: 'intact', rows });
  });

  it('records where each call came from, and never a session token', () => {
    const origins = sql()
      .prepare(
        'SELECT "action", "origin" FROM "audit_log" WHERE "action" IN (\'products.create\', \'jobs.cancel\') AND "result" = \'ok\' ORDER BY "id"',
      )
      .all();
    expect(origins).toEqual(
      expect.arrayContaining([
        { action: 'products.create', origin: 'test' },
        { action: 'products.create', origin: 'window:3' },
        { action: 'products.create', origin: expect.stringMatching(/^browser:[0-9a-f]{8}$/) },
        { action: 'jobs.cancel', origin: `job:${exportJobId}` },
      ]),
    );
    const everything = JSON.stringify(sql().prepare('SELECT * FROM "audit_log"').all());
    for (const token of [w.admin, w.manager, w.clerk]) expect(everything).not.toContain(token);
  });

  it('is append-only in the database itself', () => {
    expect(() => sql().prepare(`UPDATE "audit_log" SET "details" = NULL WHERE "id" = 1`).run()).toThrow(/append-only/);
    expect(() =>
      sql().prepare(`DELETE FROM "audit_log" WHERE "id" = (SELECT MAX("id") FROM "audit_log")`).run(),
    ).toThrow(/append-only/);
  });

  it('checks out intact from the command line', async () => {
    const { path, sql: copy } = await tamperableCopy(w, 'untouched');
    copy.close();
    const result = await backroom('audit', 'verify', '--db', path);
    expect(result).toMatchObject({ code: 0, out: `audit trail intact: ${rowCount()} rows\n` });
  });

  /** Each way of tampering, on its own copy: the row the check must name, and why. */
  const tamperings: [string, (copy: Database.Database) => void, number, string][] = [
    [
      'an edited detail',
      (copy) => copy.prepare(`UPDATE "audit_log" SET "details" = '{"changes":{}}' WHERE "id" = 5`).run(),
      5,
      'hash',
    ],
    ['a deleted row', (copy) => copy.prepare('DELETE FROM "audit_log" WHERE "id" = 6').run(), 7, 'gap'],
    [
      'two rows swapped',
      (copy) => {
        const rows = copy.prepare('SELECT * FROM "audit_log" WHERE "id" IN (7, 8) ORDER BY "id"').all() as Record<
          string,
          unknown
        >[];
        const move = copy.prepare(
          `UPDATE "audit_log" SET "occurred_at" = @occurred_at, "staff_id" = @staff_id, "action" = @action, "entity" = @entity,
             "entity_id" = @entity_id, "result" = @result, "error_code" = @error_code, "details" = @details,
             "origin" = @origin, "prev_hash" = @prev_hash, "row_hash" = @row_hash WHERE "id" = @target`,
        );
        move.run({ ...rows[1], target: 7 });
        move.run({ ...rows[0], target: 8 });
      },
      7,
      'prev_hash',
    ],
    [
      'an edited row whose own hash was made again',
      (copy) => {
        const row = copy.prepare('SELECT * FROM "audit_log" WHERE "id" = 4').get() as Record<string, unknown> & {
          prev_hash: string;
        };
        const edited = { ...row, details: '{"tampered":true}' } as unknown as StoredAuditRow;
        copy
          .prepare(`UPDATE "audit_log" SET "details" = ?, "row_hash" = ? WHERE "id" = 4`)
          .run(edited.details, auditRowHash(edited, row.prev_hash));
      },
      5,
      'prev_hash',
    ],
    ['the last rows removed', (copy) => copy.prepare('DELETE FROM "audit_log" WHERE "id" > 10').run(), 11, 'gap'],
  ];

  it.each(tamperings)(
    'gives away %s at the right row, in the service and the command line',
    async (name, tamper, id, reason) => {
      const { path, sql: copy } = await tamperableCopy(w, name.replaceAll(' ', '-'));
      tamper(copy);
      expect(verifyAuditChain(copy)).toMatchObject({ status: 'broken', brokenId: id, reason });
      copy.close();
      const result = await backroom('audit', 'verify', '--db', path);
      expect(result.code).toBe(1);
      expect(result.out).toContain(`audit trail broken at row ${id} (${reason})`);
    },
  );

  it('answers audit.verify with the first broken row once the file was changed behind its back', async () => {
    const raw = new Database(w.t.path);
    try {
      raw.exec('DROP TRIGGER "trg_audit_log_no_update"');
      raw.prepare(`UPDATE "audit_log" SET "details" = '{"x":1}' WHERE "id" = 3`).run();
    } finally {
      raw.close();
    }
    expect(await w.t.ok('audit.verify', {}, w.admin)).toMatchObject({ status: 'broken', brokenId: 3, reason: 'hash' });
    expectError(await w.t.call('audit.verify', {}, w.manager), 'FORBIDDEN');
  });
});
