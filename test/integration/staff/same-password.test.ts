import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

const CARL = { username: 'carl', password: 'carl password 123' } as const;

/** The refusal every path that sets people's own password gives when the new one is the one in use. */
const sameRefusal = (field: string) => ({
  ok: false,
  error: {
    code: 'VALIDATION',
    message: 'Choose a password different from the current one.',
    details: { issues: [{ path: field, message: 'Must differ from the current password' }] },
  },
});

describe('a new password the same as the one in use', () => {
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
  });
  afterEach(async () => {
    await t.dispose();
  });

  const passwordHash = async (staffId: number): Promise<string> =>
    (await t.backroom.dataSource.query(`SELECT password_hash FROM staff_members WHERE id = ?`, [staffId]))[0]
      .password_hash;

  it('is refused at the password box when admins reset their own in the staff editor, leaving it as it was', async () => {
    const before = await passwordHash(adminId);
    expect(await t.call('staff.update', { staffId: adminId, password: ADMIN.password }, admin)).toEqual(
      sameRefusal('password'),
    );
    expect(await passwordHash(adminId)).toBe(before);
    expect(await t.call('auth.getSession', {}, admin)).toMatchObject({ ok: true });
    // A new one is taken on the same path.
    await t.ok('staff.update', { staffId: adminId, password: 'a fresh admin password' }, admin);
    await t.ok('auth.login', { username: ADMIN.username, password: 'a fresh admin password' });
  });

  it('is refused at the new password box on My account, by the same rule', async () => {
    const carl = await t.ok('auth.login', CARL);
    expect(
      await t.call('auth.changePassword', { currentPassword: CARL.password, newPassword: CARL.password }, carl.token),
    ).toEqual(sameRefusal('newPassword'));
  });

  it('is taken when an admin resets another member to it, who must then choose a different one', async () => {
    await t.ok('staff.update', { staffId: carlId, password: CARL.password }, admin);
    const carl = await t.ok('auth.login', CARL);
    expect(carl.mustChangePassword).toBe(true);
    expect(
      await t.call('auth.changePassword', { currentPassword: CARL.password, newPassword: CARL.password }, carl.token),
    ).toEqual(sameRefusal('newPassword'));
    await t.ok(
      'auth.changePassword',
      { currentPassword: CARL.password, newPassword: 'carl chose this one' },
      carl.token,
    );
  });
});
