import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { ADMIN, openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';

const CARL = { username: 'carl', password: 'carl password 123' } as const;

describe('staff.update', () => {
  let t: TestBackroom;
  let admin: string;
  let adminId: number;
  let carl: string;
  let carlId: number;
  let expired: string[];

  beforeEach(async () => {
    t = await openTestBackroom();
    const session = await setUpStore(t);
    admin = session.token;
    adminId = session.staff.id;
    carl = await staffSession(t, admin, 'clerk', CARL.username);
    carlId = (await t.ok('auth.getSession', {}, carl)).id;
    expired = [];
    t.backroom.events.subscribe((event, audience) => {
      if (event.name === 'session.expired' && audience.sessionToken) expired.push(audience.sessionToken);
    });
  });
  afterEach(async () => {
    await t.dispose();
  });

  const carlCanCall = async (token = carl) => (await t.call('auth.getSession', {}, token)).ok;

  it('ends every session of a member whose role changes, and audits what changed', async () => {
    const second = (await t.ok('auth.login', CARL)).token;
    const profile = await t.ok('staff.update', { staffId: carlId, role: 'manager' }, admin);
    expect(profile).toMatchObject({ id: carlId, role: 'manager' });
    expect(expired.sort()).toEqual([carl, second].sort());
    expect(await carlCanCall()).toBe(false);
    expect(await carlCanCall(second)).toBe(false);
    const promoted = (await t.ok('auth.login', CARL)).token;
    expect(await t.ok('staff.list', {}, promoted)).toHaveLength(2);
    const [row] = await t.backroom.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'staff.update' AND result = 'ok'`,
    );
    expect(JSON.parse(row.details)).toEqual({ changes: { role: { from: 'clerk', to: 'manager' } } });
  });

  it('disables a member: sessions end and their login reads like a wrong password', async () => {
    await t.ok('staff.update', { staffId: carlId, isActive: false }, admin);
    expect(await carlCanCall()).toBe(false);
    const refused = await t.call('auth.login', CARL);
    expect(refused).toEqual(await t.call('auth.login', { username: 'nobody', password: 'whatever it is' }));
  });

  it('resets a password: sessions end, the lockout lifts, only the new password works', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await t.call('auth.login', { ...CARL, password: `guess ${attempt}` });
    await t.ok('staff.update', { staffId: carlId, password: 'a brand new password' }, admin);
    expect(await carlCanCall()).toBe(false);
    expect(await t.call('auth.login', CARL)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.call('auth.login', { ...CARL, password: 'a brand new password' })).toMatchObject({ ok: true });
    const [row] = await t.backroom.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'staff.update' AND result = 'ok'`,
    );
    expect(row.details).not.toContain('brand new');
  });

  it('keeps sessions through a new display name, and the admin’s own session through their own reset', async () => {
    await t.ok('staff.update', { staffId: carlId, displayName: 'Carl C.' }, admin);
    expect(await carlCanCall()).toBe(true);
    const otherAdminTab = (await t.ok('auth.login', ADMIN)).token;
    await t.ok('staff.update', { staffId: adminId, password: 'another admin password' }, admin);
    expect(await carlCanCall(admin)).toBe(true);
    expect(await carlCanCall(otherAdminTab)).toBe(false);
  });

  it('keeps the session an admin changes their own stores from, on the new stores, and ends their others', async () => {
    const storeA = (await t.ok('auth.getSession', {}, admin)).storeId;
    const storeB = Number(
      sqliteOf(t.backroom.dataSource)
        .prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'NORTH', 'North Street')`)
        .run(newUid()).lastInsertRowid,
    );
    const otherAdminTab = (await t.ok('auth.login', ADMIN)).token;
    const saved = await t.ok('staff.update', { staffId: adminId, storeIds: [storeA, storeB] }, admin);
    expect(saved.storeIds).toEqual([storeA, storeB]);
    expect(await t.call('auth.getSession', {}, admin)).toMatchObject({ ok: true, data: { storeIds: saved.storeIds } });
    expect(await carlCanCall(otherAdminTab)).toBe(false);
  });

  it('refuses admins demoting or disabling themselves, weaker roles, unknown members and empty changes', async () => {
    expect(await t.call('staff.update', { staffId: adminId, role: 'clerk' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await t.call('staff.update', { staffId: adminId, isActive: false }, admin)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const manager = await staffSession(t, admin, 'manager', 'mia');
    expect(await t.call('staff.update', { staffId: carlId, role: 'admin' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.call('staff.update', { staffId: 4_242, role: 'admin' }, admin)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await t.call('staff.update', { staffId: carlId, storeId: 4_242 }, admin)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await t.call('staff.update', { staffId: carlId }, admin)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await carlCanCall()).toBe(true);
  });
});
