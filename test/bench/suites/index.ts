import type { BenchSuite } from '../suite';
import { customersSuite } from './customers';
import { ordersSuite } from './orders';
import { productsSuite } from './products';
import { receivingSuite } from './receiving';

/** Every benchmark suite, run in this order by `npm run bench`. */
export const suites: readonly BenchSuite[] = [productsSuite, receivingSuite, ordersSuite, customersSuite];
