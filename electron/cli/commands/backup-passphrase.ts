import { UsageError, type CliIO } from '../command';

/** The passphrase comes from here or from a prompt, never from the command line, where `ps` and shell history would keep it. */
export const PASSPHRASE_VARIABLE = 'BACKROOM_BACKUP_PASSPHRASE';

/**
 * The backup passphrase: the environment variable if set, else asked for on the terminal without
 * echo. Without either (a pipe, a scheduled task) it is a usage error, never an empty passphrase.
 */
export async function readPassphrase(io: CliIO, prompt: string): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_VARIABLE];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY || !io.out.isTTY)
    throw new UsageError(`Set ${PASSPHRASE_VARIABLE}, or run this in a terminal to be asked for the passphrase.`);
  return askHidden(io, prompt);
}

function askHidden(io: CliIO, prompt: string): Promise<string> {
  const stdin = process.stdin;
  io.out.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      io.out.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new UsageError('Cancelled.'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}
