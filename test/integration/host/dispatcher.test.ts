import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';

const BACKUP_SETTINGS = { folder: '/media/usb/backups', everyHours: 24, keepRecent: 6, onQuit: false };

describe('dispatcher', () => {
  let t: TestBackroom;
  beforeEach(async () => {
    t = await openTestBackroom();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('refuses unknown channels by name', async () => {
    const envelope = await t.call('orders.dropTable', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses calls without a session, and audits refused writes', async () => {
    const envelope = await t.call('staff.create', {
      displayName: 'x',
      username: 'xx',
      password: '0123456789',
      role: 'admin',
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.count('staff_members')).toBe(0);
    const rows = await t.backroom.dataSource.query(`SELECT action, result FROM audit_log`);
    expect(rows).toEqual([{ action: 'staff.create', result: 'unauthenticated' }]);
  });

  it('runs first-run setup once, then refuses it', async () => {
    expect(await t.ok('setup.getStatus', {})).toEqual({ needsSetup: true, storeName: null });
    const session = await setUpStore(t);
    expect(session.staff).toMatchObject({ username: ADMIN.username, role: 'admin', storeName: 'Corner Grocery' });
    expect(await t.ok('setup.getStatus', {})).toEqual({ needsSetup: false, storeName: 'Corner Grocery' });

    const again = await t.call('setup.createStore', {
      storeName: 'Intruder',
      storeCode: 'EVIL',
      adminDisplayName: 'Mallory',
      adminUsername: 'mallory',
      adminPassword: 'mallory password',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.count('staff_members')).toBe(1);
    expect(await t.count('stores')).toBe(1);
  });

  it.each([
    ['wrong types', { displayName: 42, username: 'bob', password: '0123456789', role: 'clerk' }],
    ['missing fields', { displayName: 'Bob' }],
    ['extra fields', { displayName: 'Bob', username: 'bob', password: '0123456789', role: 'clerk', isRoot: true }],
    ['huge strings', { displayName: 'B'.repeat(100_000), username: 'bob', password: '0123456789', role: 'clerk' }],
    ['an unknown role', { displayName: 'Bob', username: 'bob', password: '0123456789', role: 'owner' }],
    [
      'SQL in a username',
      { displayName: 'Bob', username: "bob'; DROP TABLE staff_members;--", password: '0123456789', role: 'clerk' },
    ],
    ['no input at all', null],
    ['an array', [1, 2, 3]],
  ])('refuses %s with VALIDATION and changes nothing', async (_case, input) => {
    const admin = await setUpStore(t);
    const envelope = await t.call('staff.create', input, admin.token);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('VALIDATION');
    expect(envelope.error.message.length).toBeGreaterThan(0);
    expect(await t.count('staff_members')).toBe(1);
  });

  it.each([
    ['a negative limit', { limit: -1 }],
    ['a fractional limit', { limit: 2.5 }],
    ['a limit above the maximum', { limit: 100_000 }],
    ['an unknown sort', { sort: 'password_hash' }],
    ['a malformed cursor', { cursor: 'not-a-cursor' }],
  ])('refuses a product list with %s', async (_case, input) => {
    const admin = await setUpStore(t);
    const envelope = await t.call('products.list', input, admin.token);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('names the rule a refused field broke and its limit, so a screen can word it, never the value', async () => {
    const admin = await setUpStore(t);
    const envelope = await t.call('backups.setSettings', { ...BACKUP_SETTINGS, passphrase: 'secret 5' }, admin.token);
    expect(envelope).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: {
          issues: [{ path: 'passphrase', code: 'too_small', origin: 'string', minimum: 12, inclusive: true }],
        },
      },
    });
    expect(JSON.stringify(envelope)).not.toContain('secret 5');
  });

  it('gives a clerk FORBIDDEN on an admin channel, and audits it', async () => {
    const admin = await setUpStore(t);
    const clerk = await staffSession(t, admin.token, 'clerk', 'carl');
    const envelope = await t.call(
      'staff.create',
      { displayName: 'Eve', username: 'eve', password: 'eve password 1', role: 'admin' },
      clerk,
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.count('staff_members')).toBe(2);
    const [row] = await t.backroom.dataSource.query(
      `SELECT a.result, s.username FROM audit_log a JOIN staff_members s ON s.id = a.staff_id WHERE a.result = 'forbidden'`,
    );
    expect(row).toEqual({ result: 'forbidden', username: 'carl' });
    expect(await t.ok('products.list', {}, clerk)).toEqual({ items: [], nextCursor: null, sort: 'name' });
  });

  it('audits a write with who, what and on which record, in the same transaction', async () => {
    const admin = await setUpStore(t);
    const created = await t.ok(
      'staff.create',
      { displayName: 'Mia', username: 'mia', password: 'mia password 1', role: 'manager' },
      admin.token,
    );
    const [row] = await t.backroom.dataSource.query(
      `SELECT staff_id, entity, entity_id, result, details FROM audit_log WHERE action = 'staff.create'`,
    );
    expect(row).toMatchObject({
      staff_id: admin.staff.id,
      entity: 'staff_members',
      entity_id: String(created.id),
      result: 'ok',
    });
    expect(JSON.parse(row.details)).toEqual({
      username: 'mia',
      displayName: 'Mia',
      role: 'manager',
      storeId: admin.staff.storeId,
    });
  });

  it('rolls a failed write back whole and records the failure', async () => {
    const admin = await setUpStore(t);
    const envelope = await t.call(
      'staff.create',
      { displayName: 'Ada Again', username: 'ADA', password: 'another password', role: 'clerk' },
      admin.token,
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.count('staff_members')).toBe(1);
    const rows = await t.backroom.dataSource.query(
      `SELECT result, error_code FROM audit_log WHERE action = 'staff.create'`,
    );
    expect(rows).toEqual([{ result: 'error', error_code: 'CONFLICT' }]);
  });

  it('ends a session after the idle timeout', async () => {
    const admin = await setUpStore(t);
    t.clock.advanceMinutes(29);
    expect((await t.call('auth.getSession', {}, admin.token)).ok).toBe(true);
    t.clock.advanceMinutes(31);
    expect(await t.call('auth.getSession', {}, admin.token)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('ends a session on logout', async () => {
    const admin = await setUpStore(t);
    await t.ok('auth.logout', {}, admin.token);
    expect(await t.call('auth.getSession', {}, admin.token)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
