import type { Handler, HandlerRegistry } from '../host/context';
import {
  addExclusion,
  pinProduct,
  readRules,
  removeExclusion,
  unpinProduct,
} from '../services/recommendations/manage-rules';
import { suggestForBasket, suggestForCustomer } from '../services/recommendations/suggestions';

const forCustomer: Handler<'recommendations.forCustomer'> = (input, ctx) => ({
  items: suggestForCustomer(ctx.sql, input.customerId, input.limit, ctx.clock.now()),
});

const forBasket: Handler<'recommendations.forBasket'> = (input, ctx) => ({
  items: suggestForBasket(ctx.sql, input.productIds, input.limit),
});

const forProduct: Handler<'recommendations.forProduct'> = (input, ctx) => ({
  items: suggestForBasket(ctx.sql, [input.productId], input.limit),
});

const rules: Handler<'recommendations.rules'> = (_input, ctx) => readRules(ctx.sql);

const exclude: Handler<'recommendations.exclude'> = (input, ctx) => {
  const id = addExclusion(ctx.sql, input, ctx.actor.staffId, ctx.clock.now());
  Object.assign(ctx.audit, { entity: 'recommendation_exclusions', entityId: id, details: { ...input } });
  return readRules(ctx.sql);
};

const removeExcluded: Handler<'recommendations.removeExclusion'> = (input, ctx) => {
  removeExclusion(ctx.sql, input.id);
  Object.assign(ctx.audit, { entity: 'recommendation_exclusions', entityId: input.id });
  return readRules(ctx.sql);
};

const pin: Handler<'recommendations.pin'> = (input, ctx) => {
  pinProduct(ctx.sql, input.productId, ctx.actor.staffId, ctx.clock.now());
  Object.assign(ctx.audit, { entity: 'recommendation_pins', entityId: input.productId });
  return readRules(ctx.sql);
};

const unpin: Handler<'recommendations.unpin'> = (input, ctx) => {
  unpinProduct(ctx.sql, input.productId);
  Object.assign(ctx.audit, { entity: 'recommendation_pins', entityId: input.productId });
  return readRules(ctx.sql);
};

const rebuild: Handler<'recommendations.rebuild'> = (_input, ctx) => {
  const jobId = ctx.jobs.start('recommendations.rebuild', {}, ctx.actor);
  Object.assign(ctx.audit, { entity: 'job', entityId: jobId, details: { kind: 'recommendations.rebuild' } });
  return { jobId };
};

export const recommendationsHandlers = {
  'recommendations.forCustomer': forCustomer,
  'recommendations.forBasket': forBasket,
  'recommendations.forProduct': forProduct,
  'recommendations.rules': rules,
  'recommendations.exclude': exclude,
  'recommendations.removeExclusion': removeExcluded,
  'recommendations.pin': pin,
  'recommendations.unpin': unpin,
  'recommendations.rebuild': rebuild,
} satisfies Partial<HandlerRegistry>;
