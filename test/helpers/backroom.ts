import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelName, ChannelOutput, ChannelInput, JobSummary, Session } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import { openBackroom, type Backroom, type BackroomOptions } from '../../electron/host/app';
import type { HostSettings } from '../../electron/host/context';
import { TestClock } from './clock';
import { freshDatabaseAt } from './database';

export const ADMIN = { username: 'ada', password: 'correct horse battery' } as const;

export interface TestBackroom {
  backroom: Backroom;
  clock: TestClock;
  path: string;
  /** Calls a channel through the dispatcher, exactly as a transport would (from client 'test' unless named). */
  call(channel: string, input: unknown, sessionToken?: string | null, client?: string): Promise<Envelope<unknown>>;
  /** Calls a channel and returns its data, failing the test on an error envelope. */
  ok<N extends ChannelName>(
    channel: N,
    input: ChannelInput<N>,
    sessionToken?: string | null,
  ): Promise<ChannelOutput<N>>;
  /** Waits until a job has ended and its record is written, then reads it through `jobs.get` as `token`. */
  endedJob(jobId: number, token: string): Promise<JobSummary>;
  count(table: string): Promise<number>;
  dispose(): Promise<void>;
}

/**
 * A Backroom on a fresh temporary file, with a frozen clock and no login delay (unless `settings`
 * say otherwise); `secretBox` stands in for the desktop app's safeStorage (none: browser mode).
 */
export async function openTestBackroom(
  settings: Partial<HostSettings> = {},
  options: Pick<BackroomOptions, 'secretBox'> = {},
): Promise<TestBackroom> {
  const folder = mkdtempSync(join(tmpdir(), 'backroom-test-'));
  const path = join(folder, 'backroom.sqlite');
  freshDatabaseAt(path);
  const clock = new TestClock();
  const backroom = await openBackroom({
    databasePath: path,
    clock,
    settings: { loginFailureDelayMs: 0, ...settings },
    ...options,
  });
  const call: TestBackroom['call'] = (channel, input, sessionToken = null, client = 'test') =>
    backroom.dispatcher.invoke(channel, input, { sessionToken, transport: 'test', client });
  const ok: TestBackroom['ok'] = async (channel, input, sessionToken = null) => {
    const envelope = await call(channel, input, sessionToken);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.data as never;
  };
  return {
    backroom,
    clock,
    path,
    call,
    ok,
    async endedJob(jobId, token) {
      await backroom.jobs.whenEnded(jobId);
      return ok('jobs.get', { id: jobId }, token);
    },
    async count(table) {
      const [row] = (await backroom.dataSource.query(`SELECT COUNT(*) AS "count" FROM "${table}"`)) as {
        count: number;
      }[];
      return row!.count;
    },
    async dispose() {
      await backroom.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** First run through the contract: a store and its admin; returns the admin's session. */
export function setUpStore(test: TestBackroom, timeZone = 'UTC'): Promise<Session> {
  return test.ok('setup.createStore', {
    storeName: 'Corner Grocery',
    storeCode: 'CG-01',
    adminDisplayName: 'Ada Admin',
    adminUsername: ADMIN.username,
    adminPassword: ADMIN.password,
    timeZone,
  });
}

/** Adds a staff member with the given role and logs them in. */
export async function staffSession(
  test: TestBackroom,
  adminToken: string,
  role: Role,
  username: string,
): Promise<string> {
  const password = `${username} password 123`;
  await test.ok('staff.create', { displayName: username, username, password, role }, adminToken);
  const session = await test.ok('auth.login', { username, password });
  return session.token;
}

export interface StoreTeam {
  /** The first-run admin's session, of the store. */
  admin: Session;
  manager: string;
  clerk: string;
}

/**
 * First run, then a manager and a clerk of the store added and logged in under the given usernames
 * (see staffSession for their passwords). Three password hashes and two logins: once per test file.
 */
export async function setUpStoreTeam(
  test: TestBackroom,
  usernames: { manager: string; clerk: string },
  timeZone = 'UTC',
): Promise<StoreTeam> {
  const admin = await setUpStore(test, timeZone);
  const manager = await staffSession(test, admin.token, 'manager', usernames.manager);
  const clerk = await staffSession(test, admin.token, 'clerk', usernames.clerk);
  return { admin, manager, clerk };
}
