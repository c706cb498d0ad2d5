import { AppError } from '../../shared/errors';
import type { Handler, HandlerRegistry } from '../host/context';

/** Starts the demo data job for a store that has no products yet. */
const loadData: Handler<'demo.loadData'> = (_input, ctx) => {
  const used = ctx.sql.prepare('SELECT EXISTS (SELECT 1 FROM "products") AS "used"').pluck().get();
  if (used === 1) throw new AppError('CONFLICT', 'Demo data can only be loaded into an empty catalog.');
  // The history ends on the app's today (the clock a test or a demo sets), not the thread's.
  const jobId = ctx.jobs.start('demo.load', { endAt: ctx.clock.now().toISOString() }, ctx.actor);
  ctx.audit.entity = 'job';
  ctx.audit.entityId = jobId;
  return { jobId };
};

export const demoHandlers = {
  'demo.loadData': loadData,
} satisfies Partial<HandlerRegistry>;
