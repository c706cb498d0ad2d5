import type { ParseArgsConfig } from 'node:util';

/** Where a command writes; `out.isTTY` decides between a live progress bar and plain lines. */
export interface CliIO {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream;
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  /** The database file: --db, or the file the app itself opens. */
  databasePath: string;
  io: CliIO;
  /** The words after the command's name that are not options (empty unless the command takes `arguments`). */
  args: string[];
}

/** One subcommand of `npm run backroom -- <command>`. */
export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** What the command takes besides options, for its usage line ("<list|database>"); without it, none. */
  arguments?: string;
  /** The command's own options, beyond --db and --help. */
  options: NonNullable<ParseArgsConfig['options']>;
  /** `<command> --help`: one [flag, description] pair per option... */
  optionHelp: readonly (readonly [string, string])[];
  /** ...and the paragraph after them. */
  notes: readonly string[];
  /** Resolves to the process exit code. */
  run(values: OptionValues, ctx: CommandContext): Promise<number>;
}

/** Bad command-line input: reported with the command's usage and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
