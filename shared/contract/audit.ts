import { z } from 'zod';
import { channel } from './channel';
import { cursor, id, pageLimit } from './common';

/** How an audited call ended. */
export const AUDIT_RESULTS = ['ok', 'error', 'forbidden', 'unauthenticated'] as const;
export type AuditResultName = (typeof AUDIT_RESULTS)[number];

const filterText = (max: number) => z.string().trim().min(1).max(max);

/**
 * The filters of the audit trail. Days are days of the caller's store's clock, both included;
 * `text` is looked for in the details (changed values, inputs, reasons).
 */
export const auditListInput = z.strictObject({
  staffId: id.optional(),
  /** Actions starting with this: `products.` for every product write, `auth.login` for log-ins. */
  actionPrefix: filterText(80).optional(),
  entity: filterText(80).optional(),
  entityId: filterText(80).optional(),
  result: z.enum(AUDIT_RESULTS).optional(),
  fromDay: z.iso.date().optional(),
  toDay: z.iso.date().optional(),
  text: filterText(100).optional(),
  cursor: cursor.optional(),
  limit: pageLimit,
});
export type AuditListInput = z.input<typeof auditListInput>;

export const auditEntry = z.object({
  id,
  occurredAt: z.string(),
  /** Who acted; null for calls without a session (a refused log-in of an unknown name). */
  staff: z.object({ id, name: z.string() }).nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  result: z.enum(AUDIT_RESULTS),
  errorCode: z.string().nullable(),
  /** What the call recorded; edits hold `changes: { field: { from, to } }`. */
  details: z.record(z.string(), z.unknown()).nullable(),
  /** `window:<id>`, `browser:<session id>`, `cli` or `job:<id>`; null for rows older than the origin. */
  origin: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const CHAIN_BREAKS = ['hash', 'prev_hash', 'gap'] as const;

/** What the check of the chain found: every row linked, or the first row whose link is broken and why. */
export const auditChainReport = z.discriminatedUnion('status', [
  z.object({ status: z.literal('intact'), rows: z.number().int().min(0) }),
  z.object({
    status: z.literal('broken'),
    /** Rows checked and found linked before the break. */
    rows: z.number().int().min(0),
    brokenId: id,
    reason: z.enum(CHAIN_BREAKS),
    message: z.string(),
  }),
]);
export type AuditChainReport = z.infer<typeof auditChainReport>;

export const auditChannels = {
  /** The audit trail, newest first, keyset paginated; filters as on the screen (and its CSV export). */
  'audit.list': channel({
    input: auditListInput,
    output: z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() }),
    access: 'admin',
    writes: false,
    runsOn: 'reader',
  }),
  /** Walks the whole chain of hashes: intact, or the first broken row and why. */
  'audit.verify': channel({
    input: z.strictObject({}),
    output: auditChainReport,
    access: 'admin',
    writes: false,
    runsOn: 'reader',
  }),
};
