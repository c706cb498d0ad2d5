import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackroom } from '../../helpers/backroom';
import { openCustomerDesk } from './customer-desk';
import { daysBefore, type SalesFixture } from './sales-fixture';

describe('customers.exportData and customers.anonymize', () => {
  let t: TestBackroom;
  let admin: string;
  let manager: string;
  let clerk: string;
  let sales: SalesFixture;
  let productId: number;

  beforeAll(async () => {
    ({ t, admin, clerk, manager, sales } = await openCustomerDesk());
    productId = sales.product('Rye Bread');
  });

  afterAll(async () => {
    await t.dispose();
  });

  let customers = 0;

  async function customerWithHistory() {
    customers++;
    const customer = await t.ok(
      'customers.create',
      {
        firstName: 'Ann',
        lastName: 'Lee',
        email: `ann${customers}@example.com`,
        marketingConsent: true,
        notes: 'Allergic to nuts',
      },
      clerk,
    );
    const now = t.clock.now();
    const first = sales.order(customer.id, daysBefore(now, 40), [{ productId, quantity: 3, unitPriceCents: 400 }]);
    sales.order(customer.id, daysBefore(now, 4), [{ productId, quantity: 1, unitPriceCents: 400 }]);
    sales.returnLine(first.orderId, first.lineIds[0]!, 1, 400, 'store_credit');
    sales.credit(customer.id, 400);
    await t.ok('customers.recordInteraction', { customerId: customer.id, productId, kind: 'rated', rating: 5 }, clerk);
    return { customer, first };
  }

  it('exports everything held about the person, orders with lines, payments and returns', async () => {
    const { customer, first } = await customerWithHistory();
    const data = await t.ok('customers.exportData', { id: customer.id }, admin);
    expect(data.customer).toMatchObject({
      id: customer.id,
      firstName: 'Ann',
      lastName: 'Lee',
      notes: 'Allergic to nuts',
    });
    expect(data.consent).toEqual({ marketing: true });
    expect(data.orders).toHaveLength(2);
    expect(data.orders[0]).toMatchObject({
      id: first.orderId,
      totalCents: 1200,
      lines: [{ lineNo: 1, productId, productName: 'Rye Bread', quantity: 3, totalCents: 1200 }],
      payments: [{ method: 'card', kind: 'payment', amountCents: 1200 }],
      returns: [
        { refundTo: 'store_credit', refundCents: 400, lines: [{ orderLineId: first.lineIds[0], quantity: 1 }] },
      ],
    });
    expect(data.orders[1]!.returns).toEqual([]);
    expect(data.interactions).toEqual([
      expect.objectContaining({ productId, kind: 'rated', rating: 5, occurredAt: t.clock.now().toISOString() }),
    ]);
    expect(data.storeCredit).toMatchObject({ balanceCents: 400, entries: [{ amountCents: 400, reason: 'refund' }] });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('exports the staff messages posted about the person, in every conversation', async () => {
    const { customer } = await customerWithHistory();
    const about = { kind: 'customer' as const, id: customer.id };
    const storeRoom = (await t.ok('messages.listConversations', {}, clerk)).find((room) => room.kind === 'store')!;
    const [max] = await t.ok('messages.mentionCandidates', { conversationId: storeRoom.id, prefix: 'max' }, clerk);
    // A direct conversation between two others: the admin exporting is no member of it.
    const direct = await t.ok('messages.openDirect', { staffId: max!.id }, clerk);
    await t.ok('messages.post', { conversationId: storeRoom.id, body: 'Ann asked for oat milk', record: about }, clerk);
    await t.ok('messages.post', { conversationId: direct.id, body: 'Ann complained', record: about }, clerk);
    await t.ok('messages.post', { conversationId: storeRoom.id, body: 'Oat milk is back' }, clerk);

    const data = await t.ok('customers.exportData', { id: customer.id }, admin);
    expect(data.messages).toEqual([
      { body: 'Ann asked for oat milk', postedAt: t.clock.now().toISOString(), editedAt: null },
      { body: 'Ann complained', postedAt: t.clock.now().toISOString(), editedAt: null },
    ]);
  });

  it('audits every export, and only admins may export', async () => {
    const { customer } = await customerWithHistory();
    expect(await t.call('customers.exportData', { id: customer.id }, manager)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await t.ok('customers.exportData', { id: customer.id }, admin);
    const [entry] = (await t.backroom.dataSource.query(
      `SELECT entity_id, result FROM audit_log WHERE action = 'customers.exportData' ORDER BY id DESC LIMIT 1`,
    )) as { entity_id: string; result: string }[];
    expect(entry).toEqual({ entity_id: String(customer.id), result: 'ok' });
  });

  it('anonymizes only when the typed name matches the current one', async () => {
    const { customer } = await customerWithHistory();
    for (const confirmName of ['Ann', 'ann lee', 'Anne Lee']) {
      expect(await t.call('customers.anonymize', { id: customer.id, confirmName }, admin)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: { issues: [{ path: 'confirmName' }] } },
      });
    }
    expect(await t.call('customers.anonymize', { id: customer.id, confirmName: 'Ann Lee' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await t.ok('customers.get', { id: customer.id }, clerk)).firstName).toBe('Ann');
  });

  it('erases the person but keeps the orders and their totals', async () => {
    const { customer } = await customerWithHistory();
    const before = await t.ok('customers.get', { id: customer.id }, clerk);
    const after = await t.ok('customers.anonymize', { id: customer.id, confirmName: '  Ann   Lee ' }, admin);
    expect(after).toMatchObject({
      firstName: 'Anonymized',
      lastName: 'customer',
      email: null,
      phone: null,
      notes: null,
      marketingConsent: false,
      archived: true,
    });
    expect(after.purchases).toEqual(before.purchases);
    expect(after.recentOrders).toEqual(before.recentOrders);
    expect((await t.ok('customers.search', { query: 'Ann' }, clerk)).items.map((item) => item.id)).not.toContain(
      customer.id,
    );
    const found = await t.ok('customers.list', { search: 'anonymized', includeArchived: true }, manager);
    expect(found.items.map((item) => item.id)).toContain(customer.id);
    const [entry] = (await t.backroom.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'customers.anonymize' AND result = 'ok' ORDER BY id DESC LIMIT 1`,
    )) as { details: string }[];
    expect(entry!.details).not.toMatch(/Ann|Lee|example\.com|nuts/);
  });

  it('keeps an anonymized customer archived: restoring is refused and they stay out of searches', async () => {
    const { customer } = await customerWithHistory();
    await t.ok('customers.anonymize', { id: customer.id, confirmName: 'Ann Lee' }, admin);

    expect(await t.call('customers.restore', { id: customer.id }, manager)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('anonymized') },
    });
    expect(await t.ok('customers.get', { id: customer.id }, manager)).toMatchObject({ archived: true });
    const found = await t.ok('customers.search', { query: 'anonymized' }, clerk);
    expect(found.items.map((item) => item.id)).not.toContain(customer.id);
  });

  it('restores an archived customer who is still someone', async () => {
    const { customer } = await customerWithHistory();
    await t.ok('customers.archive', { id: customer.id }, manager);
    expect(await t.ok('customers.restore', { id: customer.id }, manager)).toMatchObject({
      firstName: 'Ann',
      archived: false,
    });
  });

  it('erases the messages posted about the person, wherever they are read', async () => {
    const { customer } = await customerWithHistory();
    const storeRoom = (await t.ok('messages.listConversations', {}, clerk)).find((room) => room.kind === 'store')!;
    const about = { kind: 'customer' as const, id: customer.id };
    const note = await t.ok(
      'messages.post',
      { conversationId: storeRoom.id, body: 'Ann Lee rang, call back on 555 0199 @max', record: about },
      clerk,
    );
    const other = await t.ok(
      'messages.post',
      { conversationId: storeRoom.id, body: 'Till 2 rang out of paper' },
      clerk,
    );

    await t.ok('customers.anonymize', { id: customer.id, confirmName: 'Ann Lee' }, admin);

    expect(await t.ok('messages.recordThread', about, admin)).toEqual([]);
    const room = (await t.ok('messages.list', { conversationId: storeRoom.id }, clerk)).messages;
    expect(room.find((message) => message.id === note.id)).toMatchObject({ body: '', record: null, mentions: [] });
    expect(room.find((message) => message.id === other.id)?.body).toBe('Till 2 rang out of paper');
    expect(await t.ok('messages.search', { query: 'rang' }, clerk)).toEqual([
      expect.objectContaining({ id: other.id }),
    ]);
    const [entry] = (await t.backroom.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'customers.anonymize' AND result = 'ok' ORDER BY id DESC LIMIT 1`,
    )) as { details: string }[];
    expect(entry!.details).not.toMatch(/Ann|Lee|555/);
  });
});
