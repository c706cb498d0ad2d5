import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

describe('refused logins', () => {
  let t: TestBackroom;
  afterEach(async () => {
    await t.dispose();
  });

  it('hold back only their own answer: other callers are served while the failure waits', async () => {
    t = await openTestBackroom({ loginFailureDelayMs: 500 });
    const admin = await setUpStore(t);
    const answered: string[] = [];
    const failing = t
      .call('auth.login', { username: ADMIN.username, password: 'a wrong guess' }, null, 'guesser')
      .then((envelope) => {
        answered.push('refused login');
        return envelope;
      });
    const other = t.call('auth.getSession', {}, admin.token, 'till').then((envelope) => {
      answered.push('other call');
      return envelope;
    });
    const [refused, served] = await Promise.all([failing, other]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(served).toMatchObject({ ok: true, data: { username: ADMIN.username } });
    // The other call queued behind the password check, yet was answered before the refusal.
    expect(answered).toEqual(['other call', 'refused login']);
  });

  it('refuse a client that keeps failing, without checking its passwords, while others log in', async () => {
    t = await openTestBackroom({ clientFailureLimit: 3, clientFailureWindowMinutes: 15 });
    await setUpStore(t);
    for (const guess of ['one', 'two', 'three']) {
      await t.call('auth.login', { username: ADMIN.username, password: `wrong ${guess}` }, null, 'kiosk');
    }
    const blocked = await t.call('auth.login', ADMIN, null, 'kiosk');
    expect(blocked).toMatchObject({ ok: false, error: { code: 'LOCKED_OUT', message: /from this screen/ } });
    expect(await t.call('auth.login', ADMIN, null, 'till')).toMatchObject({ ok: true });

    const audit = await t.backroom.dataSource.query(
      `SELECT error_code AS code, details FROM audit_log WHERE action = 'auth.login' ORDER BY id`,
    );
    expect(audit.map((row: { code: string | null }) => row.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'LOCKED_OUT',
      null,
    ]);
    expect(JSON.parse(audit[3].details)).toEqual({ client: 'kiosk', clientBlocked: true });

    t.clock.advanceMinutes(16);
    expect(await t.call('auth.login', ADMIN, null, 'kiosk')).toMatchObject({ ok: true });
  });
});
