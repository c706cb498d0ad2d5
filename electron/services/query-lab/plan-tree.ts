import type Database from 'better-sqlite3';
import type { PlanStep } from '../../../shared/contract/query-lab';
import { nameOf, type SqlToken } from './sql-tokens';

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** EXPLAIN QUERY PLAN's rows (each naming its parent) as the tree they describe. */
export function queryPlan(sql: Database.Database, query: string): PlanStep[] {
  const rows = sql.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as PlanRow[];
  const steps = new Map<number, PlanStep>();
  const roots: PlanStep[] = [];
  for (const row of rows) {
    const step: PlanStep = { detail: row.detail, children: [] };
    steps.set(row.id, step);
    (steps.get(row.parent)?.children ?? roots).push(step);
  }
  return roots;
}

const FULL_SCAN = /^SCAN (\S+)(?: AS (\S+))?$/;
/** Words after which a column is being filtered on, joined on or sorted by. */
const CLAUSES = new Set(['where', 'on', 'order', 'group', 'and', 'or', 'by']);

/**
 * Indexes worth trying for the full scans of a plan: for each table read whole, the columns of it
 * that the query filters, joins or sorts on, in the order they first appear (three at most). A
 * suggestion is a starting point for the index lab, not a promise.
 */
export function suggestIndexes(sql: Database.Database, plan: PlanStep[], tokens: SqlToken[]): string[] {
  const suggestions = new Set<string>();
  for (const detail of flatten(plan)) {
    const match = FULL_SCAN.exec(detail);
    if (!match) continue;
    const table = match[1]!;
    const alias = (match[2] ?? table).toLowerCase();
    const columns = tableColumns(sql, table);
    if (columns.size === 0) continue;
    const used = usedColumns(tokens, alias, table.toLowerCase(), columns);
    if (used.length === 0) continue;
    const name = `IDX_lab_${table}_${used.join('_')}`.replace(/[^A-Za-z0-9_]/g, '_');
    suggestions.add(`CREATE INDEX "${name}" ON "${table}" (${used.map((column) => `"${column}"`).join(', ')})`);
  }
  return [...suggestions];
}

function flatten(steps: PlanStep[]): string[] {
  return steps.flatMap((step) => [step.detail, ...flatten(step.children)]);
}

function tableColumns(sql: Database.Database, table: string): Map<string, string> {
  const rows = sql.prepare('SELECT "name" FROM pragma_table_info(?)').all(table) as { name: string }[];
  return new Map(rows.map((row) => [row.name.toLowerCase(), row.name]));
}

/** Columns of the table named as `alias.column`, or bare, after a filtering or sorting word. */
function usedColumns(tokens: SqlToken[], alias: string, table: string, columns: Map<string, string>): string[] {
  const found: string[] = [];
  let inClause = false;
  tokens.forEach((token, index) => {
    const name = nameOf(token);
    if (name !== null && CLAUSES.has(name) && token.kind === 'word') inClause = true;
    else if (['select', 'from', 'join', 'limit'].includes(name ?? '') && token.kind === 'word') inClause = false;
    if (name === null || !columns.has(name) || !inClause) return;
    const dot = tokens[index - 1];
    const qualifier = dot?.kind === 'mark' && dot.text === '.' ? nameOf(tokens[index - 2]) : null;
    if (qualifier !== null && qualifier !== alias && qualifier !== table) return;
    const column = columns.get(name)!;
    if (!found.includes(column)) found.push(column);
  });
  return found.slice(0, 3);
}
