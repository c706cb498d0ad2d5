import type { Handler, HandlerRegistry } from '../host/context';
import { createDrafts } from '../services/purchasing/create-drafts';
import { listLowStock } from '../services/purchasing/list-low-stock';
import { cancelPurchaseOrder, sendPurchaseOrder } from '../services/purchasing/purchase-orders/change-status';
import { createPurchaseOrder } from '../services/purchasing/purchase-orders/create-purchase-order';
import { listPurchaseOrders } from '../services/purchasing/purchase-orders/list-purchase-orders';
import { getPurchaseOrder } from '../services/purchasing/purchase-orders/purchase-order-rows';
import { receiveDelivery } from '../services/purchasing/purchase-orders/receive-delivery';
import { updatePurchaseOrder } from '../services/purchasing/purchase-orders/update-purchase-order';
import { suggestReorders } from '../services/purchasing/suggest-reorders';

const lowStock: Handler<'lowStock.list'> = (input, ctx) =>
  listLowStock(ctx.sql, ctx.actor.storeId, ctx.clock.now(), input);

const suggest: Handler<'purchasing.suggestReorders'> = (input, ctx) =>
  suggestReorders(ctx.sql, input.storeId ?? ctx.actor.storeId, ctx.clock.now());

const drafts: Handler<'purchasing.createDrafts'> = (input, ctx) => {
  const purchaseOrders = createDrafts(ctx.sql, ctx.actor, ctx.clock.now(), input);
  ctx.audit.entity = 'purchase_orders';
  ctx.audit.details = { purchaseOrderIds: purchaseOrders.map((order) => order.id) };
  return { purchaseOrders };
};

const list: Handler<'purchaseOrders.list'> = (input, ctx) => listPurchaseOrders(ctx.sql, ctx.actor.storeId, input);

const get: Handler<'purchaseOrders.get'> = (input, ctx) => getPurchaseOrder(ctx.sql, input.id, ctx.actor);

const create: Handler<'purchaseOrders.create'> = (input, ctx) => {
  const purchaseOrderId = createPurchaseOrder(ctx.sql, ctx.actor, ctx.clock.now(), input);
  ctx.audit.entity = 'purchase_orders';
  ctx.audit.entityId = purchaseOrderId;
  ctx.audit.details = { supplierId: input.supplierId, lines: input.lines.length };
  return getPurchaseOrder(ctx.sql, purchaseOrderId, ctx.actor);
};

const update: Handler<'purchaseOrders.update'> = (input, ctx) => {
  updatePurchaseOrder(ctx.sql, ctx.actor, ctx.clock.now(), input);
  ctx.audit.entity = 'purchase_orders';
  ctx.audit.entityId = input.id;
  ctx.audit.details = { lines: input.lines.length };
  return getPurchaseOrder(ctx.sql, input.id, ctx.actor);
};

const send: Handler<'purchaseOrders.send'> = (input, ctx) => {
  sendPurchaseOrder(ctx.sql, ctx.actor, ctx.clock.now(), input);
  ctx.audit.entity = 'purchase_orders';
  ctx.audit.entityId = input.id;
  return getPurchaseOrder(ctx.sql, input.id, ctx.actor);
};

const cancel: Handler<'purchaseOrders.cancel'> = (input, ctx) => {
  cancelPurchaseOrder(ctx.sql, ctx.actor, ctx.clock.now(), input);
  ctx.audit.entity = 'purchase_orders';
  ctx.audit.entityId = input.id;
  return getPurchaseOrder(ctx.sql, input.id, ctx.actor);
};

const receive: Handler<'purchaseOrders.receive'> = async (input, ctx) => {
  ctx.audit.entity = 'purchase_orders';
  ctx.audit.entityId = input.id;
  const receipt = await receiveDelivery(ctx.sql, ctx.actor, ctx.clock.now(), input, ctx);
  ctx.audit.details = {
    lines: input.lines.length,
    units: receipt.units,
    costChanges: receipt.costChanges,
    ...(receipt.overReceived.length > 0 && {
      overReceipt: true,
      overReceived: receipt.overReceived,
      approvedBy: receipt.approvedBy,
    }),
  };
  return getPurchaseOrder(ctx.sql, input.id, ctx.actor);
};

export const purchasingHandlers = {
  'lowStock.list': lowStock,
  'purchasing.suggestReorders': suggest,
  'purchasing.createDrafts': drafts,
  'purchaseOrders.list': list,
  'purchaseOrders.get': get,
  'purchaseOrders.create': create,
  'purchaseOrders.update': update,
  'purchaseOrders.send': send,
  'purchaseOrders.cancel': cancel,
  'purchaseOrders.receive': receive,
} satisfies Partial<HandlerRegistry>;
