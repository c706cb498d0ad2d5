import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWeakPin } from '../../../shared/contract';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

const CARL = { username: 'carl', password: 'carl password 123' } as const;
const PIN = '2580';

describe('PINs', () => {
  let t: TestBackroom;
  let admin: string;
  let carlId: number;
  let carl: string;

  beforeEach(async () => {
    t = await openTestBackroom({ maxFailedLogins: 5, lockoutMinutes: 15 });
    admin = (await setUpStore(t)).token;
    carlId = (await t.ok('staff.create', { displayName: 'Carl', ...CARL, role: 'clerk' }, admin)).id;
    carl = (await t.ok('auth.login', CARL)).token;
  });
  afterEach(async () => {
    await t.dispose();
  });

  const errorCode = async (channel: string, input: unknown, token: string | null = null) => {
    const envelope = await t.call(channel, input, token);
    return envelope.ok ? 'ok' : envelope.error.code;
  };
  const pinState = async () =>
    (
      await t.backroom.dataSource.query(
        `SELECT pin_hash IS NOT NULL AS has_pin, pin_failed_count, pin_locked_until, failed_login_count
         FROM staff_members WHERE id = ?`,
        [carlId],
      )
    )[0];

  it('are set by their owner after giving the password, and refused when easy to guess', async () => {
    expect(await errorCode('staff.setPin', { pin: PIN }, carl)).toBe('VALIDATION');
    expect(await errorCode('staff.setPin', { pin: PIN, password: 'wrong password' }, carl)).toBe('VALIDATION');
    expect((await pinState()).failed_login_count).toBe(1);
    for (const weak of ['1111', '1234', '98765', '000000', '7890', '2109', '123', '1234567', '12a4']) {
      expect(await errorCode('staff.setPin', { pin: weak, password: CARL.password }, carl), weak).toBe('VALIDATION');
    }
    expect([isWeakPin('1357'), isWeakPin('2580'), isWeakPin('1235')]).toEqual([false, false, false]);
    const profile = await t.ok('staff.setPin', { pin: PIN, password: CARL.password }, carl);
    expect(profile.hasPin).toBe(true);
    const [row] = await t.backroom.dataSource.query(`SELECT pin_hash FROM staff_members WHERE id = ?`, [carlId]);
    expect(row.pin_hash).toMatch(/^scrypt\$/);
    expect(row.pin_hash).not.toContain(PIN);
  });

  it('log in by username and PIN, with a session like a password login', async () => {
    expect(await errorCode('auth.pinLogin', { username: CARL.username, pin: PIN })).toBe('UNAUTHENTICATED');
    await t.ok('staff.setPin', { pin: PIN, password: CARL.password }, carl);
    const session = await t.ok('auth.pinLogin', { username: 'CARL', pin: PIN });
    expect(session.staff.id).toBe(carlId);
    expect(await errorCode('orders.list', {}, session.token)).toBe('ok');
  });

  it('lock after five wrong PINs for fifteen minutes, apart from the password, audited each time', async () => {
    await t.ok('staff.setPin', { pin: PIN, password: CARL.password }, carl);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await errorCode('auth.pinLogin', { username: CARL.username, pin: `97${attempt}3` })).toBe(
        'UNAUTHENTICATED',
      );
    }
    const locked = await pinState();
    expect(locked.pin_locked_until).toBe(new Date(t.clock.now().getTime() + 15 * 60_000).toISOString());
    expect(locked.failed_login_count).toBe(0);
    // Even the right PIN is refused while locked, and reads like any refusal; the password still works.
    const refused = await t.call('auth.pinLogin', { username: CARL.username, pin: PIN });
    expect(refused).toEqual(await t.call('auth.pinLogin', { username: 'nobody', pin: PIN }));
    expect((await t.call('auth.login', CARL)).ok).toBe(true);
    t.clock.advanceMinutes(16);
    expect((await t.call('auth.pinLogin', { username: CARL.username, pin: PIN })).ok).toBe(true);
    expect((await pinState()).pin_failed_count).toBe(0);

    const audit = await t.backroom.dataSource.query(
      `SELECT result, error_code, details FROM audit_log WHERE action = 'auth.pinLogin' AND entity_id = ? ORDER BY id`,
      [String(carlId)],
    );
    expect(audit.map((row: { error_code: string | null }) => row.error_code)).toEqual([
      ...Array(5).fill('UNAUTHENTICATED'),
      'LOCKED_OUT',
      null,
    ]);
    expect(JSON.parse(audit[4].details)).toMatchObject({ with: 'pin', locked: true });
  });

  it('delay a refused PIN like a refused password, outside the queue', async () => {
    const slow = await openTestBackroom({ loginFailureDelayMs: 500 });
    try {
      const token = (await setUpStore(slow)).token;
      const answered: string[] = [];
      const failing = slow.call('auth.pinLogin', { username: 'ada', pin: '9731' }, null, 'guesser').then((envelope) => {
        answered.push('refused PIN');
        return envelope;
      });
      const other = slow.call('auth.getSession', {}, token, 'till').then((envelope) => {
        answered.push('other call');
        return envelope;
      });
      const [refused, served] = await Promise.all([failing, other]);
      expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(served.ok).toBe(true);
      // The other call queued behind the PIN check, yet was answered before the refusal.
      expect(answered).toEqual(['other call', 'refused PIN']);
    } finally {
      await slow.dispose();
    }
  });

  it('are cleared by an admin, never set for someone else, and never touched by another clerk', async () => {
    await t.ok('staff.setPin', { pin: PIN, password: CARL.password }, carl);
    const other = await t.ok(
      'staff.create',
      { displayName: 'Olga', username: 'olga', password: 'olga password 123', role: 'clerk' },
      admin,
    );
    const olga = (await t.ok('auth.login', { username: 'olga', password: 'olga password 123' })).token;
    expect(await errorCode('staff.setPin', { staffId: carlId, pin: null }, olga)).toBe('FORBIDDEN');
    expect(await errorCode('staff.setPin', { staffId: carlId, pin: '3691' }, admin)).toBe('FORBIDDEN');
    expect((await pinState()).has_pin).toBe(1);
    const cleared = await t.ok('staff.setPin', { staffId: carlId, pin: null }, admin);
    expect(cleared.hasPin).toBe(false);
    expect(await errorCode('auth.pinLogin', { username: CARL.username, pin: PIN })).toBe('UNAUTHENTICATED');
    const refusals = await t.backroom.dataSource.query(
      `SELECT staff_id FROM audit_log WHERE action = 'staff.setPin' AND error_code = 'FORBIDDEN'`,
    );
    expect(refusals).toHaveLength(2);
    expect(other.hasPin).toBe(false);
  });
});
