import type { BenchSuite } from '../suite';
import { analyticsSuite } from './analytics';
import { backupSuite } from './backup';
import { concurrencySuite } from './concurrency';
import { customersSuite } from './customers';
import { importSuite } from './import';
import { messagesSuite } from './messages';
import { ordersSuite } from './orders';
import { outboxSuite } from './outbox';
import { productsSuite } from './products';
import { receivingSuite } from './receiving';
import { recommendationsSuite } from './recommendations';
import { syncSuite } from './sync';

/** Every benchmark suite, run in this order by `npm run bench`. */
export const suites: readonly BenchSuite[] = [
  productsSuite,
  receivingSuite,
  ordersSuite,
  customersSuite,
  concurrencySuite,
  outboxSuite,
  importSuite,
  analyticsSuite,
  messagesSuite,
  backupSuite,
  syncSuite,
  recommendationsSuite,
];
