import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

describe('staff login', () => {
  let t: TestBackroom;
  beforeEach(async () => {
    t = await openTestBackroom();
    await setUpStore(t);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('logs in case-insensitively by username and stores only a scrypt hash', async () => {
    const session = await t.ok('auth.login', { username: 'ADA', password: ADMIN.password });
    expect(session.staff.username).toBe(ADMIN.username);
    expect(session.token).toMatch(/^[\w-]{40,}$/);
    const [row] = await t.backroom.dataSource.query('SELECT password_hash FROM staff_members');
    // The cost is the tests' lower one here (test/unit/auth/password-cost.test.ts checks the real one).
    expect(row.password_hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(row.password_hash).not.toContain(ADMIN.password);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await t.call('auth.login', { username: 'nobody', password: ADMIN.password });
    const wrong = await t.call('auth.login', { username: ADMIN.username, password: 'wrong password' });
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('locks the account after five failures, even for the right password, until the lockout passes', async () => {
    let wrong;
    for (let attempt = 0; attempt < 5; attempt++) {
      wrong = await t.call('auth.login', { username: ADMIN.username, password: `guess ${attempt}` });
    }
    // Locked reads exactly like a wrong password, so a guesser cannot tell they hit the lock.
    const locked = await t.call('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(locked).toEqual(wrong);
    expect(locked).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    t.clock.advanceMinutes(16);
    const session = await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(session.staff.role).toBe('admin');

    const audit = await t.backroom.dataSource.query(
      `SELECT result, error_code FROM audit_log WHERE action = 'auth.login' ORDER BY id`,
    );
    expect(audit.map((row: { error_code: string | null }) => row.error_code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'LOCKED_OUT',
      null,
    ]);
  });

  it('resets the failure count after a successful login', async () => {
    for (let attempt = 0; attempt < 4; attempt++) {
      await t.call('auth.login', { username: ADMIN.username, password: `guess ${attempt}` });
    }
    await t.ok('auth.login', { username: ADMIN.username, password: ADMIN.password });
    await t.call('auth.login', { username: ADMIN.username, password: 'one more guess' });
    expect((await t.call('auth.login', { username: ADMIN.username, password: ADMIN.password })).ok).toBe(true);
  });
});
