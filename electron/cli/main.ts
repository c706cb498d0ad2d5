import { commands } from './commands';
import { runCli } from './run-cli';

/** `npm run backroom -- <command> [options]`: the admin command line, without Electron. */
runCli(process.argv.slice(2), commands, { out: process.stdout, err: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
