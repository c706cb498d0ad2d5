import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { IndexLabAnswer } from '../../../shared/contract/query-lab';
import { AppError } from '../../../shared/errors';
import { queryPlan, suggestIndexes } from './plan-tree';
import { prepareRead, sqliteRefusal } from './prepare-read';
import { nameOf, tokenizeSql } from './sql-tokens';

/** Timed runs of a query, the median kept; one run only when a run takes longer than this. */
const TIMED_RUNS = 3;
const SLOW_RUN_MS = 2_000;

/**
 * The index lab, in a process of its own: the query's plan and time on the live file (read only),
 * and with a proposed index and/or without an existing one, the plan and time on a scratch copy so
 * changed, both timed on that copy so the two runs meet the same file. The copy is made with SQLite's online backup from the
 * read-only connection and deleted however the run ends; the live file is never written.
 */
export async function runIndexLab(
  live: Database.Database,
  task: { sql: string; createIndex?: string; dropIndex?: string; scratchPath: string },
): Promise<IndexLabAnswer> {
  const { statement, tokens } = prepareRead(live, task.sql);
  const plan = queryPlan(live, task.sql);
  const suggestions = suggestIndexes(live, plan, tokens);
  if (!task.createIndex && !task.dropIndex)
    return { current: { plan, ...timeQuery(statement) }, changed: null, suggestions, scratchRemoved: true };

  const changes = [
    ...(task.dropIndex ? [checkedDropIndex(live, task.dropIndex)] : []),
    ...(task.createIndex ? [checkedCreateIndex(live, task.createIndex)] : []),
  ];
  try {
    await live.backup(task.scratchPath);
    const scratch = new Database(task.scratchPath);
    try {
      const before = timeQuery(scratch.prepare(task.sql));
      try {
        for (const change of changes) scratch.prepare(change).run();
      } catch (error) {
        throw sqliteRefusal(error);
      }
      const changed = { plan: queryPlan(scratch, task.sql), ...timeQuery(scratch.prepare(task.sql)) };
      return { current: { plan, ...before }, changed, suggestions, scratchRemoved: true };
    } finally {
      scratch.close();
    }
  } finally {
    removeScratch(task.scratchPath);
  }
}

/** The copy and whatever SQLite kept beside it. */
export function removeScratch(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

function timeQuery(statement: Database.Statement): { elapsedMs: number; rows: number } {
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run < TIMED_RUNS; run += 1) {
    const started = performance.now();
    rows = 0;
    const walk = statement.raw(true).iterate();
    while (!walk.next().done) rows += 1;
    const elapsed = performance.now() - started;
    times.push(elapsed);
    if (elapsed > SLOW_RUN_MS) break;
  }
  times.sort((a, b) => a - b);
  return { elapsedMs: Math.round(times[Math.floor((times.length - 1) / 2)]! * 1000) / 1000, rows };
}

/**
 * `DROP INDEX` of an index the file has and may lose: one SQLite made for a UNIQUE or PRIMARY KEY
 * constraint (it has no SQL of its own) belongs to its table and cannot be left out.
 */
function checkedDropIndex(live: Database.Database, name: string): string {
  const index = live
    .prepare(`SELECT "name", "sql" FROM sqlite_schema WHERE "type" = 'index' AND "name" = ? COLLATE NOCASE`)
    .get(name) as { name: string; sql: string | null } | undefined;
  if (!index) throw new AppError('VALIDATION', `There is no index called ${name}.`);
  if (index.sql === null)
    throw new AppError('VALIDATION', `${index.name} keeps a table's key or UNIQUE rule and cannot be left out.`);
  return `DROP INDEX "${index.name.replace(/"/g, '""')}"`;
}

/**
 * Only `CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table (...)` on a table the file has: the
 * statement runs on the scratch copy alone, and anything else has no business there.
 */
function checkedCreateIndex(live: Database.Database, text: string): string {
  const refuse = (message: string) => new AppError('VALIDATION', message);
  let tokens;
  try {
    tokens = tokenizeSql(text);
  } catch {
    throw refuse('The index statement has a quote that is never closed.');
  }
  while (tokens.at(-1)?.kind === 'mark' && tokens.at(-1)?.text === ';') tokens.pop();
  if (tokens.some((token) => token.kind === 'mark' && token.text === ';'))
    throw refuse('Propose one CREATE INDEX statement.');
  const words = tokens.map(nameOf);
  let at = 0;
  const take = (word: string) => (words[at] === word ? (at += 1) > 0 : false);
  if (!take('create')) throw refuse('Propose a CREATE INDEX statement.');
  take('unique');
  if (!take('index')) throw refuse('Propose a CREATE INDEX statement.');
  if (take('if') && !(take('not') && take('exists'))) throw refuse('Write IF NOT EXISTS in full.');
  at += 1; // the index's name
  if (tokens[at]?.kind === 'mark' && tokens[at]?.text === '.') at += 2;
  if (!take('on')) throw refuse('Say which table the index is on: CREATE INDEX name ON table (columns).');
  const table = tokens[at]?.kind === 'word' || tokens[at]?.kind === 'identifier' ? tokens[at]!.text : null;
  const known =
    table !== null &&
    live.prepare(`SELECT 1 FROM sqlite_schema WHERE "type" = 'table' AND "name" = ? COLLATE NOCASE`).get(table);
  if (!known) throw refuse(`There is no table called ${table ?? '(none)'} to index.`);
  return text;
}
