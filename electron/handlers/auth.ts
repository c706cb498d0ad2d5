import { changesBetween } from '../host/audit-changes';
import type { Handler, HandlerRegistry } from '../host/context';
import { changePassword } from '../services/auth/change-password';
import { logIn } from '../services/auth/login';
import { openSession } from '../services/auth/open-session';
import { readSessionSettings, writeSessionSettings } from '../services/auth/session-settings';
import { checkUnlock } from '../services/auth/unlock';
import { loadStaffProfile } from '../services/staff/profile';

const login: Handler<'auth.login'> = async (input, ctx) =>
  openSession(ctx, await logIn(ctx, input.username, input.password));

const pinLogin: Handler<'auth.pinLogin'> = async (input, ctx) =>
  openSession(ctx, await logIn(ctx, input.username, input.pin, 'pin'));

const logout: Handler<'auth.logout'> = (_input, ctx) => {
  ctx.sessions.close(ctx.actor.sessionToken);
  return {};
};

const getSession: Handler<'auth.getSession'> = (_input, ctx) => loadStaffProfile(ctx.manager, ctx.actor.staffId);

/** The member's other sessions end: whoever knew the old password is signed out; this one goes on. */
const changeOwnPassword: Handler<'auth.changePassword'> = async (input, ctx) => {
  ctx.audit.entity = 'staff_members';
  ctx.audit.entityId = ctx.actor.staffId;
  await changePassword(ctx, ctx.actor, input.currentPassword, input.newPassword);
  ctx.sessions.closeAllFor(ctx.actor.staffId, ctx.actor.sessionToken);
  ctx.sessions.passwordChanged(ctx.actor.sessionToken);
  return loadStaffProfile(ctx.manager, ctx.actor.staffId);
};

const lock: Handler<'auth.lock'> = (_input, ctx) => {
  ctx.sessions.setLocked(ctx.actor.sessionToken, true);
  return {};
};

const unlock: Handler<'auth.unlock'> = async (input, ctx) => {
  await checkUnlock(ctx, ctx.actor, input);
  ctx.sessions.setLocked(ctx.actor.sessionToken, false);
  return {};
};

const signOutEverywhere: Handler<'auth.signOutEverywhere'> = (_input, ctx) => {
  ctx.sessions.closeAllFor(ctx.actor.staffId);
  ctx.audit.entity = 'staff_members';
  ctx.audit.entityId = ctx.actor.staffId;
  return {};
};

const getSessions: Handler<'settings.getSessions'> = (_input, ctx) => readSessionSettings(ctx.sessions);

/** Audited as the limits that changed, old and new: the screen sends all three, changed or not. */
const setSessions: Handler<'settings.setSessions'> = (input, ctx) => {
  const before = readSessionSettings(ctx.sessions);
  const settings = writeSessionSettings(ctx.sql, ctx.sessions, input);
  ctx.audit.entity = 'settings';
  ctx.audit.details = {
    changes: changesBetween(before, settings, ['idleTimeoutMinutes', 'lifetimeHours', 'lockAfterMinutes']),
  };
  return settings;
};

export const authHandlers = {
  'auth.login': login,
  'auth.pinLogin': pinLogin,
  'auth.logout': logout,
  'auth.getSession': getSession,
  'auth.changePassword': changeOwnPassword,
  'auth.lock': lock,
  'auth.unlock': unlock,
  'auth.signOutEverywhere': signOutEverywhere,
  'settings.getSessions': getSessions,
  'settings.setSessions': setSessions,
} satisfies Partial<HandlerRegistry>;
