import { PassThrough } from 'node:stream';
import { commands } from '../../electron/cli/commands';
import { runCli } from '../../electron/cli/run-cli';

/** Runs `backroom <args>` in this process, as `npm run backroom -- <args>` would, capturing what it prints. */
export async function backroom(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const printed = { out: '', err: '' };
  out.on('data', (chunk: Buffer) => (printed.out += chunk.toString()));
  err.on('data', (chunk: Buffer) => (printed.err += chunk.toString()));
  const code = await runCli(args, commands, { out, err });
  return { code, ...printed };
}
