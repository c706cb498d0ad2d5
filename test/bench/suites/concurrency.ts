import { sqliteOf } from '../../../database/data-source';
import { ReadPool } from '../../../electron/host/read-pool';
import { percentile } from '../measure';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';
import { openWriteBench, type WriteBench } from '../write-bench';

const WARMUP_ORDERS = 30;
const ORDERS = 300;
/** A full aggregate over every order line: the shape of an analytics report that reads everything. */
const FULL_SCAN = `SELECT COUNT(*) AS "lines", SUM("quantity") AS "units", SUM("total_cents") AS "cents" FROM "order_lines"`;

async function placeTimed(till: WriteBench, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await till.placeThroughDispatcher();
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return latencies;
}

/**
 * orders.place latency with the main thread to itself, then again while a reader thread scans
 * every order line of the seeded file over and over (a new scan starts whenever one ends, so
 * every order meets one). The writes go to their own file; what they share with the scan is the
 * process, the cores and the disk, as a till shares them with a report.
 */
async function placingBesideAScan(ctx: BenchContext): Promise<BenchFigure[]> {
  // A till on a fresh file: the bench never writes into the seeded file the reader scans.
  const till = await openWriteBench();
  const readers = new ReadPool({ databasePath: String(ctx.dataSource.options.database) });
  try {
    const lines = sqliteOf(ctx.dataSource).prepare('SELECT COUNT(*) FROM "order_lines"').pluck().get() as number;
    await placeTimed(till, WARMUP_ORDERS);
    const idle = await placeTimed(till, ORDERS);

    await readers.query('SELECT 1'); // the thread is up before the scan is timed
    const scanStarted = process.hrtime.bigint();
    const aloneScan = await readers.query(FULL_SCAN);
    const scanMs = Number(process.hrtime.bigint() - scanStarted) / 1e6;
    if (aloneScan.length !== 1) throw new Error('The scan answered no row.');

    let placing = true;
    let scans = 0;
    const scanning = (async () => {
      while (placing) {
        await readers.query(FULL_SCAN);
        scans++;
      }
    })();
    const busy = await placeTimed(till, ORDERS);
    placing = false;
    await scanning;

    const idleP95 = percentile(idle, 95);
    const busyP95 = percentile(busy, 95);
    const label = `${lines.toLocaleString('en-US')} order lines`;
    return [
      { name: 'orders.place p95, idle', value: idleP95, unit: 'ms' },
      {
        name: `orders.place p95 beside a reader-thread scan of ${label} (vs idle; target within 2x)`,
        value: busyP95,
        unit: 'ms',
        baseline: idleP95,
        ratio: busyP95 / idleP95,
      },
      { name: `full aggregate over ${label} on a reader thread`, value: scanMs, unit: 'ms' },
      { name: `scans completed while placing ${ORDERS} orders`, value: scans, unit: 'scans' },
    ];
  } finally {
    await readers.close();
    await till.close();
  }
}

export const concurrencySuite: BenchSuite = {
  name: 'concurrency',
  description: 'orders.place p95 idle and beside a full order-line scan on a reader thread',
  run: placingBesideAScan,
};
