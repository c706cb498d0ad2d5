import type { Handler, HandlerRegistry } from '../host/context';

const list: Handler<'jobs.list'> = (input, ctx) => ({ items: ctx.jobs.list(input.limit, ctx.actor) });

const get: Handler<'jobs.get'> = (input, ctx) => ctx.jobs.get(input.id, ctx.actor);

const cancel: Handler<'jobs.cancel'> = (input, ctx) => ctx.jobs.cancel(input.id, ctx.actor);

export const jobsHandlers = {
  'jobs.list': list,
  'jobs.get': get,
  'jobs.cancel': cancel,
} satisfies Partial<HandlerRegistry>;
