import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackroom } from '../../../electron/host/app';
import { openTableSource } from '../../../electron/import/read/table-source';
import type { Envelope, ErrorCode } from '../../../shared/errors';
import { openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';
import { TestClock } from '../../helpers/clock';

const ORDERS_CSV = join(__dirname, '../../fixtures/northwind/orders.csv');

function expectError(envelope: Envelope<unknown>, code: ErrorCode): string {
  expect(envelope.ok, JSON.stringify(envelope)).toBe(false);
  if (envelope.ok) throw new Error('unreachable');
  expect(envelope.error.code).toBe(code);
  return envelope.error.message;
}

describe('files channels', () => {
  let t: TestBackroom;
  let clerk: string;
  let otherClerk: string;

  beforeAll(async () => {
    t = await openTestBackroom();
    const admin = await setUpStore(t);
    clerk = await staffSession(t, admin.token, 'clerk', 'carla');
    otherClerk = await staffSession(t, admin.token, 'clerk', 'omar');
  });
  afterAll(() => t?.dispose());

  /** Uploads `bytes` in chunks of `chunkBytes`, as the screen's helper does. */
  async function upload(token: string, name: string, bytes: Buffer, chunkBytes = 40_000): Promise<string> {
    const { fileId } = await t.ok('files.beginUpload', { name, size: bytes.length }, token);
    for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
      const data = bytes.subarray(offset, offset + chunkBytes).toString('base64');
      const { received } = await t.ok('files.uploadChunk', { fileId, offset, data }, token);
      expect(received).toBe(Math.min(offset + chunkBytes, bytes.length));
    }
    return fileId;
  }

  async function download(token: string, fileId: string, length: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    for (let offset = 0; ;) {
      const chunk = await t.ok('files.readChunk', { fileId, offset, length }, token);
      const bytes = Buffer.from(chunk.data, 'base64');
      if (bytes.length === 0) break;
      parts.push(bytes);
      offset += bytes.length;
    }
    return Buffer.concat(parts);
  }

  it('takes an upload in chunks, gives it back byte for byte, and it reads as a table', async () => {
    const original = readFileSync(ORDERS_CSV);
    const fileId = await upload(clerk, 'C:\\Users\\carla\\Desktop\\orders.csv', original);
    expect(fileId).toMatch(/^[A-Za-z0-9_-]+$/);
    const finished = await t.ok('files.finishUpload', { fileId }, clerk);
    expect(finished).toEqual({ fileId, name: 'orders.csv', size: original.length });
    expect(await t.ok('files.info', { fileId }, clerk)).toEqual(finished);
    expect((await download(clerk, fileId, 30_000)).equals(original)).toBe(true);

    const staffId = t.backroom.sessions.peek(clerk)!.staffId;
    const stored = t.backroom.files.get(staffId, fileId);
    expect(dirname(stored.path)).toBe(join(dirname(t.path), 'files'));
    const source = await openTableSource(stored.path);
    let rows = 0;
    for await (const row of source.rows()) rows += row.problem === undefined ? 1 : 0;
    expect(rows).toBe(830);
    expect(await t.ok('files.list', {}, clerk)).toMatchObject({
      items: [{ fileId, name: 'orders.csv', kind: 'upload' }],
    });
  });

  it('keeps a file from everyone but its owner', async () => {
    const fileId = await upload(clerk, 'mine.csv', Buffer.from('a,b\n1,2\n'));
    const calls: [string, unknown][] = [
      ['files.uploadChunk', { fileId, offset: 8, data: '' }],
      ['files.finishUpload', { fileId }],
      ['files.info', { fileId }],
      ['files.readChunk', { fileId, offset: 0 }],
    ];
    for (const [channel, input] of calls) expectError(await t.call(channel, input, otherClerk), 'NOT_FOUND');
    await t.ok('files.finishUpload', { fileId }, clerk);
    expectError(await t.call('files.readChunk', { fileId, offset: 0 }, otherClerk), 'NOT_FOUND');
    expect((await t.ok('files.list', {}, otherClerk)).items).toEqual([]);
    expectError(await t.call('files.info', { fileId: '../backroom.sqlite' }, clerk), 'NOT_FOUND');
    expectError(await t.call('files.info', { fileId }, null), 'UNAUTHENTICATED');
  });

  it('refuses chunks out of order, past the announced size, too large or not base64', async () => {
    const { fileId } = await t.ok('files.beginUpload', { name: '../../etc/passwd', size: 10 }, clerk);
    const five = Buffer.from('12345').toString('base64');
    expect(await t.ok('files.uploadChunk', { fileId, offset: 0, data: five }, clerk)).toEqual({ received: 5 });
    // Resent, or a gap: either way the offset is not what has arrived.
    expect(
      expectError(await t.call('files.uploadChunk', { fileId, offset: 0, data: five }, clerk), 'VALIDATION'),
    ).toMatch(/5 bytes have been received/);
    expectError(await t.call('files.uploadChunk', { fileId, offset: 7, data: five }, clerk), 'VALIDATION');
    const six = Buffer.from('678901').toString('base64');
    expectError(await t.call('files.uploadChunk', { fileId, offset: 5, data: six }, clerk), 'VALIDATION');
    const oversized = Buffer.alloc(1024 * 1024 + 1).toString('base64');
    expect(
      expectError(await t.call('files.uploadChunk', { fileId, offset: 5, data: oversized }, clerk), 'VALIDATION'),
    ).toMatch(/at most 1 MiB/);
    expectError(await t.call('files.uploadChunk', { fileId, offset: 5, data: 'not base64!' }, clerk), 'VALIDATION');
    expect(expectError(await t.call('files.finishUpload', { fileId }, clerk), 'VALIDATION')).toMatch(/5 of 10 bytes/);
    expectError(await t.call('files.info', { fileId }, clerk), 'VALIDATION');
    await t.ok('files.uploadChunk', { fileId, offset: 5, data: Buffer.from('67890').toString('base64') }, clerk);
    expect(await t.ok('files.finishUpload', { fileId }, clerk)).toMatchObject({ name: 'passwd', size: 10 });
    expectError(await t.call('files.uploadChunk', { fileId, offset: 10, data: five }, clerk), 'VALIDATION');
  });

  it('reads chunks within the file only', async () => {
    const fileId = await upload(clerk, 'small.txt', Buffer.from('hello'));
    await t.ok('files.finishUpload', { fileId }, clerk);
    expect(await t.ok('files.readChunk', { fileId, offset: 5 }, clerk)).toEqual({ data: '', size: 5 });
    expect(await t.ok('files.readChunk', { fileId, offset: 1, length: 3 }, clerk)).toEqual({
      data: Buffer.from('ell').toString('base64'),
      size: 5,
    });
    expectError(await t.call('files.readChunk', { fileId, offset: 6 }, clerk), 'VALIDATION');
    expectError(await t.call('files.readChunk', { fileId, offset: -1 }, clerk), 'VALIDATION');
    expectError(await t.call('files.readChunk', { fileId, offset: 0, length: 1024 * 1024 + 1 }, clerk), 'VALIDATION');
  });
});

