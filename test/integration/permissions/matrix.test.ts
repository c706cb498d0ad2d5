import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { contract, type ChannelName } from '../../../shared/contract';
import { PERMISSION_MATRIX } from '../../../shared/permissions';
import { ROLES, type Role } from '../../../shared/roles';
import { openTestBackroom, setUpStoreTeam, type TestBackroom } from '../../helpers/backroom';

/** An input no channel accepts: a role that gets past the gate is stopped by validation, never run. */
const BOGUS = { notAField: 1 };

/**
 * Every channel of the contract, called by every role with input no schema accepts: a role below
 * the channel's access is refused FORBIDDEN (audited), no session at all UNAUTHENTICATED, and a
 * role at or above it reaches validation. Nothing else is ever written.
 */
describe('permission matrix', () => {
  let t: TestBackroom;
  const tokens = {} as Record<Role, string>;
  let channels: ChannelName[];

  beforeAll(async () => {
    t = await openTestBackroom();
    const team = await setUpStoreTeam(t, { manager: 'matrix_manager', clerk: 'matrix_clerk' });
    Object.assign(tokens, { admin: team.admin.token, manager: team.manager, clerk: team.clerk });
    channels = Object.keys(contract) as ChannelName[];
  });
  afterAll(async () => {
    await t.dispose();
  });

  /** Row counts of every table but the audit log: a refused call must leave them all as they were. */
  function fingerprint(): Record<string, number> {
    const sql = sqliteOf(t.backroom.dataSource);
    const tables = sql
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log'`,
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [table, sql.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number]),
    );
  }

  it('derives one row per channel with the contract’s access, writes and store scope', () => {
    expect(PERMISSION_MATRIX.map((row) => row.channel)).toEqual([...channels].sort());
    for (const row of PERMISSION_MATRIX) {
      const definition = contract[row.channel];
      expect(row.access).toBe(definition.access);
      expect(row.storeScoped).toBe(definition.storeScoped === true);
      for (const role of ROLES)
        expect(row.allowed[role]).toBe(
          ROLES.indexOf(role) >= ROLES.indexOf(row.access as Role) || row.access === 'public',
        );
    }
    expect(PERMISSION_MATRIX.find((row) => row.channel === 'staff.update')?.allowed).toEqual({
      clerk: false,
      manager: false,
      admin: true,
    });
  });

  it('refuses every role below each channel’s access before validation, audits it, and changes nothing', async () => {
    const before = fingerprint();
    const refusals: string[] = [];
    for (const channel of channels) {
      const { access } = contract[channel];
      if (access === 'public') continue;
      const anonymous = await t.call(channel, BOGUS, null);
      expect(anonymous, `${channel} without a session`).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
      for (const role of ROLES) {
        const envelope = await t.call(channel, BOGUS, tokens[role]);
        const allowed = ROLES.indexOf(role) >= ROLES.indexOf(access);
        const expected = allowed ? 'VALIDATION' : 'FORBIDDEN';
        expect(envelope, `${channel} as ${role}`).toMatchObject({ ok: false, error: { code: expected } });
        if (!allowed) refusals.push(`${channel}:${role}`);
      }
    }
    expect(fingerprint()).toEqual(before);
    const audited = (await t.backroom.dataSource.query(
      `SELECT a.action, s.role FROM audit_log a JOIN staff_members s ON s.id = a.staff_id WHERE a.result = 'forbidden'`,
    )) as { action: string; role: Role }[];
    expect(audited.map((row) => `${row.action}:${row.role}`).sort()).toEqual(refusals.sort());
    // The three roles really differ: something is refused to clerks and managers alike.
    expect(refusals.some((refusal) => refusal.endsWith(':clerk'))).toBe(true);
    expect(refusals.some((refusal) => refusal.endsWith(':manager'))).toBe(true);
  });

  it('answers public channels without a session, still validating their input', async () => {
    for (const channel of channels.filter((name) => contract[name].access === 'public')) {
      expect(await t.call(channel, BOGUS, null), channel).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});
