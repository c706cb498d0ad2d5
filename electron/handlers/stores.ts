import type { Handler, HandlerRegistry } from '../host/context';
import { setStoreTimeZone } from '../services/stores/set-time-zone';

const list: Handler<'stores.list'> = (_input, ctx) =>
  ctx.manager.query(
    'SELECT "id", "code", "name", "time_zone" AS "timeZone" FROM "stores" ORDER BY "name" COLLATE NOCASE, "id"',
  );

const setTimeZone: Handler<'stores.setTimeZone'> = (input, ctx) => {
  const store = setStoreTimeZone(ctx.sql, input.storeId, input.timeZone, ctx.clock.now());
  ctx.audit.entity = 'stores';
  ctx.audit.entityId = store.id;
  return store;
};

export const storesHandlers = {
  'stores.list': list,
  'stores.setTimeZone': setTimeZone,
} satisfies Partial<HandlerRegistry>;
