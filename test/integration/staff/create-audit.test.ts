import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

const CARL = { displayName: 'Carl Clerk', username: 'carl', password: 'carl password 123', role: 'clerk' } as const;

describe('adding a staff member, on the audit trail', () => {
  let t: TestBackroom;
  let admin: string;
  let homeStoreId: number;

  beforeEach(async () => {
    t = await openTestBackroom();
    const session = await setUpStore(t);
    admin = session.token;
    homeStoreId = session.staff.storeId;
  });
  afterEach(async () => {
    await t.dispose();
  });

  const createRows = async () =>
    (
      await t.backroom.dataSource.query(
        `SELECT result, error_code, entity_id, details FROM audit_log WHERE action = 'staff.create' ORDER BY id`,
      )
    ).map((row: { details: string | null }) => ({ ...row, details: row.details && JSON.parse(row.details) }));

  it('records the name, username, role and home store of whoever was added', async () => {
    const carl = await t.ok('staff.create', CARL, admin);
    expect(await createRows()).toEqual([
      {
        result: 'ok',
        error_code: null,
        entity_id: String(carl.id),
        details: { username: 'carl', displayName: 'Carl Clerk', role: 'clerk', storeId: homeStoreId },
      },
    ]);
  });

  it('records which username was tried when it is taken', async () => {
    await t.ok('staff.create', CARL, admin);
    const refused = await t.call('staff.create', { ...CARL, displayName: 'Another Carl', username: 'CARL' }, admin);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const [, refusedRow] = await createRows();
    expect(refusedRow).toEqual({
      result: 'error',
      error_code: 'CONFLICT',
      entity_id: null,
      details: { username: 'CARL', displayName: 'Another Carl', role: 'clerk', storeId: homeStoreId },
    });
  });
});
