import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

const CARL = { username: 'carl', password: 'carl password 123' } as const;
const RESET = 'temporary password 1';
const CHOSEN = 'carl chose this one';

describe('a password reset by an admin', () => {
  let t: TestBackroom;
  let admin: string;
  let adminId: number;
  let carlId: number;

  beforeEach(async () => {
    t = await openTestBackroom();
    const session = await setUpStore(t);
    admin = session.token;
    adminId = session.staff.id;
    carlId = (await t.ok('staff.create', { displayName: 'Carl', ...CARL, role: 'clerk' }, admin)).id;
    await t.ok('staff.update', { staffId: carlId, password: RESET }, admin);
  });
  afterEach(async () => {
    await t.dispose();
  });

  const code = async (channel: string, input: unknown, token: string) => {
    const envelope = await t.call(channel, input, token);
    return envelope.ok ? 'ok' : envelope.error.code;
  };

  it('opens a session that answers nothing but a password change, who it is and logout', async () => {
    const session = await t.ok('auth.login', { username: CARL.username, password: RESET });
    expect(session.mustChangePassword).toBe(true);
    expect(session.staff.mustChangePassword).toBe(true);
    expect(await code('orders.list', {}, session.token)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await code('stores.list', {}, session.token)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await code('staff.setPin', { pin: '2580', password: RESET }, session.token)).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    expect(await code('auth.getSession', {}, session.token)).toBe('ok');
    // Still refused before validation: a weaker role is FORBIDDEN whatever the password state.
    expect(await code('staff.list', {}, session.token)).toBe('FORBIDDEN');
  });

  it('is lifted by choosing a new password; the old one, a wrong one or the same one are refused', async () => {
    const session = await t.ok('auth.login', { username: CARL.username, password: RESET });
    const other = await t.ok('auth.login', { username: CARL.username, password: RESET });
    expect(
      await code('auth.changePassword', { currentPassword: 'not my password', newPassword: CHOSEN }, session.token),
    ).toBe('VALIDATION');
    expect(await code('auth.changePassword', { currentPassword: RESET, newPassword: RESET }, session.token)).toBe(
      'VALIDATION',
    );
    expect(await code('auth.changePassword', { currentPassword: RESET, newPassword: 'short' }, session.token)).toBe(
      'VALIDATION',
    );
    const [failures] = await t.backroom.dataSource.query(`SELECT failed_login_count FROM staff_members WHERE id = ?`, [
      carlId,
    ]);
    expect(failures.failed_login_count).toBe(1);

    const profile = await t.ok('auth.changePassword', { currentPassword: RESET, newPassword: CHOSEN }, session.token);
    expect(profile.mustChangePassword).toBe(false);
    expect(await code('orders.list', {}, session.token)).toBe('ok');
    // Whoever else held the old password is signed out.
    expect(await code('auth.getSession', {}, other.token)).toBe('UNAUTHENTICATED');
    expect(await t.call('auth.login', { username: CARL.username, password: RESET })).toMatchObject({ ok: false });
    const next = await t.ok('auth.login', { username: CARL.username, password: CHOSEN });
    expect(next.mustChangePassword).toBe(false);

    const audit = await t.backroom.dataSource.query(
      `SELECT result, error_code, entity_id, details FROM audit_log WHERE action = 'auth.changePassword' ORDER BY id`,
    );
    // One row per attempt: the wrong password, the same one and the change itself (the short one
    // fails the input check, before any write, and is not audited).
    expect(audit.map((row: { result: string; error_code: string | null }) => [row.result, row.error_code])).toEqual([
      ['error', 'VALIDATION'],
      ['error', 'VALIDATION'],
      ['ok', null],
    ]);
    expect(audit.every((row: { entity_id: string }) => row.entity_id === String(carlId))).toBe(true);
    expect(JSON.parse(audit[0].details)).toMatchObject({ credentialsRefused: 'UNAUTHENTICATED' });
    expect(audit[1].details).toBeNull();
  });

  it('and a PIN set with the password leave one audit row per attempt, refused or done', async () => {
    const carl = await t.ok('auth.login', { username: CARL.username, password: RESET });
    await t.ok('auth.changePassword', { currentPassword: RESET, newPassword: CHOSEN }, carl.token);
    expect(await code('staff.setPin', { pin: '2580', password: 'not my password' }, carl.token)).toBe('VALIDATION');
    await t.ok('staff.setPin', { pin: '2580', password: CHOSEN }, carl.token);

    const audit = await t.backroom.dataSource.query(
      `SELECT action, result, error_code FROM audit_log
       WHERE action IN ('auth.changePassword', 'staff.setPin') ORDER BY id`,
    );
    expect(audit).toEqual([
      { action: 'auth.changePassword', result: 'ok', error_code: null },
      { action: 'staff.setPin', result: 'error', error_code: 'VALIDATION' },
      { action: 'staff.setPin', result: 'ok', error_code: null },
    ]);
  });

  it('is not forced on admins who reset their own password', async () => {
    await t.ok('staff.update', { staffId: adminId, password: 'a fresh admin password' }, admin);
    const session = await t.ok('auth.login', { username: ADMIN.username, password: 'a fresh admin password' });
    expect(session.mustChangePassword).toBe(false);
    expect(await code('orders.list', {}, session.token)).toBe('ok');
  });
});
