import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL server in a temporary folder, on loopback, with trust authentication. */
export interface PostgresServer {
  url: string;
  port: number;
  stop(): void;
  start(): void;
  dispose(): void;
}

const BIN_FOLDERS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

function binFolder(): string {
  const found = BIN_FOLDERS.find((folder) => existsSync(join(folder, 'pg_ctl')));
  if (!found) {
    throw new Error(
      `No PostgreSQL server binaries in ${BIN_FOLDERS.join(', ')}. Install Debian's postgresql package ` +
        '(.ci/run does) or set BACKROOM_TEST_PG_URL to an existing server.',
    );
  }
  return found;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** PostgreSQL refuses to run as root: when we are root, its tools run as the postgres account. */
function asServerUser(command: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  const result = isRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout || result.error?.message}`);
  }
}

/**
 * `setup.password`: loopback connections must then give it (SCRAM), as at a real head office; without
 * it, loopback is trusted.
 */
export async function startPostgresServer(setup: { password?: string } = {}): Promise<PostgresServer> {
  const bin = binFolder();
  const folder = mkdtempSync(join(tmpdir(), 'backroom-pg-'));
  const data = join(folder, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(folder, uid, gid);
  }
  const auth = ['--auth=trust'];
  if (setup.password !== undefined) {
    const passwordFile = join(folder, 'password');
    writeFileSync(passwordFile, setup.password, { mode: 0o644 });
    auth.splice(0, 1, '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${passwordFile}`);
  }
  asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', ...auth, '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = () =>
    asServerUser(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      options,
      '-l',
      join(folder, 'log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
  const stop = () => asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
  start();
  return {
    url:
      setup.password === undefined
        ? `postgres://postgres@127.0.0.1:${port}/postgres`
        : `postgres://postgres:${encodeURIComponent(setup.password)}@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    dispose() {
      try {
        stop();
      } catch {
        // Already stopped: nothing to do but remove the folder.
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
