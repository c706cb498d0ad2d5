import type { Handler, HandlerRegistry } from '../host/context';
import { askQuestion } from '../services/query-lab/ask-question';
import { cancelQueryLabRun, runInQueryProcess, scratchPathFor } from '../services/query-lab/query-process';

/** The file the calling connection reads: a reader thread's, or the main one's. */
const databasePath = (ctx: Parameters<Handler<'queryLab.runSql'>>[1]) => ctx.sql.name;

const ask: Handler<'queryLab.ask'> = (input, ctx) =>
  askQuestion(ctx.sql, ctx.actor, input.question, input.params, ctx.clock.now());

const runSql: Handler<'queryLab.runSql'> = (input, ctx) =>
  runInQueryProcess(
    databasePath(ctx),
    { type: 'sql', sql: input.sql, maxRows: input.maxRows },
    { timeoutMs: input.timeoutMs, runId: input.runId },
  );

const tryIndex: Handler<'queryLab.tryIndex'> = (input, ctx) =>
  runInQueryProcess(
    databasePath(ctx),
    {
      type: 'indexLab',
      sql: input.sql,
      createIndex: input.createIndex,
      dropIndex: input.dropIndex,
      scratchPath: scratchPathFor(),
    },
    { timeoutMs: input.timeoutMs, runId: input.runId },
  );

const cancel: Handler<'queryLab.cancel'> = (input) => {
  cancelQueryLabRun(input.runId);
  return { sent: true as const };
};

export const queryLabHandlers = {
  'queryLab.ask': ask,
  'queryLab.runSql': runSql,
  'queryLab.tryIndex': tryIndex,
  'queryLab.cancel': cancel,
} satisfies Partial<HandlerRegistry>;
