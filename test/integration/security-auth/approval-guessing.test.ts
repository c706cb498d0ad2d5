import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUid } from '../../../database/ids';
import { hashPassword } from '../../../electron/services/auth/password';
import { APPROVAL_REFUSED } from '../../../electron/services/orders/approval';
import { FIXTURE_TIMEOUT_MS, MANAGER_LOGIN, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

const OTHER_MANAGER = { username: 'otto', password: 'otto password 123' } as const;

describe('manager approval at the till', () => {
  let f: SalesFixture;
  let ham: number;

  beforeAll(async () => {
    f = await openSalesFixture();
    ham = f.product({ priceCents: 1_000 });
    const otherStore = Number(
      f.sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'OT-02', 'Other Town')`).run(newUid())
        .lastInsertRowid,
    );
    f.sql
      .prepare(
        `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash)
         VALUES (?, ?, ?, 'Otto', 'manager', ?)`,
      )
      .run(newUid(), otherStore, OTHER_MANAGER.username, await hashPassword(OTHER_MANAGER.password));
  }, FIXTURE_TIMEOUT_MS);
  afterAll(() => f.dispose());

  /** A clerk's sale with a 25 % line discount, above the 10 % threshold, from the till named `client`. */
  const placeWith = (approval: { username: string; password: string }, client = 'till-1') =>
    f.t.call(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        lines: [{ productId: ham, quantity: 1, discount: { type: 'percent', value: 2_500 } }],
        expectedTotalCents: 750,
        payments: [{ method: 'card', amountCents: 750 }],
        approval,
      },
      f.tokens.clerk,
      client,
    );

  const approvalAudit = () =>
    f.sql
      .prepare(
        `SELECT staff_id AS staffId, entity_id AS approverId, result, error_code AS errorCode, details
         FROM audit_log WHERE action = 'auth.approve' ORDER BY id`,
      )
      .all() as {
      staffId: number;
      approverId: string | null;
      result: string;
      errorCode: string | null;
      details: string;
    }[];

  const staffRow = (username: string) =>
    f.sql
      .prepare(
        `SELECT id, failed_login_count AS failures, locked_until AS lockedUntil FROM staff_members WHERE username = ?`,
      )
      .get(username) as { id: number; failures: number; lockedUntil: string | null };

  it('answers every refusal with one code and one message, whatever the reason', async () => {
    f.sql.prepare(`UPDATE staff_members SET is_active = 0 WHERE username = ?`).run(OTHER_MANAGER.username);
    const disabled = await placeWith(OTHER_MANAGER, 'till-a');
    f.sql.prepare(`UPDATE staff_members SET is_active = 1 WHERE username = ?`).run(OTHER_MANAGER.username);
    const refusals = [
      await placeWith({ username: MANAGER_LOGIN.username, password: 'not the password' }, 'till-a'),
      await placeWith({ username: 'nobody', password: 'whatever it is' }, 'till-a'),
      await placeWith({ username: 'carl', password: 'carl password 123' }, 'till-a'),
      await placeWith(OTHER_MANAGER, 'till-a'),
      disabled,
    ];
    for (const refusal of refusals) {
      expect(refusal).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: APPROVAL_REFUSED, details: { discountBp: 2_500, thresholdBp: 1_000 } },
      });
    }
    // Refusals of real accounts count against them, the clerk's and the other store's manager's too.
    expect(staffRow('carl').failures).toBe(1);
    expect(staffRow(OTHER_MANAGER.username).failures).toBe(2);
  });

  it('counts refused approvals like failed logins, survives the rollback, and locks the approver out', async () => {
    // An accepted approval starts the count again.
    expect(await placeWith(MANAGER_LOGIN, 'till-b')).toMatchObject({ ok: true });
    expect(staffRow(MANAGER_LOGIN.username).failures).toBe(0);
    const before = f.snapshot();
    for (let attempt = 0; attempt < 4; attempt++) {
      await placeWith({ username: MANAGER_LOGIN.username, password: `guess ${attempt}` }, 'till-b');
    }
    // The refused sales left nothing behind, but their failures were kept.
    expect(f.snapshot()).toEqual(before);
    expect(staffRow(MANAGER_LOGIN.username).failures).toBe(4);

    await placeWith({ username: MANAGER_LOGIN.username, password: 'fifth guess' }, 'till-b');
    expect(staffRow(MANAGER_LOGIN.username).lockedUntil).not.toBeNull();

    // Locked: the right password is refused at the till and at the login screen, both like a wrong one.
    const wrong = await placeWith({ username: MANAGER_LOGIN.username, password: 'sixth guess' }, 'till-c');
    expect(await placeWith(MANAGER_LOGIN, 'till-c')).toEqual(wrong);
    const wrongLogin = await f.t.call('auth.login', { username: 'nobody', password: 'nothing' }, null, 'till-c');
    expect(await f.t.call('auth.login', MANAGER_LOGIN, null, 'till-c')).toEqual(wrongLogin);

    await f.advanceClock(16);
    const receipt = await placeWith(MANAGER_LOGIN, 'till-c');
    expect(receipt).toMatchObject({ ok: true, data: { discountApproval: { approvedBy: { name: 'mia' } } } });
    expect(staffRow(MANAGER_LOGIN.username)).toMatchObject({ failures: 0, lockedUntil: null });
  });

  it('audits every attempt naming the approver, refused ones too, with the clerk as the actor', async () => {
    const clerkId = staffRow('carl').id;
    const miaId = String(staffRow(MANAGER_LOGIN.username).id);
    const rows = approvalAudit();
    expect(rows.every((row) => row.staffId === clerkId)).toBe(true);
    const mia = rows.filter((row) => JSON.parse(row.details).approver === MANAGER_LOGIN.username);
    expect(mia.map((row) => row.errorCode)).toEqual([
      'UNAUTHENTICATED',
      null,
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'LOCKED_OUT',
      'LOCKED_OUT',
      null,
    ]);
    expect(mia.every((row) => row.approverId === miaId)).toBe(true);
    expect(JSON.parse(mia.at(-1)!.details)).toMatchObject({ purpose: 'orders.place', discountBp: 2_500 });
    const unknown = rows.find((row) => JSON.parse(row.details).approver === 'nobody');
    expect(unknown).toMatchObject({ approverId: null, result: 'error', errorCode: 'UNAUTHENTICATED' });
  });
});
