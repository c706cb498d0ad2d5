import type { Handler, HandlerRegistry } from '../host/context';
import { openSession } from '../services/auth/open-session';
import { createFirstStore, firstStoreName, needsSetup } from '../services/setup/create-store';
import { loadStaffProfile } from '../services/staff/profile';

const getStatus: Handler<'setup.getStatus'> = async (_input, ctx) => ({
  needsSetup: await needsSetup(ctx.manager),
  storeName: await firstStoreName(ctx.manager),
});

const createStore: Handler<'setup.createStore'> = async (input, ctx) => {
  const staffId = await createFirstStore(ctx.manager, input, ctx.clock.now());
  const staff = await loadStaffProfile(ctx.manager, staffId);
  ctx.audit.entity = 'stores';
  ctx.audit.entityId = staff.storeId;
  return openSession(ctx, staffId);
};

export const setupHandlers = {
  'setup.getStatus': getStatus,
  'setup.createStore': createStore,
} satisfies Partial<HandlerRegistry>;
