import type { DataSource } from 'typeorm';
import { sqliteOf } from '../../../database/data-source';
import { SeededRandom } from '../../../database/seed/random';
import { handlers } from '../../../electron/handlers';
import { systemClock } from '../../../electron/host/clock';
import { defaultHostSettings } from '../../../electron/host/context';
import { createDispatcher } from '../../../electron/host/dispatcher';
import { EventBus } from '../../../electron/host/events';
import { ReadPool } from '../../../electron/host/read-pool';
import { SessionStore } from '../../../electron/host/sessions';
import type { Grain } from '../../../electron/services/analytics/filters';
import { addDays } from '../../../shared/local-day';
import { percentiles } from '../measure';
import type { BenchFigure } from '../suite';
import type { Budgets } from './budgets';
import { describeFilter, type BenchFilter, type Dataset } from './filters';
import { timedAsync } from './measure-questions';

export const DASHBOARD_TARGET_MS = 300;
export const DRILL_DOWN_TARGET_MS = 50;
const PAGE = 50;
const DASHBOARD_ROUNDS = 3;

/** The grain a screen would chart a range by: days for a month or two, weeks up to half a year, else months. */
function grainFor(fromDay: string, toDay: string): Grain {
  const days = (Date.parse(toDay) - Date.parse(fromDay)) / 86_400_000 + 1;
  return days <= 62 ? 'day' : days <= 190 ? 'week' : 'month';
}

/**
 * The dispatcher as the app wires it for reads: reader threads for channels that run on one,
 * and an admin's session (the dataset's first admin, whose staff row the dispatcher checks on
 * every call). It only reads, so the seeded file stays as it is.
 */
function adminCaller(dataSource: DataSource) {
  const sql = sqliteOf(dataSource);
  const admin = sql
    .prepare(
      `SELECT "id", "store_id" AS "storeId" FROM "staff_members" WHERE "role" = 'admin' AND "is_active" = 1 LIMIT 1`,
    )
    .get() as { id: number; storeId: number } | undefined;
  if (!admin) throw new Error('The dataset has no active admin to call the dispatcher as.');
  const sessions = new SessionStore(systemClock, 60);
  const readers = new ReadPool({ databasePath: String(dataSource.options.database) });
  const dispatcher = createDispatcher({
    dataSource,
    handlers,
    sessions,
    events: new EventBus(),
    clock: systemClock,
    settings: defaultHostSettings,
    readers,
  });
  const sessionToken = sessions.open({ staffId: admin.id, role: 'admin', storeId: admin.storeId });
  return {
    async call<T>(channel: string, input: unknown): Promise<T> {
      const envelope = await dispatcher.invoke(channel, input, { sessionToken, transport: 'test', client: 'bench' });
      if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.data as T;
    },
    close: () => readers.close(),
  };
}

/**
 * The whole dashboard for each filter (`analytics.dashboard` on a reader thread, output checked
 * as the app does), and the drill-down from a chart's day to that day's orders of one store
 * (`orders.list`, first page), for days and stores drawn with a fixed seed.
 */
export async function measureDashboard(
  dataSource: DataSource,
  dataset: Dataset,
  filters: readonly BenchFilter[],
  budgets: Budgets,
): Promise<BenchFigure[]> {
  const caller = adminCaller(dataSource);
  try {
    const dashboard = (bench: BenchFilter) =>
      caller.call('analytics.dashboard', {
        filter: bench.filter,
        grain: grainFor(bench.filter.fromDay, bench.filter.toDay),
        limit: 10,
      });
    await dashboard(filters[0]!);
    const boards: number[] = [];
    const slowest = { ms: 0, filter: filters[0]! };
    const started = performance.now();
    for (let round = 0; round < DASHBOARD_ROUNDS; round++) {
      for (const bench of filters) {
        if (performance.now() - started > budgets.dashboardMs && boards.length > 0) break;
        const { ms } = await timedAsync(() => dashboard(bench));
        boards.push(ms);
        if (ms > slowest.ms) Object.assign(slowest, { ms, filter: bench });
      }
    }
    process.stdout.write(
      `  analytics.dashboard: slowest ${describeFilter(slowest.filter)} at ${slowest.ms.toFixed(0)} ms\n`,
    );

    const random = new SeededRandom('analytics drill-down');
    const span = Math.round((Date.parse(dataset.lastDay) - Date.parse(dataset.firstDay)) / 86_400_000);
    const days = Array.from({ length: budgets.drillDownCalls }, () => ({
      storeId: random.pick(dataset.storeIds),
      fromDay: addDays(dataset.firstDay, random.int(1, span - 1)),
    }));
    const list = (day: { storeId: number; fromDay: string }) =>
      caller.call<{ items: unknown[] }>('orders.list', { ...day, toDay: day.fromDay, limit: PAGE });
    await list(days[0]!);
    const drills: number[] = [];
    let rows = 0;
    for (const day of days) {
      const { ms, answer } = await timedAsync(() => list(day));
      drills.push(ms);
      rows += answer.items.length;
    }
    if (rows === 0) throw new Error('No drill-down found any order: the days drawn are outside the trade.');

    const board = percentiles(boards);
    const drill = percentiles(drills);
    const boardLabel = `analytics.dashboard, whole dashboard (${boards.length} calls over ${filters.length} filters)`;
    const drillLabel = `drill-down day -> orders.list first page (${drills.length} store-days, ${Math.round(rows / drills.length)} rows avg)`;
    return [
      { name: `${boardLabel} p50`, value: board.p50, unit: 'ms' },
      { name: `${boardLabel} p95 (target < ${DASHBOARD_TARGET_MS} ms)`, value: board.p95, unit: 'ms' },
      { name: `${boardLabel} max`, value: Math.max(...boards), unit: 'ms' },
      { name: `${drillLabel} p50`, value: drill.p50, unit: 'ms' },
      { name: `${drillLabel} p95 (target < ${DRILL_DOWN_TARGET_MS} ms)`, value: drill.p95, unit: 'ms' },
    ];
  } finally {
    await caller.close();
  }
}
