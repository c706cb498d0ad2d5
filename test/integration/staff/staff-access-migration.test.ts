import { afterEach, describe, expect, it } from 'vitest';
import { newUid } from '../../../database/ids';
import { beforeMigration, type MigrationStep } from '../../helpers/migration-step';

describe('migration 0016: staff store access', () => {
  let step: MigrationStep;
  afterEach(async () => {
    await step.dispose();
  });

  it('gives every existing member their home store, and starts them with no PIN and no forced change', async () => {
    step = await beforeMigration('StaffAccess1765400000000');
    const insertStore = `INSERT INTO stores (uid, code, name) VALUES (?, ?, ?)`;
    await step.before.query(insertStore, [newUid(), 'ONE', 'Store One']);
    await step.before.query(insertStore, [newUid(), 'TWO', 'Store Two']);
    const insertStaff = `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash, failed_login_count)
      VALUES (?, ?, ?, ?, ?, 'scrypt$x', ?)`;
    await step.before.query(insertStaff, [newUid(), 1, 'ann', 'Ann', 'admin', 0]);
    await step.before.query(insertStaff, [newUid(), 2, 'bob', 'Bob', 'clerk', 3]);

    const after = await step.migrate();
    expect(await after.query(`SELECT staff_id, store_id FROM staff_store_access ORDER BY staff_id`)).toEqual([
      { staff_id: 1, store_id: 1 },
      { staff_id: 2, store_id: 2 },
    ]);
    expect(
      await after.query(
        `SELECT username, failed_login_count, must_change_password, pin_hash, pin_failed_count, pin_locked_until
         FROM staff_members ORDER BY id`,
      ),
    ).toEqual([
      {
        username: 'ann',
        failed_login_count: 0,
        must_change_password: 0,
        pin_hash: null,
        pin_failed_count: 0,
        pin_locked_until: null,
      },
      {
        username: 'bob',
        failed_login_count: 3,
        must_change_password: 0,
        pin_hash: null,
        pin_failed_count: 0,
        pin_locked_until: null,
      },
    ]);
    await expect(after.query(`UPDATE staff_members SET must_change_password = 2 WHERE id = 1`)).rejects.toThrow(
      /CHECK/,
    );
    await expect(after.query(`INSERT INTO staff_store_access (staff_id, store_id) VALUES (1, 99)`)).rejects.toThrow(
      /FOREIGN KEY/,
    );
  });
});
