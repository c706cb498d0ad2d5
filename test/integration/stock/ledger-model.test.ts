import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADJUSTMENT_REASONS } from '../../../shared/contract';
import type { Envelope } from '../../../shared/errors';
import { openStockWorld, type StockWorld } from './stock-fixtures';

/**
 * Random sequences of adjustments, counts, transfers and deliveries across two stores, checked
 * after every step against a model that is only a map of numbers: stock on hand per store and
 * product always equals the model and the ledger's sum, and a refused operation changes nothing.
 */

const STORES = [0, 1] as const;
/** Products 0 and 1 refuse negative stock; product 2 allows backorders. */
const PRODUCTS = [0, 1, 2] as const;
const BACKORDERED = 2;

type Store = (typeof STORES)[number];
type Product = (typeof PRODUCTS)[number];

type Op =
  | { type: 'adjust'; store: Store; product: Product; quantity: number; reason: (typeof ADJUSTMENT_REASONS)[number] }
  | { type: 'count'; store: Store; lines: [Product, number][] }
  | { type: 'send'; from: Store; lines: [Product, number][] }
  | { type: 'receiveTransfer'; pick: number; shortBy: number[] }
  | { type: 'delivery'; store: Store; lines: [Product, number, number][]; confirmOverReceipt: boolean };

const store = fc.constantFrom(...STORES);
const product = fc.constantFrom(...PRODUCTS);
const lines = <T extends unknown[]>(rest: fc.Arbitrary<T>) =>
  fc.uniqueArray(
    rest.chain((tail) => product.map((p): [Product, ...T] => [p, ...tail])),
    { minLength: 1, maxLength: 3, selector: (line) => line[0] },
  );

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('adjust' as const),
    store,
    product,
    quantity: fc.integer({ min: -8, max: 8 }).filter((quantity) => quantity !== 0),
    reason: fc.constantFrom(...ADJUSTMENT_REASONS),
  }),
  fc.record({ type: fc.constant('count' as const), store, lines: lines(fc.tuple(fc.integer({ min: 0, max: 12 }))) }),
  fc.record({
    type: fc.constant('send' as const),
    from: store,
    lines: lines(fc.tuple(fc.integer({ min: 1, max: 6 }))),
  }),
  fc.record({
    type: fc.constant('receiveTransfer' as const),
    pick: fc.nat(),
    shortBy: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 3, maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('delivery' as const),
    store,
    lines: lines(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 9 }))),
    confirmOverReceipt: fc.boolean(),
  }),
);

