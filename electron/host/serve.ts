import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closeWithBackup } from '../backup/quit-backup';
import { databasePath, userDataDirectory } from '../paths';
import { openBackroom } from './app';
import { startHttpHost } from './http-host';

/**
 * Browser mode: the same handlers and screens as the desktop app, served on loopback to a normal
 * browser, e.g. a second screen in the store. `--host 0.0.0.0` opens it to the network on purpose.
 */
const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.BACKROOM_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.BACKROOM_PORT ?? '0' },
  },
});

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = databasePath(userDataDirectory());
mkdirSync(dirname(file), { recursive: true });

const backroom = await openBackroom({ databasePath: file });
const host = await startHttpHost({
  backroom,
  staticDir: join(repoRoot, 'dist', 'renderer'),
  host: values.host,
  port: Number(values.port),
});

/** Closes the database, backing it up first when the admin asked for a backup on quitting (a second Ctrl+C quits at once). */
async function stop(): Promise<void> {
  await host.close();
  const outcome = await closeWithBackup(backroom, {
    progress: ({ phase, done, total }) =>
      process.stdout.write(
        `\rBacking up before stopping: ${phase} ${total > 0 ? Math.floor((done / total) * 100) : 0}%   `,
      ),
  }).catch((error: unknown) => console.error('Backroom did not close cleanly', error));
  if (outcome?.taken) process.stdout.write(`\nBacked up to ${outcome.name} (${outcome.state}).\n`);
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

// Announced once a stop signal would already close it properly: whoever reads the address may stop it at once.
console.log(`Backroom is running in browser mode.
  Data file: ${file}
  Open:      ${host.url}
(The address carries this run's key; it changes on every start. Press Ctrl+C to stop.)`);
