/**
 * `npm run eval:recs`: hold out each customer's last basket, recommend from the baskets before
 * it with the product's ranking code, and compare HR@10, recall@10 and NDCG@10 with suggesting
 * the best sellers to everyone, on Northwind and (when the file is there) UCI Online Retail.
 */
import { join } from 'node:path';
import { evaluateHoldout, type EvalMetrics, type EvalReport } from '../electron/services/recommendations/evaluate';
import {
  northwindBaskets,
  onlineRetailBaskets,
  onlineRetailPath,
} from '../electron/services/recommendations/eval-datasets';

const NORTHWIND = join(import.meta.dirname, '..', 'test', 'fixtures', 'northwind');

function print(name: string, report: EvalReport): void {
  const row = (label: string, m: EvalMetrics) =>
    `  ${label.padEnd(12)} HR@${report.k} ${m.hitRate.toFixed(3)}  recall@${report.k} ${m.recall.toFixed(3)}  NDCG@${report.k} ${m.ndcg.toFixed(3)}`;
  process.stdout.write(
    `${name}: ${report.baskets.toLocaleString('en')} baskets, ${report.customers.toLocaleString('en')} customers scored\n` +
      `${row('recommender', report.recommender)}\n${row('popularity', report.popularity)}\n`,
  );
}

print('Northwind', evaluateHoldout(northwindBaskets(NORTHWIND)));
const retail = onlineRetailPath();
if (retail === null) {
  process.stdout.write(
    'Online Retail: skipped, no file at /work/shared/data/online-retail/online_retail.csv.gz (set BACKROOM_ONLINE_RETAIL to its path)\n',
  );
} else {
  print('Online Retail', evaluateHoldout(await onlineRetailBaskets(retail)));
}
