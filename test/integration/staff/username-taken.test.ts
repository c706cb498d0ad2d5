import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

const CARL = { displayName: 'Carl Clerk', username: 'carl', password: 'carl password 123', role: 'clerk' } as const;

describe('a staff member added with a username already taken', () => {
  let t: TestBackroom;
  let admin: string;

  beforeEach(async () => {
    t = await openTestBackroom();
    admin = (await setUpStore(t)).token;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('is refused in any case, naming the username field so the form shows it there', async () => {
    await t.ok('staff.create', CARL, admin);
    const refused = await t.call('staff.create', { ...CARL, displayName: 'Another Carl', username: 'CARL' }, admin);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'That username is already in use.', details: { field: 'username' } },
    });
    expect(await t.count('staff_members')).toBe(2);
  });
});
