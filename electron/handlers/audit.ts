import type { Handler, HandlerRegistry } from '../host/context';
import { listAudit } from '../services/audit/list-audit';
import { verifyAuditChain } from '../services/audit/verify-chain';

const list: Handler<'audit.list'> = (input, ctx) => listAudit(ctx.sql, ctx.actor.storeId, input);

const verify: Handler<'audit.verify'> = (_input, ctx) => verifyAuditChain(ctx.sql);

export const auditHandlers = {
  'audit.list': list,
  'audit.verify': verify,
} satisfies Partial<HandlerRegistry>;
