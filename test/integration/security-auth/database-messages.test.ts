import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

/** Words of SQLite's own messages that must never reach a screen. */
const LEAKS = /sqlite|constraint|staff_members|display_name|failed_login_count|CHK_|UNIQUE|CHECK|INSERT|UPDATE|SELECT/i;

describe('database refusals reach the client in product words only', () => {
  let t: TestBackroom;
  let adminToken: string;
  beforeEach(async () => {
    t = await openTestBackroom();
    adminToken = (await setUpStore(t)).token;
  });
  afterEach(async () => {
    await t.dispose();
  });

  const createStaff = (displayName: string, username: string) =>
    t.call('staff.create', { displayName, username, password: 'long enough password', role: 'clerk' }, adminToken);

  it('hides a unique index the product does not know by name', async () => {
    sqliteOf(t.backroom.dataSource).exec(`CREATE UNIQUE INDEX "one_display_name" ON "staff_members" ("display_name")`);
    await createStaff('Same Name', 'first');
    const envelope = await createStaff('Same Name', 'second');
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'That value is already in use.' },
    });
    expect(JSON.stringify(envelope)).not.toMatch(LEAKS);
  });

  it('hides a CHECK constraint broken deep inside a write', async () => {
    sqliteOf(t.backroom.dataSource).exec(`CREATE TRIGGER "break_a_check" AFTER INSERT ON "staff_members"
      BEGIN UPDATE "staff_members" SET "failed_login_count" = -1 WHERE "id" = NEW."id"; END`);
    const envelope = await createStaff('Checked', 'checked');
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(envelope)).not.toMatch(LEAKS);
    expect(await t.count('staff_members')).toBe(1);
  });

  it('hides the text of a trigger that raises no product code', async () => {
    sqliteOf(t.backroom.dataSource).exec(`CREATE TRIGGER "raise_raw" BEFORE INSERT ON "staff_members"
      BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: staff_members.role (INSERT INTO staff_members)'); END`);
    const envelope = await createStaff('Raised', 'raised');
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(envelope)).not.toMatch(LEAKS);
  });

  it('hides any other SQLite failure behind INTERNAL', async () => {
    sqliteOf(t.backroom.dataSource).exec(`CREATE TRIGGER "missing_table" BEFORE INSERT ON "staff_members"
      BEGIN INSERT INTO "no_such_table" ("x") VALUES (1); END`);
    const envelope = await createStaff('Broken', 'broken');
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(envelope)).not.toMatch(/sqlite|no_such_table|staff_members|INSERT/i);
  });
});
