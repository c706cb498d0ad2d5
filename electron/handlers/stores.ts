import type { Handler, HandlerRegistry } from '../host/context';

const list: Handler<'stores.list'> = (_input, ctx) =>
  ctx.manager.query('SELECT "id", "code", "name" FROM "stores" ORDER BY "name" COLLATE NOCASE, "id"');

export const storesHandlers = {
  'stores.list': list,
} satisfies Partial<HandlerRegistry>;