describe('the stock ledger against a model', () => {
  let w: StockWorld;
  let managers: [string, string];
  let clerks: [string, string];
  let supplier: number;

  beforeAll(async () => {
    w = await openStockWorld();
    managers = [await w.login('manager', w.storeA), await w.login('manager', w.storeB)];
    clerks = [await w.login('clerk', w.storeA), await w.login('clerk', w.storeB)];
    supplier = w.supplier('Model Supplies');
  });
  afterAll(() => w.dispose());

  it('keeps stock on hand equal to the model and to the ledger; refused operations change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 14 }), async (ops) => {
        const run = new ModelRun(w, managers, clerks, supplier);
        for (const step of ops) {
          await run.apply(step);
          expect(run.actual()).toEqual(run.model);
        }
        expect(w.ledgerDiscrepancies()).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});

/** One sequence on fresh products, so runs share the database (and its slow logins) but not state. */
class ModelRun {
  readonly storeIds: [number, number];
  readonly productIds: number[];
  /** Stock on hand by store, then product: what the ledger must agree with. */
  readonly model: number[][] = [
    [0, 0, 0],
    [0, 0, 0],
  ];
  private readonly inTransit: { id: number; to: Store; lines: [Product, number][] }[] = [];

  constructor(
    private readonly w: StockWorld,
    private readonly managers: [string, string],
    private readonly clerks: [string, string],
    private readonly supplier: number,
  ) {
    this.storeIds = [w.storeA, w.storeB];
    this.productIds = PRODUCTS.map((p) => w.product({ allowBackorder: p === BACKORDERED }));
  }

  actual(): number[][] {
    return STORES.map((s) => PRODUCTS.map((p) => this.w.onHand(this.storeIds[s], this.productIds[p]!)));
  }

  async apply(step: Op): Promise<void> {
    if (step.type === 'adjust') {
      const allowed = this.canTake(step.store, [[step.product, -step.quantity]]);
      const input = { productId: this.productIds[step.product]!, quantity: step.quantity, reason: step.reason };
      await this.call('stock.adjust', input, this.managers[step.store], allowed, 'INSUFFICIENT_STOCK');
      if (allowed) this.model[step.store]![step.product]! += step.quantity;
    } else if (step.type === 'count') {
      const input = { lines: step.lines.map(([p, counted]) => ({ productId: this.productIds[p]!, counted })) };
      await this.call('stock.applyCount', input, this.clerks[step.store]);
      for (const [p, counted] of step.lines) this.model[step.store]![p] = counted;
    } else if (step.type === 'send') {
      await this.send(step.from, step.lines);
    } else if (step.type === 'receiveTransfer') {
      await this.receiveTransfer(step.pick, step.shortBy);
    } else {
      await this.deliver(step.store, step.lines, step.confirmOverReceipt);
    }
  }

  private async send(from: Store, lines: [Product, number][]): Promise<void> {
    const to: Store = from === 0 ? 1 : 0;
    const allowed = this.canTake(from, lines);
    const input = {
      toStoreId: this.storeIds[to],
      lines: lines.map(([p, quantity]) => ({ productId: this.productIds[p]!, quantity })),
    };
    const envelope = await this.call('transfers.send', input, this.clerks[from], allowed, 'INSUFFICIENT_STOCK');
    if (!envelope.ok) return;
    for (const [p, quantity] of lines) this.model[from]![p]! -= quantity;
    this.inTransit.push({ id: (envelope.data as { id: number }).id, to, lines });
  }

  private async receiveTransfer(pick: number, shortBy: number[]): Promise<void> {
    if (this.inTransit.length === 0) return;
    const [transfer] = this.inTransit.splice(pick % this.inTransit.length, 1);
    const received = transfer!.lines.map(([p, sent], i): [Product, number] => [p, Math.max(sent - shortBy[i]!, 0)]);
    const input = {
      id: transfer!.id,
      lines: received.map(([p, quantityReceived]) => ({ productId: this.productIds[p]!, quantityReceived })),
    };
    await this.call('transfers.receive', input, this.clerks[transfer!.to]);
    for (const [p, quantity] of received) this.model[transfer!.to]![p]! += quantity;
  }

  private async deliver(at: Store, lines: [Product, number, number][], confirmOverReceipt: boolean): Promise<void> {
    const created = await this.call(
      'purchaseOrders.create',
      {
        supplierId: this.supplier,
        lines: lines.map(([p, quantity]) => ({ productId: this.productIds[p]!, quantity, unitCostCents: 100 })),
      },
      this.managers[at],
    );
    if (!created.ok) throw new Error(created.error.message);
    const { id, version } = created.data as { id: number; version: number };
    await this.call('purchaseOrders.send', { id, version }, this.managers[at]);
    const over = lines.some(([, ordered, received]) => received > ordered);
    const input = {
      id,
      lines: lines.map(([p, , quantity]) => ({ productId: this.productIds[p]!, quantity })),
      confirmOverReceipt,
    };
    const allowed = !over || confirmOverReceipt;
    // A clerk's confirmed over-receipt needs a manager's approval, so a manager books those.
    const receiver = over && confirmOverReceipt ? this.managers[at] : this.clerks[at];
    await this.call('purchaseOrders.receive', input, receiver, allowed, 'CONFLICT');
    if (allowed) for (const [p, , received] of lines) this.model[at]![p]! += received;
  }

  /** Whether a store can give up these quantities without going below zero where that is refused. */
  private canTake(at: Store, taking: [Product, number][]): boolean {
    return taking.every(([p, quantity]) => p === BACKORDERED || this.model[at]![p]! - quantity >= 0);
  }

  /** Calls a channel; asserts success when allowed, else failure with `code` and nothing written. */
  private async call(
    channel: string,
    input: unknown,
    token: string,
    allowed = true,
    code?: string,
  ): Promise<Envelope<unknown>> {
    const before = allowed ? null : this.w.fingerprint();
    const envelope = await this.w.t.call(channel, input, token);
    if (allowed) {
      expect(envelope).toMatchObject({ ok: true });
    } else {
      expect(envelope).toMatchObject({ ok: false, error: { code } });
      expect(this.w.fingerprint()).toEqual(before);
    }
    return envelope;
  }
}
