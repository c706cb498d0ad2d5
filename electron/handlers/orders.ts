import type { Handler, HandlerRegistry } from '../host/context';
import { endOfDay } from '../services/orders/end-of-day';
import { listOrders } from '../services/orders/list-orders';
import { readOrderDetail } from '../services/orders/order-detail';
import { placeOrder } from '../services/orders/place-order';
import { quoteOrder } from '../services/orders/quote-order';
import { readReceipt } from '../services/orders/receipt';
import { returnItems } from '../services/orders/return-order';
import { readSalesSettings, writeSalesSettings } from '../services/orders/sales-settings';
import { transitionOrder } from '../services/orders/transition-order';
import { recordSaleBasket, saleBasketBefore, updateSaleBasket } from '../services/recommendations/record-sale';

const quote: Handler<'orders.quote'> = (input, ctx) => quoteOrder(ctx.sql, ctx.actor.storeId, input);

const place: Handler<'orders.place'> = async (input, ctx) => {
  const { orderId, replayed } = await placeOrder(ctx.sql, ctx.actor, ctx.clock.now(), input, ctx);
  if (!replayed) recordSaleBasket(ctx.sql, orderId);
  const receipt = readReceipt(ctx.sql, orderId);
  ctx.audit.entity = 'orders';
  ctx.audit.entityId = orderId;
  ctx.audit.details = replayed
    ? { replayed: true, idempotencyKey: input.idempotencyKey }
    : {
        orderNumber: receipt.orderNumber,
        status: receipt.status,
        totalCents: receipt.totalCents,
        discountCents: receipt.discountCents,
        lines: receipt.lines.length,
        payments: receipt.payments.map((payment) => ({ method: payment.method, amountCents: payment.amountCents })),
        ...(receipt.discountApproval && { approvedBy: receipt.discountApproval.approvedBy.id }),
      };
  return receipt;
};

const getReceipt: Handler<'orders.getReceipt'> = (input, ctx) => readReceipt(ctx.sql, input.id);

const transition: Handler<'orders.transition'> = (input, ctx) => {
  ctx.audit.entity = 'orders';
  ctx.audit.entityId = input.id;
  const basket = saleBasketBefore(ctx.sql, input.id);
  const { from, returnId } = transitionOrder(ctx.sql, ctx.actor, ctx.clock.now(), input);
  updateSaleBasket(ctx.sql, input.id, basket);
  ctx.audit.details = { from, to: input.to, reason: input.reason ?? null, ...(returnId !== null && { returnId }) };
  return readOrderDetail(ctx.sql, input.id, ctx.actor);
};

const takeBack: Handler<'orders.return'> = async (input, ctx) => {
  ctx.audit.entity = 'orders';
  ctx.audit.entityId = input.orderId;
  const basket = saleBasketBefore(ctx.sql, input.orderId);
  const { approvedBy, ...written } = await returnItems(ctx.sql, ctx.actor, ctx.clock.now(), input, ctx);
  updateSaleBasket(ctx.sql, input.orderId, basket);
  ctx.audit.details = {
    returnId: written.returnId,
    refundTo: input.refundTo,
    refunds: written.refunds,
    ...(approvedBy !== null && { approvedBy }),
  };
  return { ...written, order: readOrderDetail(ctx.sql, input.orderId, ctx.actor) };
};

const list: Handler<'orders.list'> = (input, ctx) => listOrders(ctx.sql, ctx.actor.storeId, input);

const get: Handler<'orders.get'> = (input, ctx) => readOrderDetail(ctx.sql, input.id, ctx.actor);

const closeDay: Handler<'orders.endOfDay'> = (input, ctx) =>
  endOfDay(ctx.sql, input.storeId ?? ctx.actor.storeId, input.date, ctx.clock.now());

const getSales: Handler<'settings.getSales'> = (_input, ctx) => readSalesSettings(ctx.sql);

const setSales: Handler<'settings.setSales'> = (input, ctx) => {
  const before = readSalesSettings(ctx.sql);
  writeSalesSettings(ctx.sql, input);
  const after = readSalesSettings(ctx.sql);
  ctx.audit.entity = 'settings';
  ctx.audit.details = { from: before, to: after };
  return after;
};

export const ordersHandlers = {
  'orders.quote': quote,
  'orders.place': place,
  'orders.getReceipt': getReceipt,
  'orders.transition': transition,
  'orders.return': takeBack,
  'orders.list': list,
  'orders.get': get,
  'orders.endOfDay': closeDay,
  'settings.getSales': getSales,
  'settings.setSales': setSales,
} satisfies Partial<HandlerRegistry>;
