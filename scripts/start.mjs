import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkElectron } from './electron-availability.mjs';

/**
 * `npm start`: build, then open the desktop app, or serve the same app to a browser where
 * Electron cannot run.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const build = spawnSync('npm run build', { cwd: root, stdio: 'inherit', shell: true });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = checkElectron({ electronDir: path.dirname(require.resolve('electron/package.json')) });
const [command, args] = electron.available
  ? [electron.binaryPath, [root]]
  : [process.execPath, [require.resolve('tsx/cli'), path.join(root, 'electron', 'host', 'serve.ts')]];

if (!electron.available) {
  console.log(`Electron could not be started here (${electron.reason}); starting Backroom in browser mode instead.`);
}

const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
// Stay alive until the app has shut down, so a stop signal lets it close the database first.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
