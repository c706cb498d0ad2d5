import type { Handler, HandlerRegistry } from '../host/context';
import { adjustStock } from '../services/stock/adjust-stock';
import { applyCount } from '../services/stock/apply-count';
import { countSheet } from '../services/stock/count-sheet';
import { getCount } from '../services/stock/get-count';
import { listMovements } from '../services/stock/list-movements';
import { getTransfer } from '../services/stock/transfers/transfer-rows';
import { listTransfers } from '../services/stock/transfers/list-transfers';
import { receiveTransfer } from '../services/stock/transfers/receive-transfer';
import { sendTransfer } from '../services/stock/transfers/send-transfer';

const adjust: Handler<'stock.adjust'> = (input, ctx) => {
  const result = adjustStock(ctx.sql, ctx.actor, ctx.clock.now(), input);
  ctx.audit.entity = 'stock_movements';
  ctx.audit.entityId = result.movementId;
  ctx.audit.details = { productId: input.productId, quantity: input.quantity, reason: input.reason };
  return result;
};

const listStockMovements: Handler<'stock.listMovements'> = (input, ctx) =>
  listMovements(ctx.sql, ctx.actor.storeId, input);

const applyStockCount: Handler<'stock.applyCount'> = async (input, ctx) => {
  const { varianceCents, approvedBy, ...result } = await applyCount(ctx.sql, ctx.actor, ctx.clock.now(), input, ctx);
  ctx.audit.entity = 'stock_counts';
  ctx.audit.entityId = result.countId;
  ctx.audit.details = {
    lines: result.lines,
    changed: result.changed,
    varianceCents,
    ...(approvedBy !== null && { approvedBy }),
  };
  return result;
};

const getStockCount: Handler<'stock.getCount'> = (input, ctx) => getCount(ctx.sql, input.id);

const blankCountSheet: Handler<'stock.countSheet'> = (input, ctx) => countSheet(ctx.sql, ctx.actor.storeId, input);

const sendStockTransfer: Handler<'transfers.send'> = (input, ctx) => {
  const transferId = sendTransfer(ctx.sql, ctx.actor, ctx.clock.now(), input);
  ctx.audit.entity = 'stock_transfers';
  ctx.audit.entityId = transferId;
  ctx.audit.details = { toStoreId: input.toStoreId, lines: input.lines.length };
  return getTransfer(ctx.sql, transferId);
};

const receiveStockTransfer: Handler<'transfers.receive'> = (input, ctx) => {
  const discrepancies = receiveTransfer(ctx.sql, ctx.actor, ctx.clock.now(), input);
  ctx.audit.entity = 'stock_transfers';
  ctx.audit.entityId = input.id;
  ctx.audit.details = { lines: input.lines.length, discrepancies };
  return getTransfer(ctx.sql, input.id);
};

const listStockTransfers: Handler<'transfers.list'> = (input, ctx) => listTransfers(ctx.sql, ctx.actor.storeId, input);

const getStockTransfer: Handler<'transfers.get'> = (input, ctx) => getTransfer(ctx.sql, input.id);

export const stockHandlers = {
  'stock.adjust': adjust,
  'stock.listMovements': listStockMovements,
  'stock.applyCount': applyStockCount,
  'stock.getCount': getStockCount,
  'stock.countSheet': blankCountSheet,
  'transfers.send': sendStockTransfer,
  'transfers.receive': receiveStockTransfer,
  'transfers.list': listStockTransfers,
  'transfers.get': getStockTransfer,
} satisfies Partial<HandlerRegistry>;
