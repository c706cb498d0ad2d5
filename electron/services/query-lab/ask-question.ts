import type Database from 'better-sqlite3';
import type { QuestionAnswer, QuestionId } from '../../../shared/contract/query-lab';
import type { Actor } from '../../host/sessions';
import { questions } from './questions';
import { questionScope, type Params } from './questions/scope';

/** A ready-made question answered for the caller's scope (a manager's own store only). */
export function askQuestion(
  sql: Database.Database,
  actor: Actor,
  question: QuestionId,
  params: Params,
  now: Date,
): QuestionAnswer {
  return questions[question].answer(sql, questionScope(sql, actor, params, now));
}
