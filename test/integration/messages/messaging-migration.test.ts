import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { beforeMigration, type MigrationStep } from '../../helpers/migration-step';

let step: MigrationStep;
const storeUids = [newUid(), newUid()];

beforeAll(async () => {
  step = await beforeMigration('Messaging1765500000000');
  const sql = sqliteOf(step.before);
  const insert = sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, ?, ?)`);
  storeUids.forEach((uid, index) => insert.run(uid, `OLD${index}`, `Old store ${index}`));
  sql.prepare(`UPDATE sync_state SET last_seq = 0`).run();
  sql.prepare(`DELETE FROM sync_outbox`).run();
}, 60_000);

afterAll(() => step?.dispose());

describe('the messaging migration', () => {
  it('makes the chain-wide and managers’ rooms and a room for each existing store, under uids every machine shares', async () => {
    const sql = sqliteOf(await step.migrate());
    expect(sql.prepare(`SELECT uid, kind, store_id FROM conversations ORDER BY id`).all()).toEqual([
      { uid: '00000000-0000-4000-8000-00000000e001', kind: 'everyone', store_id: null },
      { uid: '00000000-0000-4000-8000-00000000e002', kind: 'managers', store_id: null },
      { uid: storeUids[0], kind: 'store', store_id: 1 },
      { uid: storeUids[1], kind: 'store', store_id: 2 },
    ]);
    // Made alike on every machine: nothing to send.
    expect(sql.prepare(`SELECT COUNT(*) FROM sync_outbox`).pluck().get()).toBe(0);
    // The search index exists and is empty until the first message.
    expect(sql.prepare(`SELECT COUNT(*) FROM message_search`).pluck().get()).toBe(0);
  });
});
