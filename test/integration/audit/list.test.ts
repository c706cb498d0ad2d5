import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditListInput, ExportResult } from '../../../shared/contract';
import { parseCsv } from '../../unit/export/read-csv';
import { expectError } from '../catalog/catalog-fixture';
import { openAuditWorld, type AuditWorld } from './audit-fixture';

/** Job threads load the TypeScript sources on start: seconds on a busy machine. */
const JOB_TIMEOUT_MS = 60_000;

describe('audit.list', () => {
  let w: AuditWorld;
  let customerId: number;

  beforeAll(async () => {
    w = await openAuditWorld();
    const { t, admin, clerk, productId } = w;
    // The store keeps Auckland's days: 09:00 UTC on the 25th is 22:00 there, 12:00 UTC is 01:00 on the 26th.
    await t.ok('stores.setTimeZone', { storeId: 1, timeZone: 'Pacific/Auckland' }, admin);
    await t.ok('products.update', { id: productId, version: 1, priceCents: 320, name: 'Oat drink' }, admin);
    customerId = (await t.ok('customers.create', { firstName: 'Gus', lastName: 'Grey' }, clerk)).id;
    await t.ok(
      'customers.update',
      { id: customerId, email: 'gus@example.com', marketingConsent: true, homeStoreId: null },
      clerk,
    );
    t.clock.advanceMinutes(180);
    await w.logInAgain();
    await t.ok('products.update', { id: productId, version: 2, reorderPoint: 9 }, w.admin);
  }, 60_000);
  afterAll(() => w?.dispose());

  const list = (input: AuditListInput) => w.t.ok('audit.list', input, w.admin);
  const all = async (input: AuditListInput = {}): Promise<AuditEntry[]> => (await list({ ...input, limit: 200 })).items;

  it('shows who did what, newest first, with old and new values of edits', async () => {
    const items = await all({ entity: 'products', entityId: String(w.productId) });
    expect(items.map((item) => item.action)).toEqual(['products.update', 'products.update', 'products.create']);
    expect(items[1]).toMatchObject({
      staff: { id: w.adminId, name: 'Ada Admin' },
      result: 'ok',
      origin: 'test',
      details: {
        version: 1,
        changes: { name: { from: 'Oat milk', to: 'Oat drink' }, priceCents: { from: 300, to: 320 } },
      },
    });
    const [zone] = await all({ actionPrefix: 'stores.setTimeZone' });
    expect(zone!.details).toEqual({ changes: { timeZone: { from: 'UTC', to: 'Pacific/Auckland' } } });
  });

  it('keeps the values of a customer edit only for fields that do not say who the customer is', async () => {
    const [update] = await all({ actionPrefix: 'customers.update' });
    expect(update!.details).toEqual({
      changed: ['email', 'marketingConsent', 'homeStoreId'],
      changes: { marketingConsent: { from: false, to: true }, homeStoreId: { from: 1, to: null } },
    });
    expect(JSON.stringify(await all())).not.toContain('gus@example.com');
  });

  it('filters by staff member, action prefix, result and text in the details', async () => {
    const byAdmin = await all({ staffId: w.adminId });
    expect(byAdmin.length).toBeGreaterThan(3);
    expect(byAdmin.every((item) => item.staff?.id === w.adminId)).toBe(true);

    const products = await all({ actionPrefix: 'products.' });
    expect(products.map((item) => item.action).sort()).toEqual([
      'products.create',
      'products.update',
      'products.update',
    ]);

    expect((await all({ text: 'Oat drink' })).map((item) => item.action)).toEqual(['products.update']);
    expect(await all({ text: '100%_' })).toEqual([]);

    const logins = await all({ actionPrefix: 'auth.login', result: 'ok' });
    expect(logins.map((item) => item.staff?.name).sort()).toEqual(['Ada Admin', 'cal', 'cal', 'mia', 'mia']);
  });

  it("filters by days of the store's own clock", async () => {
    const late = await all({ fromDay: '2026-11-26', actionPrefix: 'products.' });
    expect(late.map((item) => [item.action, item.details?.changes])).toEqual([
      ['products.update', { reorderPoint: { from: 5, to: 9 } }],
    ]);
    const early = await all({ fromDay: '2026-11-25', toDay: '2026-11-25' });
    expect(early.length).toBeGreaterThan(5);
    expect(early.some((item) => item.id === late[0]!.id)).toBe(false);
    expect(await all({ toDay: '2026-11-24' })).toEqual([]);
    expectError(await w.t.call('audit.list', { fromDay: '2026-11-26', toDay: '2026-11-25' }, w.admin), 'VALIDATION');
  });

  it('pages newest first, each row once, however small the pages', async () => {
    const everything = await all();
    const seen: AuditEntry[] = [];
    let cursor: string | null = null;
    do {
      const page = await list({ limit: 3, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(everything);
    const ids = seen.map((item) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expectError(await w.t.call('audit.list', { cursor: 'not-a-cursor' }, w.admin), 'VALIDATION');
  });

  it('is for admins only, and a refused look is itself on the record', async () => {
    expectError(await w.t.call('audit.list', {}, w.clerk), 'FORBIDDEN');
    expectError(await w.t.call('audit.list', {}, w.manager), 'FORBIDDEN');
    const refused = await all({ actionPrefix: 'audit.list', result: 'forbidden' });
    expect(refused.map((item) => item.staff?.name)).toEqual(['mia', 'cal']);
    expect(refused[0]!.details).toEqual({ required: 'admin' });
  });

  it(
    'exports the filtered trail as CSV through the export job',
    async () => {
      const { jobId } = await w.t.ok(
        'exports.list',
        { list: 'audit', input: { actionPrefix: 'products.' }, format: 'csv' },
        w.admin,
      );
      const job = await w.t.endedJob(jobId, w.admin);
      expect(job.status).toBe('succeeded');
      const result = job.result as ExportResult;
      const chunk = await w.t.ok('files.readChunk', { fileId: result.fileId, offset: 0, length: 1 << 20 }, w.admin);
      const [header, ...rows] = parseCsv(Buffer.from(chunk.data, 'base64').toString('utf8'));
      expect(header).toEqual([
        'ID',
        'Time (UTC)',
        'Staff ID',
        'Staff',
        'Action',
        'Record',
        'Record ID',
        'Result',
        'Error code',
        'Origin',
        'Details',
      ]);
      const expected = await all({ actionPrefix: 'products.' });
      expect(rows.map((row) => Number(row[0]))).toEqual(expected.map((item) => item.id));
      expect(rows.every((row) => row[4]!.startsWith('products.'))).toBe(true);
      expect(JSON.parse(rows[1]![10]!).changes.priceCents).toEqual({ from: 300, to: 320 });
      expectError(await w.t.call('exports.list', { list: 'audit', input: {}, format: 'csv' }, w.manager), 'FORBIDDEN');
    },
    JOB_TIMEOUT_MS,
  );
});
