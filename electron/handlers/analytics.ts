import type { Handler, HandlerRegistry } from '../host/context';
import { loadDashboard } from '../services/analytics/dashboard';

const dashboard: Handler<'analytics.dashboard'> = (input, ctx) => loadDashboard(ctx.sql, input);

export const analyticsHandlers = {
  'analytics.dashboard': dashboard,
} satisfies Partial<HandlerRegistry>;
