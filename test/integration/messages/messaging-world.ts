import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import type { ConversationKind } from '../../../shared/contract/messages';
import type { ErrorCode } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { newUid } from '../../../database/ids';
import { ADMIN, type TestBackroom } from '../../helpers/backroom';
import { openTwoStores, type StaffMember } from '../../helpers/two-stores';

/** A logged-in member of staff. */
export type Person = StaffMember;

/**
 * A two-store chain for messaging: the first-run admin of store A, a manager and two clerks of
 * store A, and a clerk of store B. Staff rows go in as SQL with the admin's password hash, so only
 * each login pays for the password check.
 */
export interface MessagingWorld {
  t: TestBackroom;
  sql: Database.Database;
  storeA: number;
  storeB: number;
  admin: Person;
  manager: Person;
  clerk: Person;
  otherClerk: Person;
  storeBClerk: Person;
  /** The id of a room Backroom made (the store's room when a store is given). */
  room(kind: Extract<ConversationKind, 'everyone' | 'managers' | 'store'>, storeId?: number): number;
  ok<N extends ChannelName>(channel: N, input: ChannelInput<N>, who: Person): Promise<ChannelOutput<N>>;
  /** Calls a channel expecting it to fail with `code`; returns the error's message and details. */
  refused(
    channel: ChannelName,
    input: unknown,
    who: Person,
    code: ErrorCode,
  ): Promise<{ message: string; details?: unknown }>;
  /** Moves the clock on (less than the idle timeout) and keeps everyone's session alive. */
  pass(minutes: number): Promise<void>;
  /** A product row, to attach messages to. */
  product(name: string): number;
  dispose(): Promise<void>;
}

export async function openMessagingWorld(): Promise<MessagingWorld> {
  const { t, sql, admin: session, storeA, storeB, addStaff } = await openTwoStores();
  const person = (username: string, role: Role, storeId: number): Promise<Person> =>
    addStaff(username, username[0]!.toUpperCase() + username.slice(1), role, storeId);
  let serial = 0;
  const world: MessagingWorld = {
    t,
    sql,
    storeA,
    storeB,
    admin: { id: session.staff.id, username: ADMIN.username, token: session.token },
    manager: await person('mia', 'manager', storeA),
    clerk: await person('carl', 'clerk', storeA),
    otherClerk: await person('cora', 'clerk', storeA),
    storeBClerk: await person('bea', 'clerk', storeB),
    room(kind, storeId) {
      return sql
        .prepare(`SELECT id FROM conversations WHERE kind = ? AND IFNULL(store_id, 0) = ?`)
        .pluck()
        .get(kind, storeId ?? 0) as number;
    },
    ok(channel, input, who) {
      return t.ok(channel, input, who.token);
    },
    async refused(channel, input, who, code) {
      const envelope = await t.call(channel, input, who.token);
      expect(envelope).toMatchObject({ ok: false, error: { code } });
      if (envelope.ok) throw new Error('unreachable');
      return envelope.error;
    },
    async pass(minutes) {
      t.clock.advanceMinutes(minutes);
      for (const who of [world.admin, world.manager, world.clerk, world.otherClerk, world.storeBClerk]) {
        await t.ok('auth.getSession', {}, who.token);
      }
    },
    product(name) {
      return Number(
        sql
          .prepare(`INSERT INTO products (uid, sku, name, price_cents, cost_cents) VALUES (?, ?, ?, 250, 100)`)
          .run(newUid(), `MSG-${++serial}`, name).lastInsertRowid,
      );
    },
    dispose: () => t.dispose(),
  };
  return world;
}
