import type { StoreSummary } from '../../shared/contract';
import { changesBetween } from '../host/audit-changes';
import type { Handler, HandlerRegistry } from '../host/context';
import { inStoreScope } from '../../shared/store-scope';
import { setStoreTimeZone } from '../services/stores/set-time-zone';
import { requireZonedStore } from '../services/stores/store-zone';

/** An admin sees every store; other staff only the stores they work in, unless choosing a transfer's destination. */
const list: Handler<'stores.list'> = async (input, ctx) => {
  const stores = (await ctx.manager.query(
    'SELECT "id", "code", "name", "time_zone" AS "timeZone" FROM "stores" ORDER BY "name" COLLATE NOCASE, "id"',
  )) as StoreSummary[];
  return input.scope === 'chain' ? stores : stores.filter((store) => inStoreScope(ctx.actor, store.id));
};

const setTimeZone: Handler<'stores.setTimeZone'> = (input, ctx) => {
  const before = requireZonedStore(ctx.sql, input.storeId);
  const store = setStoreTimeZone(ctx.sql, input.storeId, input.timeZone, ctx.clock.now());
  ctx.audit.entity = 'stores';
  ctx.audit.entityId = store.id;
  ctx.audit.details = { changes: changesBetween(before, store, ['timeZone']) };
  return store;
};

export const storesHandlers = {
  'stores.list': list,
  'stores.setTimeZone': setTimeZone,
} satisfies Partial<HandlerRegistry>;
