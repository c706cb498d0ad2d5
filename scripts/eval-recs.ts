/**
 * `npm run eval:recs`: hold out each customer's last basket, recommend from the baskets before
 * it with the product's ranking code, and compare HR@10, recall@10 and NDCG@10 with suggesting
 * the best sellers to everyone, customer by customer as well, on Northwind and (when the file is
 * there) UCI Online Retail. `-- --tune` instead scores a grid of mixes on the validation split
 * (each customer's second-to-last basket, the last removed): the only figures weights are chosen on.
 * Each dataset's repeat lift says how much its customers' own histories can tell at all.
 */
import { join } from 'node:path';
import {
  prepareHoldout,
  scoreHoldout,
  type EvalBasket,
  type EvalMetrics,
  type EvalReport,
} from '../electron/services/recommendations/evaluate';
import {
  northwindBaskets,
  onlineRetailBaskets,
  onlineRetailPath,
} from '../electron/services/recommendations/eval-datasets';
import type { Difference } from '../electron/services/recommendations/paired-comparison';
import { repeatLift } from '../electron/services/recommendations/repeat-lift';
import { CUSTOMER_MIX, type CustomerMix } from '../electron/services/recommendations/rank-customer';

const NORTHWIND = join(import.meta.dirname, '..', 'test', 'fixtures', 'northwind');
const out = (line: string) => process.stdout.write(`${line}\n`);

function print(name: string, report: EvalReport, baskets: readonly EvalBasket[]): void {
  const row = (label: string, m: EvalMetrics) =>
    `  ${label.padEnd(12)} HR@${report.k} ${m.hitRate.toFixed(3)}  recall@${report.k} ${m.recall.toFixed(3)}  NDCG@${report.k} ${m.ndcg.toFixed(3)}`;
  const difference = (label: string, d: Difference) =>
    `${label} ${d.mean >= 0 ? '+' : ''}${d.mean.toFixed(3)} [${d.low.toFixed(3)}, ${d.high.toFixed(3)}]`;
  const { paired } = report;
  out(
    `${name}: ${report.baskets.toLocaleString('en')} baskets, ${report.customers.toLocaleString('en')} customers scored`,
  );
  out(row('recommender', report.recommender));
  out(row('popularity', report.popularity));
  out(
    `  paired       hit by the recommender only ${paired.onlyRecommender}, by popularity only ${paired.onlyBaseline}, both ${paired.both} (McNemar p = ${paired.mcnemarP.toPrecision(2)})`,
  );
  out(
    `  difference   ${difference('HR', paired.hitRate)}  ${difference('recall', paired.recall)}  ${difference('NDCG', paired.ndcg)} (95% bootstrap)`,
  );
  const repeats = repeatLift(baskets);
  out(
    `  repeats      ${repeats.observed.toLocaleString('en')} products bought again in a later basket, ${Math.round(repeats.expected).toLocaleString('en')} expected from best sellers alone (lift ${repeats.lift.toFixed(2)})`,
  );
}

async function datasets(): Promise<[string, EvalBasket[]][]> {
  const sets: [string, EvalBasket[]][] = [['Northwind', northwindBaskets(NORTHWIND)]];
  const retail = onlineRetailPath();
  if (retail === null) {
    out(
      'Online Retail: skipped, no file at /work/shared/data/online-retail/online_retail.csv.gz (set BACKROOM_ONLINE_RETAIL to its path)',
    );
  } else sets.push(['Online Retail', await onlineRetailBaskets(retail)]);
  return sets;
}

/**
 * Every mix of the grid on each dataset's validation split. A mix qualifies when it beats
 * popularity on HR, recall and NDCG on every dataset, NDCG by 5% at least; the qualifying ones
 * come first, best by their NDCG gain over popularity averaged over the datasets.
 */
function tune(sets: [string, EvalBasket[]][]): void {
  const grid: CustomerMix[] = [];
  for (const buyAgain of [0, 0.1, 0.2, 0.3, 0.5, 1])
    for (const neighbours of [0, 0.1, 0.15, 0.2, 0.3, 0.6])
      for (const prior of [50, 100, 200]) grid.push({ buyAgain, neighbours, popular: 1, prior });
  const prepared = sets.map(([name, baskets]) => [name, prepareHoldout(baskets, 'validation')] as const);
  const rows = grid.map((mix) => {
    const reports = prepared.map(([, split]) => scoreHoldout(split, mix));
    const gain = reports.reduce((sum, r) => sum + r.recommender.ndcg / r.popularity.ndcg, 0) / reports.length;
    const qualifies = reports.every(
      (r) =>
        r.recommender.hitRate > r.popularity.hitRate &&
        r.recommender.recall > r.popularity.recall &&
        r.recommender.ndcg >= 1.05 * r.popularity.ndcg,
    );
    return { mix, reports, gain, qualifies };
  });
  rows.sort((a, b) => Number(b.qualifies) - Number(a.qualifies) || b.gain - a.gain);
  out(`validation split (second-to-last baskets), ${prepared.map(([name]) => name).join(' / ')}: HR / recall / NDCG`);
  const baseline = rows[0]!.reports
    .map((r) => [r.popularity.hitRate, r.popularity.recall, r.popularity.ndcg].map((v) => v.toFixed(3)).join(' '))
    .join('  |  ');
  out(`  popularity  ${baseline}`);
  for (const { mix, reports, gain, qualifies } of rows) {
    const figures = reports
      .map((r) => [r.recommender.hitRate, r.recommender.recall, r.recommender.ndcg].map((v) => v.toFixed(3)).join(' '))
      .join('  |  ');
    out(`  ${qualifies ? '✓' : ' '} ${JSON.stringify(mix)}  ${figures}  NDCG gain ×${gain.toFixed(3)}`);
  }
  out(`in the product: ${JSON.stringify(CUSTOMER_MIX)}`);
}

const sets = await datasets();
if (process.argv.includes('--tune')) tune(sets);
else for (const [name, baskets] of sets) print(name, scoreHoldout(prepareHoldout(baskets, 'test')), baskets);
