import { AppError } from '../../shared/errors';
import type { Handler, HandlerRegistry } from '../host/context';
import { confirmPassword } from '../services/auth/change-password';
import { readStanding } from '../services/auth/staff-standing';
import { createStaff } from '../services/staff/create-staff';
import { listStaffProfiles, loadStaffProfile } from '../services/staff/profile';
import { writePin } from '../services/staff/set-pin';
import { updateStaff } from '../services/staff/update-staff';

const list: Handler<'staff.list'> = (input, ctx) => listStaffProfiles(ctx.manager, input.includeDisabled);

/** Noted before the insert, so a refused create (a username taken) says what was tried too. */
const create: Handler<'staff.create'> = async (input, ctx) => {
  const storeId = input.storeId ?? ctx.actor.storeId;
  ctx.audit.entity = 'staff_members';
  ctx.audit.details = {
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    storeId,
    ...(input.storeIds && { storeIds: input.storeIds }),
  };
  const staffId = await createStaff(ctx.manager, { ...input, storeId }, ctx.clock.now());
  ctx.audit.entityId = staffId;
  return loadStaffProfile(ctx.manager, staffId);
};

/**
 * A change of role, stores, standing or password ends the member's sessions at once, so no
 * screen acts on the old terms. An admin changing their own password or stores keeps the session
 * they are using, on the new stores. Ended even if the write later fails: logging out too eagerly
 * is the safe side.
 */
const update: Handler<'staff.update'> = async (input, ctx) => {
  const { changes, passwordReset, endsSessions } = await updateStaff(
    ctx.sql,
    ctx.actor.staffId,
    input,
    ctx.clock.now(),
  );
  if (endsSessions) {
    const own = input.staffId === ctx.actor.staffId;
    ctx.sessions.closeAllFor(input.staffId, own ? ctx.actor.sessionToken : undefined);
    // Read in this transaction, so it already says what the write made of the row.
    const standing = own ? readStanding(ctx.sql, input.staffId) : null;
    if (standing) ctx.sessions.restand(ctx.actor.sessionToken, standing);
  }
  ctx.audit.entity = 'staff_members';
  ctx.audit.entityId = input.staffId;
  ctx.audit.details = { changes, ...(passwordReset ? { passwordReset } : {}) };
  return loadStaffProfile(ctx.manager, input.staffId);
};

/**
 * One's own PIN is set or cleared after giving one's password; an admin may clear another's (a
 * PIN seen over a shoulder), never choose it for them.
 */
const setPin: Handler<'staff.setPin'> = async (input, ctx) => {
  const staffId = input.staffId ?? ctx.actor.staffId;
  ctx.audit.entity = 'staff_members';
  ctx.audit.entityId = staffId;
  ctx.audit.details = { pin: input.pin === null ? 'cleared' : 'set' };
  if (staffId === ctx.actor.staffId) {
    if (input.password === undefined) {
      throw new AppError('VALIDATION', 'Give your password to change your PIN.', {
        issues: [{ path: 'password', message: 'Required' }],
      });
    }
    await confirmPassword(ctx, ctx.actor, input.password);
  } else if (ctx.actor.role !== 'admin' || input.pin !== null) {
    throw new AppError('FORBIDDEN', 'Only the member sets their own PIN; an admin may only clear it.');
  }
  await writePin(ctx.sql, staffId, input.pin, ctx.clock.now());
  return loadStaffProfile(ctx.manager, staffId);
};

const signOut: Handler<'staff.signOut'> = async (input, ctx) => {
  await loadStaffProfile(ctx.manager, input.staffId);
  ctx.sessions.closeAllFor(input.staffId);
  ctx.audit.entity = 'staff_members';
  ctx.audit.entityId = input.staffId;
  return {};
};

export const staffHandlers = {
  'staff.list': list,
  'staff.create': create,
  'staff.update': update,
  'staff.setPin': setPin,
  'staff.signOut': signOut,
} satisfies Partial<HandlerRegistry>;
