import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startPostgresServer, type PostgresServer } from './postgres-server';

/** A head-office database for one test file: empty, reachable at `url`, dropped by dispose. */
export interface TestHq {
  url: string;
  /** The server when this file started its own (it can then be stopped and started); null on a shared one. */
  server: PostgresServer | null;
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  dispose(): Promise<void>;
}

/** Starting a cluster takes a few seconds on a busy machine. */
export const HQ_TIMEOUT_MS = 90_000;

/**
 * A fresh database on the server BACKROOM_TEST_PG_URL names, or else on a PostgreSQL server
 * started for this file in a temporary folder (test/helpers/postgres-server.ts).
 */
export async function openTestHq(): Promise<TestHq> {
  const shared = process.env.BACKROOM_TEST_PG_URL;
  let server: PostgresServer | null = null;
  let url: string;
  let drop: (() => Promise<void>) | null = null;
  if (shared) {
    const name = `backroom_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client(shared);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const parsed = new URL(shared);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    drop = async () => {
      const client = new pg.Client(shared);
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    server = await startPostgresServer();
    url = server.url;
  }
  return {
    url,
    server,
    // A connection per query: a test may stop and restart the server between two of them.
    async query(text, values) {
      const client = new pg.Client(url);
      await client.connect();
      try {
        return (await client.query(text, values)).rows;
      } finally {
        await client.end();
      }
    },
    async dispose() {
      if (drop) await drop();
      server?.dispose();
    },
  };
}
