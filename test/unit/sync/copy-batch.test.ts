import { describe, expect, it } from 'vitest';
import { joinCopyBatches, withoutSeqs } from '../../../electron/sync/copy-batch';
import { toCopyBatch, type WireChange } from '../../helpers/sync-records';

const SOURCE = '0193f000-0000-7000-8000-000000000001';

const changes: WireChange[] = [
  { seq: 11, entity: 'customers', uid: 'c1', op: 'insert', json: '{"notes":"a\\\\b\\tc"}' },
  { seq: 12, entity: 'orders', uid: 'o1', op: 'insert', json: '{"total_cents":100}' },
  { seq: 13, entity: 'customers', uid: 'c2', op: 'update', json: '{"name":"Zoë"}' },
  { seq: 14, entity: 'customers', uid: 'c3', op: 'delete', json: null },
  { seq: 15, entity: 'customers', uid: 'c4', op: 'insert', json: '{"name":"Ann"}' },
];

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('a batch written as COPY rows', () => {
  it('groups changes by entity in first-seen order, one escaped row per upsert, deletes apart', () => {
    const batch = toCopyBatch(SOURCE, changes);
    expect(batch.seqs).toEqual([11, 12, 13, 14, 15]);
    expect(batch.parts.map((part) => part.entity)).toEqual(['customers', 'orders']);
    const customers = batch.parts[0]!;
    expect(customers.upsertSeqs).toEqual([11, 13, 15]);
    expect(customers.upsertInserts).toEqual([true, false, true]);
    expect(customers.deleteUids).toEqual(['c3']);
    expect(customers.deleteSeqs).toEqual([14]);
    expect(text(customers.rows)).toBe(
      `${SOURCE}\tc1\t11\t{"notes":"a\\\\\\\\b\\\\tc"}\n` +
        `${SOURCE}\tc2\t13\t{"name":"Zoë"}\n` +
        `${SOURCE}\tc4\t15\t{"name":"Ann"}\n`,
    );
  });

  it('joins batches read one after another into the batch of all their changes', () => {
    const slices = [changes.slice(0, 2), changes.slice(2, 3), changes.slice(3)].map((slice) =>
      toCopyBatch(SOURCE, slice),
    );
    const joined = joinCopyBatches(slices);
    const whole = toCopyBatch(SOURCE, changes);
    expect(joined.seqs).toEqual(whole.seqs);
    expect(joined.parts.map((part) => ({ ...part, rows: text(part.rows) }))).toEqual(
      whole.parts.map((part) => ({ ...part, rows: text(part.rows) })),
    );
  });

  it('drops exactly the rows and deletes of changes head office already has', () => {
    const customers = toCopyBatch(SOURCE, changes).parts[0]!;
    const kept = withoutSeqs(customers, new Set([13, 14]));
    expect(kept.upsertSeqs).toEqual([11, 15]);
    expect(kept.upsertInserts).toEqual([true, true]);
    expect(kept.deleteSeqs).toEqual([]);
    expect(text(kept.rows)).toBe(
      `${SOURCE}\tc1\t11\t{"notes":"a\\\\\\\\b\\\\tc"}\n${SOURCE}\tc4\t15\t{"name":"Ann"}\n`,
    );
    const none = withoutSeqs(customers, new Set([11, 13, 14, 15]));
    expect(none.upsertSeqs).toEqual([]);
    expect(none.rows.length).toBe(0);
  });

  it('joins each entity’s rows into memory of their own, so they can be handed to another thread', () => {
    const { parts } = joinCopyBatches(
      [changes.slice(0, 2), changes.slice(2)].map((slice) => toCopyBatch(SOURCE, slice)),
    );
    const buffers = parts.map((part) => part.rows.buffer);
    expect(new Set(buffers).size).toBe(parts.length);
    parts.forEach((part) => expect(part.rows.byteLength).toBe(part.rows.buffer.byteLength));
  });
});
