import type Database from 'better-sqlite3';
import { percentile } from '../measure';
import type { BenchFigure } from '../suite';
import type { Budgets } from './budgets';
import { assertSameAnswer } from './compare';
import type { DuckdbAnswers } from './duckdb-answers';
import { describeFilter, type BenchFilter, type FilterKind } from './filters';
import type { FilterSet, Question } from './questions';

/** The chart questions' target: every one within 50 ms at p95 on the large file. */
export const CHART_TARGET_MS = 50;

/** Raw scans take seconds, so only a few filters, of the kinds that read the least first. */
const RAW_KINDS: Record<FilterSet, readonly FilterKind[]> = {
  trade: ['one store', 'brand', 'several stores', 'category', 'range'],
  stores: ['one store', 'several stores', 'range'],
  '90 days': ['90 days'],
};

function timed<T>(fn: () => T): { ms: number; answer: T } {
  const started = process.hrtime.bigint();
  const answer = fn();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, answer };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; answer: T }> {
  const started = process.hrtime.bigint();
  const answer = await fn();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, answer };
}

const median = (samples: readonly number[]) => percentile(samples, 50);
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Milliseconds by filter index, and the first answer to each filter. */
interface Runs {
  samples: Map<number, number[]>;
  answers: Map<number, unknown>;
}

function record(runs: Runs, index: number, { ms, answer }: { ms: number; answer: unknown }): void {
  runs.samples.set(index, [...(runs.samples.get(index) ?? []), ms]);
  if (!runs.answers.has(index)) runs.answers.set(index, answer);
}

/** Rounds over the filters after one warm-up call, until the rounds are done or the budget is spent. */
function runRollups(sql: Database.Database, question: Question, filters: readonly BenchFilter[], budgets: Budgets) {
  const runs: Runs = { samples: new Map(), answers: new Map() };
  const started = performance.now();
  question.rollup(sql, filters[0]!.filter);
  for (let round = 0; round < budgets.rollupRounds; round++) {
    for (const [index, { filter }] of filters.entries()) {
      if (performance.now() - started > budgets.rollupMs && runs.samples.size > 0) return runs;
      record(
        runs,
        index,
        timed(() => question.rollup(sql, filter)),
      );
    }
  }
  return runs;
}

/** One raw scan per filter, of the kinds that read the least first, among the filters the rollups answered. */
function runRaw(
  sql: Database.Database,
  question: Question,
  filters: readonly BenchFilter[],
  answered: ReadonlySet<number>,
  budgets: Budgets,
) {
  const runs: Runs = { samples: new Map(), answers: new Map() };
  // One filter of each kind in turn, so a few scans still cover several kinds.
  const byKind = RAW_KINDS[question.filters].map((kind) =>
    [...filters.entries()].filter(([index, bench]) => bench.kind === kind && answered.has(index)).map(([i]) => i),
  );
  const order = Array.from({ length: filters.length }, (_, turn) => byKind.map((indexes) => indexes[turn])).flat();
  const started = performance.now();
  for (const index of order.filter((i) => i !== undefined).slice(0, budgets.rawFilters)) {
    if (performance.now() - started > budgets.rawMs && runs.samples.size > 0) break;
    record(
      runs,
      index,
      timed(() => question.raw(sql, filters[index]!.filter)),
    );
  }
  return runs;
}

/** A first call on every filter the rollups answered (their answers are checked), then rounds while the budget lasts. */
async function runDuckdb(
  duckdb: DuckdbAnswers,
  question: Question,
  filters: readonly BenchFilter[],
  answered: readonly number[],
  budgets: Budgets,
) {
  const runs: Runs = { samples: new Map(), answers: new Map() };
  await question.duckdb(duckdb, filters[answered[0]!]!.filter);
  const started = performance.now();
  for (let round = 0; round < budgets.duckdbRounds; round++) {
    for (const index of answered) {
      if (round > 0 && performance.now() - started > budgets.duckdbMs) return runs;
      record(runs, index, await timedAsync(() => question.duckdb(duckdb, filters[index]!.filter)));
    }
  }
  return runs;
}

export interface QuestionOutcome {
  figures: BenchFigure[];
  /** One line for the progress log: what the figures say, before the table at the end. */
  summary: string;
  rollupP95: number;
  /** Filters on which the rollups and DuckDB agreed, and the raw scans and the rollups. */
  checkedDuckdb: number;
  checkedRaw: number;
}

/**
 * One question: the rollups over every filter (p50, p95), the raw scan and DuckDB on some of
 * the same filters (the ratio of the means of per-filter medians), and a check that the three
 * answered every filter they were asked identically.
 */
export async function measureQuestion(
  sql: Database.Database,
  duckdb: DuckdbAnswers,
  question: Question,
  filters: readonly BenchFilter[],
  budgets: Budgets,
): Promise<QuestionOutcome> {
  const rollups = runRollups(sql, question, filters, budgets);
  const answered = [...rollups.samples.keys()];
  const raw = runRaw(sql, question, filters, new Set(answered), budgets);
  const duck = await runDuckdb(duckdb, question, filters, answered, budgets);

  for (const index of answered) {
    assertSameAnswer(
      question.name,
      describeFilter(filters[index]!),
      { label: 'rollups', answer: rollups.answers.get(index) },
      { label: 'DuckDB', answer: duck.answers.get(index) },
    );
  }
  for (const index of raw.answers.keys()) {
    assertSameAnswer(
      question.name,
      describeFilter(filters[index]!),
      { label: 'raw scan', answer: raw.answers.get(index) },
      { label: 'rollups', answer: rollups.answers.get(index) },
    );
  }

  const all = [...rollups.samples.values()].flat();
  const p50 = percentile(all, 50);
  const p95 = percentile(all, 95);
  const rollupMean = (runs: Runs) => mean([...runs.samples.keys()].map((i) => median(rollups.samples.get(i)!)));
  const otherMean = (runs: Runs) => mean([...runs.samples.values()].map(median));
  const versus = (label: string, runs: Runs): BenchFigure => {
    const value = rollupMean(runs);
    const baseline = otherMean(runs);
    return {
      name: `${question.name}: rollups vs ${label}, mean of ${runs.samples.size} filters`,
      value,
      unit: 'ms',
      baseline,
      ratio: value / baseline,
    };
  };
  const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
  const [slowest] = [...rollups.samples].sort(([, a], [, b]) => median(b) - median(a));
  const slowestLabel = `slowest ${describeFilter(filters[slowest![0]]!)} at ${ms(median(slowest![1]))}`;
  return {
    summary: `rollups p50 ${ms(p50)}, p95 ${ms(p95)} (${slowestLabel}); raw scan ${ms(otherMean(raw))}; DuckDB ${ms(otherMean(duck))}`,
    figures: [
      {
        name: `${question.name}: rollups p50 (${all.length} runs over ${answered.length}/${filters.length} filters)`,
        value: p50,
        unit: 'ms',
      },
      { name: `${question.name}: rollups p95 (target < ${CHART_TARGET_MS} ms)`, value: p95, unit: 'ms' },
      versus('raw scan', raw),
      versus('DuckDB', duck),
    ],
    rollupP95: p95,
    checkedDuckdb: answered.length,
    checkedRaw: raw.answers.size,
  };
}
