import { AppError } from '../../shared/errors';
import { seedDatabase } from '../../database/seed';
import type { Handler, HandlerRegistry } from '../host/context';
import { hashPassword } from '../services/auth/password';

/** Loads the demo dataset into a store that has no products yet, reporting progress as it goes. */
const loadData: Handler<'demo.loadData'> = async (_input, ctx) => {
  const [row] = (await ctx.manager.query('SELECT COUNT(*) AS "count" FROM "products"')) as { count: number }[];
  if (row!.count > 0) throw new AppError('CONFLICT', 'Demo data can only be loaded into an empty catalog.');
  const summary = await seedDatabase(ctx.dataSource, {
    scale: 'demo',
    hashPassword,
    onProgress: (progress) => ctx.events.emit('task.progress', { task: 'demo', ...progress }),
  });
  ctx.audit.details = { ...summary };
  return {
    stores: summary.stores,
    products: summary.products,
    customers: summary.customers,
    orders: summary.orders,
  };
};

export const demoHandlers = {
  'demo.loadData': loadData,
} satisfies Partial<HandlerRegistry>;
