import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvent } from '../../../shared/events';
import type { Audience } from '../../../electron/host/events';
import { newUid } from '../../../database/ids';
import { openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';

describe('sessions follow the staff row', () => {
  let t: TestBackroom;
  let adminToken: string;
  let clerkToken: string;
  let ended: { event: PushEvent; audience: Audience }[];

  beforeEach(async () => {
    t = await openTestBackroom({ sessionLifetimeHours: 2 });
    adminToken = (await setUpStore(t)).token;
    clerkToken = await staffSession(t, adminToken, 'clerk', 'carl');
    ended = [];
    t.backroom.events.subscribe((event, audience) => {
      if (event.name === 'session.expired') ended.push({ event, audience });
    });
  });
  afterEach(async () => {
    await t.dispose();
  });

  const setStaff = (column: 'is_active' | 'role' | 'store_id', value: unknown) =>
    t.backroom.dataSource.query(`UPDATE staff_members SET "${column}" = ? WHERE username = 'carl'`, [value]);

  const getSession = (token: string) => t.call('auth.getSession', {}, token);

  it('ends the session of a staff member who is disabled, for good', async () => {
    expect(await getSession(clerkToken)).toMatchObject({ ok: true });
    await setStaff('is_active', 0);
    expect(await getSession(clerkToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await setStaff('is_active', 1);
    expect(await getSession(clerkToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(ended).toEqual([
      { event: { name: 'session.expired', payload: {} }, audience: { sessionToken: clerkToken } },
    ]);
  });

  it('ends sessions opened for another role, and keeps the one opened since', async () => {
    const second = (await t.ok('auth.login', { username: 'carl', password: 'carl password 123' })).token;
    await setStaff('role', 'manager');
    const promoted = (await t.ok('auth.login', { username: 'carl', password: 'carl password 123' })).token;
    // The old sessions would still act as a clerk; the new one is a manager's.
    expect(await getSession(clerkToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await getSession(second)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.ok('staff.list', {}, promoted)).toHaveLength(2);
    expect(ended.map((end) => end.audience.sessionToken).sort()).toEqual([clerkToken, second].sort());
  });

  it('ends the session of a staff member moved to another store', async () => {
    const [{ id: otherStore }] = await t.backroom.dataSource.query(
      `INSERT INTO stores (uid, code, name) VALUES (?, 'OT-02', 'Other Town') RETURNING id`,
      [newUid()],
    );
    await setStaff('store_id', otherStore);
    expect(await getSession(clerkToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await getSession(adminToken)).toMatchObject({ ok: true });
  });

  it('ends every session after its lifetime, however active', async () => {
    for (let minutes = 20; minutes <= 120; minutes += 20) {
      t.clock.advanceMinutes(20);
      expect(await getSession(clerkToken)).toMatchObject({ ok: true });
    }
    t.clock.advanceMinutes(1);
    expect(await getSession(clerkToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(ended.map((end) => end.audience.sessionToken)).toContain(clerkToken);
  });
});
