import type { Handler, HandlerRegistry } from '../host/context';
import { logIn } from '../services/auth/login';
import { loadStaffProfile } from '../services/staff/profile';

const login: Handler<'auth.login'> = async (input, ctx) => {
  const who = await logIn(ctx, input.username, input.password);
  const token = ctx.sessions.open(who);
  return {
    token,
    staff: await loadStaffProfile(ctx.manager, who.staffId),
    idleTimeoutMinutes: ctx.sessions.idleMinutes,
  };
};

const logout: Handler<'auth.logout'> = (_input, ctx) => {
  ctx.sessions.close(ctx.actor.sessionToken);
  return {};
};

const getSession: Handler<'auth.getSession'> = (_input, ctx) => loadStaffProfile(ctx.manager, ctx.actor.staffId);

export const authHandlers = {
  'auth.login': login,
  'auth.logout': logout,
  'auth.getSession': getSession,
} satisfies Partial<HandlerRegistry>;
