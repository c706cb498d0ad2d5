import { sqliteOf } from '../../../database/data-source';
import { BUDGETS } from '../analytics/budgets';
import { measureDashboard } from '../analytics/dashboard-calls';
import { checkDefinitionsOnTradeWorld } from '../analytics/definitions-check';
import { duckdbAnswers } from '../analytics/duckdb-answers';
import { loadIntoDuckDB } from '../analytics/duckdb-load';
import { draw90DayRanges, drawFilters, readDataset, storeLevel, type BenchFilter } from '../analytics/filters';
import { CHART_TARGET_MS, measureQuestion } from '../analytics/measure-questions';
import { QUESTIONS, type FilterSet } from '../analytics/questions';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';

const NINETY_DAY_RANGES = 8;

/**
 * Every chart question of the manager dashboard answered three ways on the same filters: from
 * the rollups (what the app reads), by a plain scan of the raw tables, and by DuckDB over an
 * in-memory copy of them; the three must agree to the cent or the suite fails, first on a small
 * history with every kind of write, then on the seeded file. Then the whole dashboard through
 * its channel, and the drill-down from a day to its orders.
 */
async function analytics({ dataSource, scale }: BenchContext): Promise<BenchFigure[]> {
  const sql = sqliteOf(dataSource);
  const budgets = BUDGETS[scale];
  const dataset = readDataset(sql);
  const trade = drawFilters(dataset, 'analytics filters');
  const filterSets: Record<FilterSet, BenchFilter[]> = {
    trade,
    stores: storeLevel(trade),
    '90 days': draw90DayRanges(dataset, 'analytics 90 days', NINETY_DAY_RANGES),
  };

  const worldChecks = await checkDefinitionsOnTradeWorld();
  process.stdout.write(`  every question answered alike on a trade world with returns: ${worldChecks} checks\n`);
  const duck = await loadIntoDuckDB(sql);
  process.stdout.write(`  DuckDB copy of ${duck.rows} rows loaded in ${(duck.loadMs / 1000).toFixed(1)} s\n`);
  const figures: BenchFigure[] = [
    {
      name: 'answers checked identical on a trade world with returns, cancellations, % discounts, clock changes',
      value: worldChecks,
      unit: 'checks',
    },
    {
      name: `DuckDB in-memory copy of the tables asked (appender; ${dataset.orders.toLocaleString('en-US')} orders, ${dataset.lines.toLocaleString('en-US')} lines, ${duck.rows.toLocaleString('en-US')} rows in all)`,
      value: duck.loadMs / 1000,
      unit: 's',
    },
  ];
  try {
    const answers = await duckdbAnswers(duck.connection, dataset.storeIds);
    let overTarget = 0;
    let checkedDuckdb = 0;
    let checkedRaw = 0;
    for (const question of QUESTIONS) {
      const started = performance.now();
      const outcome = await measureQuestion(sql, answers, question, filterSets[question.filters], budgets);
      figures.push(...outcome.figures);
      if (outcome.rollupP95 >= CHART_TARGET_MS) overTarget++;
      checkedDuckdb += outcome.checkedDuckdb;
      checkedRaw += outcome.checkedRaw;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`  ${question.name}: ${outcome.summary} (${seconds} s)\n`);
    }
    figures.push(
      {
        name: `chart questions with rollups p95 >= ${CHART_TARGET_MS} ms (of ${QUESTIONS.length})`,
        value: overTarget,
        unit: 'questions',
      },
      {
        name: 'answers checked identical: rollups = DuckDB (question x filter)',
        value: checkedDuckdb,
        unit: 'checks',
      },
      { name: 'answers checked identical: raw scan = rollups (question x filter)', value: checkedRaw, unit: 'checks' },
    );
  } finally {
    duck.close();
  }
  figures.push(...(await measureDashboard(dataSource, dataset, trade, budgets)));
  return figures;
}

export const analyticsSuite: BenchSuite = {
  name: 'analytics',
  description:
    'Dashboard chart questions from the rollups (p50/p95 over seeded filters) vs raw scans and DuckDB, answers checked equal; the whole dashboard and the drill-down to a day',
  run: analytics,
};
