import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferSummary } from '../../../shared/contract';
import { expectError, openStockWorld, type StockWorld } from './stock-fixtures';

describe('stock transfers', () => {
  let w: StockWorld;
  let clerkA: string;
  let clerkB: string;

  beforeAll(async () => {
    w = await openStockWorld();
    [clerkA, clerkB] = [await w.login('clerk', w.storeA), await w.login('clerk', w.storeB)];
  });
  afterAll(() => w.dispose());

  function stocked(quantity: number): number {
    const product = w.product();
    w.move(w.storeA, product, 'receipt', quantity);
    return product;
  }

  /** A transfer a clerk of store A sends to store B: [productId, quantity] per line. */
  function send(lines: [number, number][], extra: { note?: string } = {}) {
    const input = { toStoreId: w.storeB, lines: lines.map(([productId, quantity]) => ({ productId, quantity })) };
    return w.t.ok('transfers.send', { ...input, ...extra }, clerkA);
  }

  it('takes stock out of the sending store at once and keeps it in transit', async () => {
    const [tea, coffee] = [stocked(10), stocked(4)];
    const transfer = await send(
      [
        [tea, 6],
        [coffee, 4],
      ],
      { note: 'For the weekend' },
    );

    expect(transfer).toMatchObject({
      fromStore: { id: w.storeA },
      toStore: { id: w.storeB, name: 'North Street' },
      status: 'in_transit',
      note: 'For the weekend',
      lineCount: 2,
      unitsSent: 10,
      unitsReceived: null,
      receivedAt: null,
    });
    expect(transfer.lines.map((line) => [line.productId, line.quantitySent, line.quantityReceived])).toEqual(
      expect.arrayContaining([
        [tea, 6, null],
        [coffee, 4, null],
      ]),
    );
    expect([w.onHand(w.storeA, tea), w.onHand(w.storeA, coffee)]).toEqual([4, 0]);
    expect([w.onHand(w.storeB, tea), w.onHand(w.storeB, coffee)]).toEqual([0, 0]);
  });

  it('books what arrived at the receiving store and records the discrepancy', async () => {
    const [rice, beans, salt] = [stocked(10), stocked(10), stocked(10)];
    const sent = await send([
      [rice, 5],
      [beans, 3],
      [salt, 2],
    ]);
    w.t.clock.advanceMinutes(20);

    const received = await w.t.ok(
      'transfers.receive',
      {
        id: sent.id,
        lines: [
          { productId: rice, quantityReceived: 5 },
          { productId: beans, quantityReceived: 2 },
          { productId: salt, quantityReceived: 0 },
        ],
      },
      clerkB,
    );

    expect(received).toMatchObject({
      status: 'received',
      receivedAt: w.t.clock.now().toISOString(),
      receivedByName: expect.stringMatching(/^Clerk/),
      unitsSent: 10,
      unitsReceived: 7,
    });
    const byProduct = new Map(received.lines.map((line) => [line.productId, line]));
    expect(byProduct.get(rice)).toMatchObject({ quantitySent: 5, quantityReceived: 5, discrepancy: 0 });
    expect(byProduct.get(beans)).toMatchObject({ quantitySent: 3, quantityReceived: 2, discrepancy: -1 });
    expect(byProduct.get(salt)).toMatchObject({ quantitySent: 2, quantityReceived: 0, discrepancy: -2 });
    expect([rice, beans, salt].map((product) => w.onHand(w.storeB, product))).toEqual([5, 2, 0]);
    expect([rice, beans, salt].map((product) => w.onHand(w.storeA, product))).toEqual([5, 7, 8]);
    const movements = w.sql
      .prepare('SELECT store_id, quantity FROM stock_movements WHERE transfer_id = ? AND quantity > 0')
      .all(sent.id);
    expect(movements).toHaveLength(2);
    const audit = w.sql
      .prepare(`SELECT details FROM audit_log WHERE action = 'transfers.receive' AND result = 'ok'`)
      .get() as {
      details: string;
    };
    expect(JSON.parse(audit.details).discrepancies).toEqual(
      expect.arrayContaining([
        { productId: beans, sent: 3, received: 2 },
        { productId: salt, sent: 2, received: 0 },
      ]),
    );
    expect(w.ledgerDiscrepancies()).toEqual([]);

    expectError(
      await w.t.call('transfers.receive', { id: sent.id, lines: [{ productId: rice, quantityReceived: 5 }] }, clerkB),
      'CONFLICT',
    );
  });

  it('refuses sending more than the store has, naming every short line, and writes nothing', async () => {
    const [plenty, few] = [stocked(10), stocked(1)];
    const before = w.fingerprint();
    const error = expectError(
      await w.t.call(
        'transfers.send',
        {
          toStoreId: w.storeB,
          lines: [
            { productId: plenty, quantity: 5 },
            { productId: few, quantity: 2 },
          ],
        },
        clerkA,
      ),
      'INSUFFICIENT_STOCK',
    );
    expect(error.details).toEqual({ lines: [{ productId: few, onHand: 1, requested: 2 }] });
    expect(w.fingerprint()).toEqual(before);
  });

  it('is received only by staff of the receiving store, against every line sent', async () => {
    const [oil, vinegar] = [stocked(5), stocked(5)];
    const other = w.product();
    const sent = await send([
      [oil, 1],
      [vinegar, 1],
    ]);
    const before = w.fingerprint();
    const both = [
      { productId: oil, quantityReceived: 1 },
      { productId: vinegar, quantityReceived: 1 },
    ];
    expectError(await w.t.call('transfers.receive', { id: sent.id, lines: both }, clerkA), 'FORBIDDEN');
    const missing = expectError(
      await w.t.call('transfers.receive', { id: sent.id, lines: both.slice(0, 1) }, clerkB),
      'VALIDATION',
    );
    expect(missing.details).toEqual({ notOnTransfer: [], missing: [vinegar] });
    expectError(
      await w.t.call(
        'transfers.receive',
        { id: sent.id, lines: [...both, { productId: other, quantityReceived: 1 }] },
        clerkB,
      ),
      'VALIDATION',
    );
    expectError(await w.t.call('transfers.receive', { id: 999_999, lines: both }, clerkB), 'NOT_FOUND');
    expect(w.fingerprint()).toEqual(before);
  });

  it.each([
    ['its own store', (w: StockWorld) => ({ toStoreId: w.storeA }), 'VALIDATION'],
    ['an unknown store', () => ({ toStoreId: 999 }), 'NOT_FOUND'],
    ['an unknown product', () => ({ lines: [{ productId: 999_999, quantity: 1 }] }), 'NOT_FOUND'],
    ['no lines', () => ({ lines: [] }), 'VALIDATION'],
    ['a zero quantity', () => ({ lines: [{ productId: 1, quantity: 0 }] }), 'VALIDATION'],
    ['a negative quantity', () => ({ lines: [{ productId: 1, quantity: -2 }] }), 'VALIDATION'],
    ['a fractional quantity', () => ({ lines: [{ productId: 1, quantity: 1.25 }] }), 'VALIDATION'],
    ['a store id as text', () => ({ toStoreId: '2' }), 'VALIDATION'],
    [
      'the same product twice',
      () => ({
        lines: [
          { productId: 1, quantity: 1 },
          { productId: 1, quantity: 1 },
        ],
      }),
      'VALIDATION',
    ],
  ] as const)('refuses a transfer to %s and writes nothing', async (_case, change, code) => {
    const product = stocked(5);
    const before = w.fingerprint();
    const input = { toStoreId: w.storeB, lines: [{ productId: product, quantity: 1 }], ...change(w) };
    expectError(await w.t.call('transfers.send', input, clerkA), code);
    expect(w.fingerprint()).toEqual(before);
  });

  it('lists transfers in and out of a store, newest first, by direction and status', async () => {
    const product = stocked(50);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await send([[product, 1]])).id);
    const walk = async (input: Record<string, unknown>, token: string) => {
      const rows: TransferSummary[] = [];
      let cursor: string | undefined;
      do {
        const page = await w.t.ok('transfers.list', { ...input, cursor, limit: 2 }, token);
        rows.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return rows;
    };

    const outgoing = await walk({ direction: 'outgoing', status: 'in_transit' }, clerkA);
    expect(outgoing.slice(0, 5).map((row) => row.id)).toEqual([...ids].reverse());
    expect(outgoing.every((row) => row.status === 'in_transit' && row.fromStore.id === w.storeA)).toBe(true);
    const incomingAtB = await walk({ direction: 'incoming' }, clerkB);
    const bothFromA = await walk({ storeId: w.storeB }, clerkA);
    expect(incomingAtB.map((row) => row.id)).toEqual(bothFromA.map((row) => row.id));
    expect(await walk({ direction: 'incoming' }, clerkA)).toEqual([]);
    expect(incomingAtB.some((row) => row.status === 'received')).toBe(true);

    const detail = await w.t.ok('transfers.get', { id: ids[0]! }, clerkB);
    expect(detail).toMatchObject({ id: ids[0], lineCount: 1, lines: [{ productId: product, quantitySent: 1 }] });
    expectError(await w.t.call('transfers.get', { id: 999_999 }, clerkB), 'NOT_FOUND');
    expectError(await w.t.call('transfers.list', { status: 'lost' }, clerkB), 'VALIDATION');
  });
});