describe('files area limits and sweeping', () => {
  it('refuses an upload past the configured size', async () => {
    const t = await openTestBackroom({ maxUploadBytes: 1000 });
    try {
      const admin = await setUpStore(t);
      const message = expectError(
        await t.call('files.beginUpload', { name: 'big.csv', size: 1001 }, admin.token),
        'VALIDATION',
      );
      expect(message).toMatch(/too large/);
      await t.ok('files.beginUpload', { name: 'fits.csv', size: 1000 }, admin.token);
    } finally {
      await t.dispose();
    }
  });

  it('sweeps files a day old when Backroom starts again', async () => {
    const t = await openTestBackroom();
    const admin = await setUpStore(t);
    const staffId = admin.staff.id;
    const old = t.backroom.files.createOutput(staffId, 'old-export.csv');
    t.clock.advanceMinutes(23 * 60);
    const recent = t.backroom.files.createOutput(staffId, 'recent-export.csv');
    await t.backroom.close();

    const later = new TestClock(new Date(t.clock.now().getTime() + 2 * 60 * 60_000));
    const reopened = await openBackroom({ databasePath: t.path, clock: later });
    try {
      expect(() => reopened.files.get(staffId, old.fileId)).toThrow(/no such file/);
      expect(reopened.files.get(staffId, recent.fileId)).toMatchObject({ name: 'recent-export.csv', size: 0 });
    } finally {
      await reopened.close();
      rmSync(dirname(t.path), { recursive: true, force: true });
    }
  });
});
