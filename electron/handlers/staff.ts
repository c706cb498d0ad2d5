import type { Handler, HandlerRegistry } from '../host/context';
import { createStaff } from '../services/staff/create-staff';
import { listStaffProfiles, loadStaffProfile } from '../services/staff/profile';
import { updateStaff } from '../services/staff/update-staff';

const list: Handler<'staff.list'> = (_input, ctx) => listStaffProfiles(ctx.manager);

const create: Handler<'staff.create'> = async (input, ctx) => {
  const staffId = await createStaff(ctx.manager, { ...input, storeId: ctx.actor.storeId }, ctx.clock.now());
  ctx.audit.entity = 'staff_members';
  ctx.audit.entityId = staffId;
  ctx.audit.details = { username: input.username, role: input.role };
  return loadStaffProfile(ctx.manager, staffId);
};

/**
 * A change of role, store, standing or password ends the member's sessions at once, so no
 * screen acts on the old terms (an admin resetting their own password keeps the session they
 * are using). Ended even if the write later fails: logging out too eagerly is the safe side.
 */
const update: Handler<'staff.update'> = async (input, ctx) => {
  const { changed, endsSessions } = await updateStaff(ctx.sql, ctx.actor.staffId, input, ctx.clock.now());
  if (endsSessions) {
    const current = input.staffId === ctx.actor.staffId ? ctx.actor.sessionToken : undefined;
    ctx.sessions.closeAllFor(input.staffId, current);
  }
  ctx.audit.entity = 'staff_members';
  ctx.audit.entityId = input.staffId;
  ctx.audit.details = { changed };
  return loadStaffProfile(ctx.manager, input.staffId);
};

export const staffHandlers = {
  'staff.list': list,
  'staff.create': create,
  'staff.update': update,
} satisfies Partial<HandlerRegistry>;
