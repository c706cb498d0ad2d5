import { join } from 'node:path';
import { openDatabase, sqliteOf } from '../../database/data-source';
import { SEED_VERSION, isSeedScale } from '../../database/seed';
import { benchDatabase } from './bench-database';
import { formatTable, machineInfo, writeResults, type SuiteFigure } from './report';
import { suites } from './suites';

/**
 * `npm run bench [-- <suite>...]`: runs the selected suites (all by default) against the cached
 * large dataset (BENCH_SCALE=demo for a quick check), prints a table and writes every figure to
 * bench/results/latest.json. BENCH_DB=<file> measures an existing seeded file of that scale instead
 * (migrated first, so point it at a copy).
 */
async function main(argv: readonly string[]): Promise<number> {
  const scale = process.env.BENCH_SCALE ?? 'large';
  if (!isSeedScale(scale)) {
    process.stderr.write(`BENCH_SCALE must be demo or large, not "${scale}".\n`);
    return 2;
  }
  const unknown = argv.filter((name) => !suites.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown suite ${unknown.join(', ')}. Suites: ${suites.map((s) => s.name).join(', ')}.\n`);
    return 2;
  }
  const selected = argv.length === 0 ? suites : suites.filter((suite) => argv.includes(suite.name));

  const given = process.env.BENCH_DB;
  const { path, buildMs } = given ? { path: given, buildMs: null } : await benchDatabase(scale);
  const figures: SuiteFigure[] = [];
  if (buildMs !== null) {
    figures.push({ suite: 'seed', name: `build ${scale} dataset`, value: buildMs / 1000, unit: 's' });
  }

  const dataSource = await openDatabase(path);
  try {
    const storeId = sqliteOf(dataSource).prepare('SELECT MIN("id") FROM "stores"').pluck().get() as number;
    for (const suite of selected) {
      process.stdout.write(`Running ${suite.name}: ${suite.description}...\n`);
      const measured = await suite.run({ dataSource, scale, storeId });
      figures.push(...measured.map((figure) => ({ suite: suite.name, ...figure })));
    }
    const sqliteVersion = sqliteOf(dataSource).prepare('SELECT sqlite_version()').pluck().get() as string;
    process.stdout.write(`\n${formatTable(figures)}`);
    const resultsPath = join(import.meta.dirname, '..', '..', 'bench', 'results', 'latest.json');
    writeResults(resultsPath, {
      date: new Date().toISOString(),
      scale,
      seedVersion: SEED_VERSION,
      machine: machineInfo(sqliteVersion),
      results: figures,
    });
    process.stdout.write(`Written to ${resultsPath}\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
