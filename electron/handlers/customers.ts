import { changesBetween } from '../host/audit-changes';
import type { AuditNote, AuthedContext, Handler, HandlerRegistry } from '../host/context';
import { anonymizeCustomer } from '../services/customers/anonymize-customer';
import { setCustomerArchived } from '../services/customers/archive-customer';
import { listCustomerOrders } from '../services/customers/customer-orders';
import { loadCustomerProfile } from '../services/customers/customer-profile';
import { requireCustomer } from '../services/customers/customer-record';
import { exportCustomer } from '../services/customers/export-customer';
import { lapsedCustomers } from '../services/customers/lapsed-customers';
import { listCustomers } from '../services/customers/list-customers';
import { mergeCustomers } from '../services/customers/merge-customers';
import { neverPurchased } from '../services/customers/never-purchased';
import { readPhoneCountry, savePhoneCountry } from '../services/customers/phone-country';
import { recomputeSegments } from '../services/customers/recompute-segments';
import { recordInteraction } from '../services/customers/record-interaction';
import { searchCustomers } from '../services/customers/search-customers';
import { segmentCounts } from '../services/customers/segment-counts';
import { topCustomers } from '../services/customers/top-customers';
import { createCustomer, updateCustomer } from '../services/customers/write-customer';
import { requireZonedStore } from '../services/stores/store-zone';

/**
 * Names the row a write touched and what happened, for the audit entry the dispatcher writes.
 * Details never hold names, emails or phones: the audit log is append-only, and anonymizing a
 * customer must leave no copy of them behind.
 */
function audit(ctx: AuthedContext, entityId: number, details: AuditNote['details']): void {
  Object.assign(ctx.audit, { entity: 'customers', entityId, details });
}

const search: Handler<'customers.search'> = (input, ctx) => searchCustomers(ctx.sql, input);

const list: Handler<'customers.list'> = (input, ctx) => listCustomers(ctx.sql, input);

const get: Handler<'customers.get'> = (input, ctx) => loadCustomerProfile(ctx.sql, input.id);

const listOrders: Handler<'customers.listOrders'> = (input, ctx) => listCustomerOrders(ctx.sql, input);

const create: Handler<'customers.create'> = (input, ctx) => {
  const id = createCustomer(ctx.sql, ctx.actor.storeId, ctx.clock.now(), input);
  audit(ctx, id, { marketingConsent: input.marketingConsent });
  return loadCustomerProfile(ctx.sql, id);
};

/** The fields whose old and new values may be audited: the rest say who the customer is. */
const VALUE_AUDITED_FIELDS = ['marketingConsent', 'homeStoreId'] as const;

const update: Handler<'customers.update'> = (input, ctx) => {
  const before = requireCustomer(ctx.sql, input.id);
  const changed = updateCustomer(ctx.sql, ctx.clock.now(), input);
  const changes = changesBetween(before, requireCustomer(ctx.sql, input.id), VALUE_AUDITED_FIELDS);
  audit(ctx, input.id, { changed, ...(Object.keys(changes).length > 0 ? { changes } : {}) });
  return loadCustomerProfile(ctx.sql, input.id);
};

const archive: Handler<'customers.archive'> = (input, ctx) => {
  audit(ctx, input.id, { archived: true, changed: setCustomerArchived(ctx.sql, ctx.clock.now(), input.id, true) });
  return loadCustomerProfile(ctx.sql, input.id);
};

const restore: Handler<'customers.restore'> = (input, ctx) => {
  audit(ctx, input.id, { archived: false, changed: setCustomerArchived(ctx.sql, ctx.clock.now(), input.id, false) });
  return loadCustomerProfile(ctx.sql, input.id);
};

const merge: Handler<'customers.merge'> = (input, ctx) => {
  const outcome = mergeCustomers(ctx.sql, ctx.actor.staffId, ctx.clock.now(), input);
  audit(ctx, input.targetId, { sourceId: input.sourceId, ...outcome.moved, filled: outcome.filled });
  return { customer: loadCustomerProfile(ctx.sql, input.targetId), ...outcome };
};

const exportData: Handler<'customers.exportData'> = (input, ctx) => {
  const data = exportCustomer(ctx.sql, ctx.clock.now(), input.id);
  audit(ctx, input.id, { exported: true, orders: data.orders.length, interactions: data.interactions.length });
  return data;
};

const anonymize: Handler<'customers.anonymize'> = (input, ctx) => {
  anonymizeCustomer(ctx.sql, ctx.clock.now(), input);
  audit(ctx, input.id, { anonymized: true });
  return loadCustomerProfile(ctx.sql, input.id);
};

const interact: Handler<'customers.recordInteraction'> = (input, ctx) => {
  const interaction = recordInteraction(ctx.sql, ctx.clock.now(), input);
  audit(ctx, input.customerId, { interactionId: interaction.id, productId: input.productId, kind: input.kind });
  return interaction;
};

const recompute: Handler<'customers.recomputeSegments'> = (_input, ctx) => {
  const counts = recomputeSegments(ctx.sql, storeClock(ctx));
  Object.assign(ctx.audit, { entity: 'customer_segments', details: { computedAt: counts.computedAt } });
  return counts;
};

const segments: Handler<'customers.segments'> = (_input, ctx) => segmentCounts(ctx.sql);

const top: Handler<'customers.top'> = (input, ctx) => topCustomers(ctx.sql, input);

const never: Handler<'customers.neverPurchased'> = (input, ctx) => neverPurchased(ctx.sql, input);

const lapsed: Handler<'customers.lapsed'> = (input, ctx) => lapsedCustomers(ctx.sql, storeClock(ctx), input);

const getPhoneCountry: Handler<'settings.getPhoneCountry'> = (_input, ctx) => ({
  phoneCountry: readPhoneCountry(ctx.sql),
});

/** Counts only: the duplicates' names and numbers must not reach the append-only audit log. */
const setPhoneCountry: Handler<'settings.setPhoneCountry'> = (input, ctx) => {
  const before = readPhoneCountry(ctx.sql);
  const saved = savePhoneCountry(ctx.sql, ctx.clock.now(), input);
  ctx.audit.entity = 'settings';
  ctx.audit.details = {
    from: before,
    to: saved.phoneCountry,
    renumbered: saved.renumbered,
    unchanged: saved.unchanged,
    duplicates: saved.duplicates.length,
  };
  return saved;
};

/** Now, and the zone of the caller's store: "the last N days" are days of that store's calendar. */
function storeClock(ctx: AuthedContext): { now: Date; timeZone: string } {
  return { now: ctx.clock.now(), timeZone: requireZonedStore(ctx.sql, ctx.actor.storeId).timeZone };
}

export const customersHandlers = {
  'customers.search': search,
  'customers.list': list,
  'customers.get': get,
  'customers.listOrders': listOrders,
  'customers.create': create,
  'customers.update': update,
  'customers.archive': archive,
  'customers.restore': restore,
  'customers.merge': merge,
  'customers.exportData': exportData,
  'customers.anonymize': anonymize,
  'customers.recordInteraction': interact,
  'customers.recomputeSegments': recompute,
  'customers.segments': segments,
  'customers.top': top,
  'customers.neverPurchased': never,
  'customers.lapsed': lapsed,
  'settings.getPhoneCountry': getPhoneCountry,
  'settings.setPhoneCountry': setPhoneCountry,
} satisfies Partial<HandlerRegistry>;
