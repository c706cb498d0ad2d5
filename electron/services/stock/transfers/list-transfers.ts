import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../../shared/contract';
import type { ParsedInput } from '../channel-input';
import { decodeKeyset, toPage } from '../keyset';
import { prepared } from '../../../../database/prepared';
import { requireStore } from '../stores';
import { TRANSFER_HEADER, toTransferSummaries, type TransferHeaderRow } from './transfer-rows';

const STORE_FILTER = {
  incoming: 't."to_store_id" = @storeId',
  outgoing: 't."from_store_id" = @storeId',
  both: '(t."to_store_id" = @storeId OR t."from_store_id" = @storeId)',
} as const;

/** Transfers into or out of a store, newest first, by keyset on the transfer id. */
export function listTransfers(
  sql: Database.Database,
  callerStoreId: number,
  input: ParsedInput<'transfers.list'>,
): ChannelOutput<'transfers.list'> {
  const storeId = input.storeId ?? callerStoreId;
  requireStore(sql, storeId);
  const [beforeId] = input.cursor === undefined ? [Number.MAX_SAFE_INTEGER] : decodeKeyset(input.cursor, ['number']);
  const text = `${TRANSFER_HEADER}
    WHERE ${STORE_FILTER[input.direction]} ${input.status === undefined ? '' : 'AND t."status" = @status'}
      AND t."id" < @beforeId
    ORDER BY t."id" DESC
    LIMIT @limit`;
  const params: Record<string, unknown> = { storeId, beforeId, limit: input.limit + 1 };
  if (input.status !== undefined) params.status = input.status;
  const rows = prepared(sql, text).all(params) as TransferHeaderRow[];
  const page = toPage(
    rows,
    input.limit,
    (row) => row,
    (row) => [row.id],
  );
  return { items: toTransferSummaries(sql, page.items), nextCursor: page.nextCursor };
}
