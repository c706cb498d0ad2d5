import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { defaultDatabasePath } from '../paths';
import { UsageError, type CliCommand, type CliIO, type OptionValues } from './command';

const COMMON_OPTIONS = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Exit codes: 0 done, 1 the command failed, 2 the command line was wrong. */
export async function runCli(argv: readonly string[], commands: readonly CliCommand[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out).write(generalHelp(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err.write(`Unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}.\n`);
    io.err.write('Run "npm run backroom -- --help" for help.\n');
    return 2;
  }

  let values: OptionValues;
  let args: string[];
  try {
    ({ values, positionals: args } = parseArgs({
      args: [...rest],
      options: { ...COMMON_OPTIONS, ...command.options },
      strict: true,
      allowPositionals: command.arguments !== undefined,
    }));
  } catch (error) {
    return usageFailure(command, io, error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    io.out.write(commandHelp(command));
    return 0;
  }

  try {
    const databasePath = typeof values.db === 'string' ? values.db : defaultDatabasePath();
    return await command.run(values, { databasePath, io, args });
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(command, io, error.message);
    if (error instanceof AppError) {
      io.err.write(`backroom ${command.name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function usageFailure(command: CliCommand, io: CliIO, message: string): number {
  io.err.write(`backroom ${command.name}: ${message}\n\n${commandHelp(command)}`);
  return 2;
}

function generalHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 3;
  return [
    'Backroom administration',
    '',
    'Usage: npm run backroom -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    'Options of every command:',
    ...optionLines(COMMON_HELP),
    '',
    'Run "npm run backroom -- <command> --help" for the options of a command.',
    '',
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  return [
    `Usage: npm run backroom -- ${command.name}${command.arguments ? ` ${command.arguments}` : ''} [options]`,
    '',
    `${command.summary}.`,
    '',
    'Options:',
    ...optionLines([...command.optionHelp, ...COMMON_HELP]),
    '',
    ...command.notes,
    '',
  ].join('\n');
}

const COMMON_HELP = [
  ['--db <file>', `The database file (default: the app's own, ${defaultDatabasePath()})`],
  ['-h, --help', 'Show help'],
] as const;

function optionLines(options: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...options.map(([flag]) => flag.length)) + 3;
  return options.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`);
}
