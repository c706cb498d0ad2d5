import type { Handler, HandlerRegistry } from '../host/context';
import { createStaff } from '../services/staff/create-staff';
import { listStaffProfiles, loadStaffProfile } from '../services/staff/profile';

const list: Handler<'staff.list'> = (_input, ctx) => listStaffProfiles(ctx.manager);

const create: Handler<'staff.create'> = async (input, ctx) => {
  const staffId = await createStaff(ctx.manager, { ...input, storeId: ctx.actor.storeId }, ctx.clock.now());
  ctx.audit.entity = 'staff_members';
  ctx.audit.entityId = staffId;
  ctx.audit.details = { username: input.username, role: input.role };
  return loadStaffProfile(ctx.manager, staffId);
};

export const staffHandlers = {
  'staff.list': list,
  'staff.create': create,
} satisfies Partial<HandlerRegistry>;
