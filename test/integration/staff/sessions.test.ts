import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { applySessionSettings } from '../../../electron/services/auth/session-settings';
import { SessionStore } from '../../../electron/host/sessions';
import { TestClock } from '../../helpers/clock';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

const CARL = { username: 'carl', password: 'carl password 123' } as const;

describe('sessions', () => {
  let t: TestBackroom;
  let admin: string;
  let carlId: number;

  beforeEach(async () => {
    t = await openTestBackroom();
    admin = (await setUpStore(t)).token;
    carlId = (await t.ok('staff.create', { displayName: 'Carl', ...CARL, role: 'clerk' }, admin)).id;
  });
  afterEach(async () => {
    await t.dispose();
  });

  const code = async (channel: string, input: unknown, token: string | null) => {
    const envelope = await t.call(channel, input, token);
    return envelope.ok ? 'ok' : envelope.error.code;
  };
  const login = async () => (await t.ok('auth.login', CARL)).token;

  it('end after the idle minutes an admin sets, which outlast a restart', async () => {
    expect(await t.ok('settings.getSessions', {}, admin)).toEqual({
      idleTimeoutMinutes: 30,
      lifetimeHours: 12,
      lockAfterMinutes: 5,
    });
    const carl = await login();
    const settings = await t.ok('settings.setSessions', { idleTimeoutMinutes: 10, lockAfterMinutes: 3 }, admin);
    expect(settings).toEqual({ idleTimeoutMinutes: 10, lifetimeHours: 12, lockAfterMinutes: 3 });
    t.clock.advanceMinutes(9);
    expect(await code('auth.getSession', {}, carl)).toBe('ok');
    t.clock.advanceMinutes(11);
    expect(await code('auth.getSession', {}, carl)).toBe('UNAUTHENTICATED');
    expect((await t.ok('auth.login', CARL)).lockAfterMinutes).toBe(3);

    const restarted = new SessionStore(new TestClock(), 30);
    applySessionSettings(sqliteOf(t.backroom.dataSource), restarted);
    expect([restarted.idleMinutes, restarted.lifetimeHours, restarted.lockAfterMinutes]).toEqual([10, 12, 3]);
  });

  it('are audited as the limits that changed, old and new, when the screen sends all three', async () => {
    await t.ok('settings.setSessions', { idleTimeoutMinutes: 40, lifetimeHours: 12, lockAfterMinutes: 5 }, admin);
    const [row] = await t.backroom.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'settings.setSessions' AND result = 'ok'`,
    );
    expect(JSON.parse(row.details)).toEqual({ changes: { idleTimeoutMinutes: { from: 30, to: 40 } } });
  });

  it('end after the lifetime an admin sets, however active', async () => {
    await t.ok('settings.setSessions', { lifetimeHours: 2 }, admin);
    const carl = await login();
    for (let minutes = 0; minutes < 115; minutes += 20) {
      t.clock.advanceMinutes(20);
      expect(await code('auth.getSession', {}, carl)).toBe('ok');
    }
    t.clock.advanceMinutes(10);
    expect(await code('auth.getSession', {}, carl)).toBe('UNAUTHENTICATED');
  });

  it('refuse limits out of bounds, a lock no sooner than the idle end, and anyone but an admin', async () => {
    expect(await code('settings.setSessions', { idleTimeoutMinutes: 1 }, admin)).toBe('VALIDATION');
    expect(await code('settings.setSessions', { lifetimeHours: 48 }, admin)).toBe('VALIDATION');
    expect(await code('settings.setSessions', { lockAfterMinutes: 30 }, admin)).toBe('VALIDATION');
    expect(await code('settings.setSessions', { idleTimeoutMinutes: 60 }, await login())).toBe('FORBIDDEN');
    expect(await t.ok('settings.getSessions', {}, admin)).toMatchObject({ idleTimeoutMinutes: 30 });
  });

  it('all end when their holder signs out everywhere, or an admin signs them out', async () => {
    const [first, second] = [await login(), await login()];
    await t.ok('auth.signOutEverywhere', {}, first);
    expect(await code('auth.getSession', {}, first)).toBe('UNAUTHENTICATED');
    expect(await code('auth.getSession', {}, second)).toBe('UNAUTHENTICATED');

    const [third, fourth] = [await login(), await login()];
    await t.ok('staff.signOut', { staffId: carlId }, admin);
    expect(await code('auth.getSession', {}, third)).toBe('UNAUTHENTICATED');
    expect(await code('auth.getSession', {}, fourth)).toBe('UNAUTHENTICATED');
    expect(await code('auth.getSession', {}, admin)).toBe('ok');
    expect(await code('staff.signOut', { staffId: carlId }, await login())).toBe('FORBIDDEN');
    const audit = await t.backroom.dataSource.query(
      `SELECT action, result FROM audit_log WHERE action IN ('auth.signOutEverywhere', 'staff.signOut') ORDER BY id`,
    );
    expect(audit).toEqual([
      { action: 'auth.signOutEverywhere', result: 'ok' },
      { action: 'staff.signOut', result: 'ok' },
      { action: 'staff.signOut', result: 'forbidden' },
    ]);
  });

  it('end when the member’s role changes, and a clerk changing staff is refused and audited', async () => {
    const carl = await login();
    expect(await code('staff.update', { staffId: carlId, role: 'admin' }, carl)).toBe('FORBIDDEN');
    const [refusal] = await t.backroom.dataSource.query(
      `SELECT staff_id, result FROM audit_log WHERE action = 'staff.update'`,
    );
    expect(refusal).toEqual({ staff_id: carlId, result: 'forbidden' });
    const [row] = await t.backroom.dataSource.query(`SELECT role FROM staff_members WHERE id = ?`, [carlId]);
    expect(row.role).toBe('clerk');

    await t.ok('staff.update', { staffId: carlId, role: 'manager' }, admin);
    expect(await code('auth.getSession', {}, carl)).toBe('UNAUTHENTICATED');
  });

  it('lock: only unlocking, who it is and logout are answered until the PIN or password is given', async () => {
    const carl = await login();
    await t.ok('staff.setPin', { pin: '2580', password: CARL.password }, carl);
    await t.ok('auth.lock', {}, carl);
    expect(await code('orders.list', {}, carl)).toBe('SESSION_LOCKED');
    expect(await code('auth.getSession', {}, carl)).toBe('ok');
    expect(await code('auth.unlock', { pin: '1111' }, carl)).toBe('VALIDATION');
    expect(await code('orders.list', {}, carl)).toBe('SESSION_LOCKED');
    await t.ok('auth.unlock', { pin: '2580' }, carl);
    expect(await code('orders.list', {}, carl)).toBe('ok');

    await t.ok('auth.lock', {}, carl);
    expect(await code('auth.unlock', { password: 'not it at all' }, carl)).toBe('VALIDATION');
    await t.ok('auth.unlock', { password: CARL.password }, carl);
    expect(await code('orders.list', {}, carl)).toBe('ok');
    // Each session locks on its own: the admin's other screens are not covered.
    expect(await code('orders.list', {}, admin)).toBe('ok');
    const [failures] = await t.backroom.dataSource.query(
      `SELECT pin_failed_count, failed_login_count FROM staff_members WHERE id = ?`,
      [carlId],
    );
    expect(failures).toEqual({ pin_failed_count: 0, failed_login_count: 0 });
    const audit = await t.backroom.dataSource.query(
      `SELECT error_code FROM audit_log WHERE action = 'auth.unlock' ORDER BY id`,
    );
    expect(audit.map((row: { error_code: string | null }) => row.error_code)).toEqual([
      'UNAUTHENTICATED',
      null,
      'UNAUTHENTICATED',
      null,
    ]);
  });
});
