import { createServer, type Server } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHq } from '../../../electron/sync/hq-connection';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';
import { HQ_TIMEOUT_MS } from '../../helpers/hq-database';
import { freePort, startPostgresServer, type PostgresServer } from '../../helpers/postgres-server';

const PASSWORD = 'hq-pa55-for-the-test';

let t: TestBackroom;
let admin: string;
let server: PostgresServer;
let notPostgres: Server;

beforeAll(async () => {
  [t, server] = await Promise.all([openTestBackroom(), startPostgresServer({ password: PASSWORD })]);
  admin = (await setUpStore(t)).token;
  // A server of another kind: it answers whatever it is sent with an HTTP error and hangs up.
  notPostgres = createServer((socket) => socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n')));
  await new Promise<void>((resolve) => notPostgres.listen(0, '127.0.0.1', resolve));
}, HQ_TIMEOUT_MS);

afterAll(async () => {
  notPostgres?.close();
  server?.dispose();
  await t?.dispose();
});

function withUrl(change: (url: URL) => void): string {
  const url = new URL(server.url);
  change(url);
  return url.toString();
}

const test = (url: string) => t.ok('sync.testConnection', { url }, admin);

/** Test connection against a real PostgreSQL that wants a password, and against what is not one. */
describe('sync.testConnection', { timeout: 60_000 }, () => {
  it('connects, reads the version, and says the first sync will create the schema, changing nothing', async () => {
    const answer = await test(server.url);
    expect(answer).toMatchObject({ ok: true, problem: null });
    expect(answer.message).toMatch(/^Connected to PostgreSQL \d+/);
    expect(answer.message).toContain('first sync will create');
    const client = new pg.Client(server.url);
    await client.connect();
    const { rows } = await client.query(`SELECT to_regclass('hq_migrations') AS "table"`);
    await client.end();
    expect(rows[0]!.table).toBeNull();
  });

  it('says the schema is up to date once a sync has migrated it', async () => {
    const hq = await connectHq(server.url);
    await hq.end();
    expect((await test(server.url)).message).toContain('schema is up to date');
  });

  it('names a wrong password without repeating it', async () => {
    const answer = await test(withUrl((url) => (url.password = 'not-the-password')));
    expect(answer).toMatchObject({ ok: false, problem: 'wrong-password' });
    expect(answer.message).toContain('postgres');
    expect(answer.message).not.toContain('not-the-password');
    expect(await test(withUrl((url) => (url.password = '')))).toMatchObject({ problem: 'wrong-password' });
  });

  it('names a database that does not exist', async () => {
    const answer = await test(withUrl((url) => (url.pathname = '/no_such_chain')));
    expect(answer).toMatchObject({ ok: false, problem: 'no-database' });
    expect(answer.message).toContain('no_such_chain');
  });

  it('names a closed port as unreachable', async () => {
    const port = await freePort();
    const answer = await test(withUrl((url) => (url.port = String(port))));
    expect(answer).toMatchObject({ ok: false, problem: 'unreachable' });
    expect(answer.message).toContain(`127.0.0.1:${port}`);
  });

  it('names a server that is not PostgreSQL', async () => {
    const { port } = notPostgres.address() as { port: number };
    const answer = await test(withUrl((url) => (url.port = String(port))));
    expect(answer).toMatchObject({ ok: false, problem: 'not-postgres' });
  });

  it('refuses a head office whose schema a newer Backroom has moved ahead', async () => {
    const client = new pg.Client(server.url);
    await client.connect();
    await client.query(`INSERT INTO "hq_migrations" ("name") VALUES ('0099-from-a-newer-backroom')`);
    await client.end();
    const answer = await test(server.url);
    expect(answer).toMatchObject({ ok: false, problem: 'schema-ahead' });
    expect(answer.message).toContain('0099-from-a-newer-backroom');
    expect(answer.message).toContain('update Backroom');
  });
});
