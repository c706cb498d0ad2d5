import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sqliteOf } from '../../../database/data-source';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';
import { backroom } from '../../helpers/cli';
import { beforeMigration } from '../../helpers/migration-step';
import { productInput } from '../catalog/catalog-fixture';

/** `audit verify` only reads: whatever it is given, the file is byte for byte what it was. */
describe('backroom audit verify', () => {
  let t: TestBackroom;

  beforeAll(async () => {
    t = await openTestBackroom();
    const { token } = await setUpStore(t);
    await t.ok('products.create', productInput({ name: 'Rye bread' }), token);
  });
  afterAll(() => t?.dispose());

  it('checks a copy of the file without changing a byte of it', async () => {
    const path = join(t.path, '..', 'backup.sqlite');
    await t.backroom.dataSource.query('VACUUM INTO ?', [path]);
    const before = readFileSync(path);
    const rows = sqliteOf(t.backroom.dataSource).prepare('SELECT COUNT(*) FROM "audit_log"').pluck().get() as number;

    const result = await backroom('audit', 'verify', '--db', path);

    expect(result).toEqual({ code: 0, out: `audit trail intact: ${rows} rows\n`, err: '' });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('checks the file the app has open', async () => {
    expect(await backroom('audit', 'verify', '--db', t.path)).toMatchObject({ code: 0 });
  });

  it('refuses a file from before the audit chain, and leaves it unmigrated', async () => {
    const step = await beforeMigration('AuditChain1765300000000');
    try {
      const path = step.before.options.database as string;
      // A row someone edited before the chain existed: migrating it here would seal the edit in.
      await step.before.query(
        `INSERT INTO "audit_log" ("occurred_at", "staff_id", "action", "result") VALUES ('2026-11-01T08:00:00.000Z', NULL, 'setup.createStore', 'ok')`,
      );
      await step.before.destroy();
      const before = readFileSync(path);

      const result = await backroom('audit', 'verify', '--db', path);

      expect(result).toEqual({
        code: 2,
        out: '',
        err: `backroom audit: ${path}: this file predates the audit chain; open it in Backroom first.\n`,
      });
      expect(readFileSync(path).equals(before)).toBe(true);
    } finally {
      await step.dispose();
    }
  });

  it('refuses a path with no file rather than creating one', async () => {
    const path = join(t.path, '..', 'missing.sqlite');
    expect(await backroom('audit', 'verify', '--db', path)).toEqual({
      code: 2,
      out: '',
      err: `backroom audit: There is no database file at ${path}.\n`,
    });
    expect(existsSync(path)).toBe(false);
  });
});
