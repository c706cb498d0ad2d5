import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReorderSuggestionGroup } from '../../../shared/contract';
import { expectError, openStockWorld, type StockWorld } from '../stock/stock-fixtures';
import { shelf } from './purchasing-fixtures';

/** One product per rule of the suggestion, all at store A. */
function plantShelves(w: StockWorld) {
  const a = w.storeA;
  return {
    fastSeller: shelf(w, a, { name: 'Coffee', reorderPoint: 10, reorderQty: 12, onHand: 2, sold: 56 }),
    slowSeller: shelf(w, a, { name: 'Tea', reorderPoint: 10, reorderQty: 24, onHand: 5, sold: 14 }),
    unassigned: shelf(w, a, { name: 'Local Honey', reorderPoint: 10, reorderQty: 6, onHand: 3, costCents: 420 }),
    coveredByOrder: shelf(w, a, { name: 'Sugar', reorderPoint: 10, reorderQty: 10, onHand: 4 }),
    partlyOnDraft: shelf(w, a, { name: 'Flour', reorderPoint: 10, reorderQty: 5, onHand: 4, sold: 28 }),
    nothingToOrder: shelf(w, a, { name: 'Salt', reorderPoint: 10, reorderQty: 0, onHand: 10 }),
    cancelledOrder: shelf(w, a, { name: 'Oats', reorderPoint: 10, reorderQty: 8, onHand: 6 }),
    tiedOffers: shelf(w, a, { name: 'Cocoa', reorderPoint: 4, reorderQty: 5, onHand: 0 }),
  };
}

describe('reorder suggestions', () => {
  let w: StockWorld;
  let manager: string;
  let clerk: string;
  let alpha: number;
  let beta: number;
  let p: ReturnType<typeof plantShelves>;

  beforeAll(async () => {
    w = await openStockWorld();
    [manager, clerk] = [await w.login('manager', w.storeA), await w.login('clerk', w.storeA)];
    alpha = w.supplier('Alpha Foods', 7);
    beta = w.supplier('Beta Trading', 14);
    p = plantShelves(w);
    w.offer(p.fastSeller, alpha, 90, 'A-COF');
    w.offer(p.fastSeller, beta, 80, 'B-COF');
    w.offer(p.slowSeller, alpha, 50);
    w.offer(p.partlyOnDraft, alpha, 30);
    w.offer(p.coveredByOrder, alpha, 40);
    w.offer(p.nothingToOrder, alpha, 10);
    w.offer(p.cancelledOrder, beta, 60);
    w.offer(p.tiedOffers, beta, 70);
    w.offer(p.tiedOffers, alpha, 70);

    const sent = await w.t.ok(
      'purchaseOrders.create',
      { supplierId: alpha, lines: [{ productId: p.coveredByOrder, quantity: 10, unitCostCents: 40 }] },
      manager,
    );
    await w.t.ok('purchaseOrders.send', { id: sent.id, version: sent.version }, manager);
    await w.t.ok(
      'purchaseOrders.create',
      { supplierId: alpha, lines: [{ productId: p.partlyOnDraft, quantity: 3, unitCostCents: 30 }] },
      manager,
    );
    const partial = await w.t.ok(
      'purchaseOrders.create',
      { supplierId: beta, lines: [{ productId: p.cancelledOrder, quantity: 20, unitCostCents: 60 }] },
      manager,
    );
    const partialSent = await w.t.ok('purchaseOrders.send', { id: partial.id, version: partial.version }, manager);
    const received = await w.t.ok(
      'purchaseOrders.receive',
      { id: partial.id, lines: [{ productId: p.cancelledOrder, quantity: 1 }] },
      clerk,
    );
    expect(received.version).toBe(partialSent.version + 1);
    await w.t.ok('purchaseOrders.cancel', { id: partial.id, version: received.version }, manager);
  });
  afterAll(() => w.dispose());

  function line(groups: ReorderSuggestionGroup[], productId: number) {
    return groups.flatMap((group) => group.lines).find((candidate) => candidate.productId === productId);
  }

  it('groups products by their cheapest supplier, the unassigned last', async () => {
    const { store, groups } = await w.t.ok('purchasing.suggestReorders', {}, manager);
    expect(store.id).toBe(w.storeA);
    expect(groups.map((group) => group.supplier?.name ?? null)).toEqual(['Alpha Foods', 'Beta Trading', null]);
    const [alphaGroup, betaGroup, unassigned] = groups;
    expect(alphaGroup!.lines.map((row) => row.name)).toEqual(['Cocoa', 'Flour', 'Tea']);
    expect(betaGroup!.lines.map((row) => row.name)).toEqual(['Coffee', 'Oats']);
    expect(unassigned!.lines.map((row) => row.name)).toEqual(['Local Honey']);
    expect(betaGroup!.supplier).toEqual({ id: beta, name: 'Beta Trading', leadTimeDays: 14 });
    expect(betaGroup!.totalCents).toBe(
      betaGroup!.lines.reduce((total, row) => total + row.suggestedQuantity * row.unitCostCents, 0),
    );
  });

  it('orders max(reorder qty, ⌈velocity × (lead time + 14)⌉ − on hand − on order)', async () => {
    const { groups } = await w.t.ok('purchasing.suggestReorders', {}, manager);
    // 56 sold in 28 days from Beta (14 days' lead): ⌈2 × 28⌉ − 2 = 54 beats the reorder qty of 12.
    expect(line(groups, p.fastSeller)).toMatchObject({
      onHand: 2,
      onOrder: 0,
      dailyVelocity: 2,
      suggestedQuantity: 54,
      unitCostCents: 80,
      supplierSku: 'B-COF',
    });
    // ⌈0.5 × 21⌉ − 5 = 6 is less than the reorder qty of 24.
    expect(line(groups, p.slowSeller)).toMatchObject({ suggestedQuantity: 24, unitCostCents: 50, supplierSku: null });
    // 3 already on a draft: ⌈1 × 21⌉ − 4 − 3 = 14.
    expect(line(groups, p.partlyOnDraft)).toMatchObject({ onOrder: 3, suggestedQuantity: 14 });
    // Nothing sold and no supplier: the reorder qty, at the product's average cost.
    expect(line(groups, p.unassigned)).toMatchObject({ suggestedQuantity: 6, unitCostCents: 420, onOrder: 0 });
    // The rest of a cancelled order is no longer on order.
    expect(line(groups, p.cancelledOrder)).toMatchObject({ onHand: 7, onOrder: 0, suggestedQuantity: 8 });
    // Equal prices: the supplier added first.
    expect(line(groups, p.tiedOffers)).toMatchObject({ unitCostCents: 70, suggestedQuantity: 5 });
    expect(line(groups, p.coveredByOrder)).toBeUndefined();
    expect(line(groups, p.nothingToOrder)).toBeUndefined();
  });

  it('turns accepted groups into numbered drafts, which then count as on order', async () => {
    const { groups } = await w.t.ok('purchasing.suggestReorders', {}, manager);
    const accepted = groups.flatMap(({ supplier, lines }) =>
      supplier === null
        ? []
        : [
            {
              supplierId: supplier.id,
              lines: lines.map((row) => ({
                productId: row.productId,
                quantity: row.suggestedQuantity,
                unitCostCents: row.unitCostCents,
              })),
            },
          ],
    );
    const before = await w.t.ok('purchaseOrders.list', {}, clerk);

    const { purchaseOrders } = await w.t.ok(
      'purchasing.createDrafts',
      { groups: accepted, expectedAt: '2026-12-02' },
      manager,
    );

    expect(purchaseOrders.map((order) => [order.supplier.id, order.status, order.expectedAt])).toEqual([
      [alpha, 'draft', '2026-12-02'],
      [beta, 'draft', '2026-12-02'],
    ]);
    const highest = Math.max(...before.items.map((order) => order.number));
    expect(purchaseOrders.map((order) => order.number)).toEqual([highest + 1, highest + 2]);
    const again = await w.t.ok('purchasing.suggestReorders', {}, manager);
    expect(again.groups.map((group) => group.supplier)).toEqual([null]);
  });

  it('refuses a draft batch as a whole when one supplier is unknown', async () => {
    const lines = [{ productId: p.slowSeller, quantity: 1, unitCostCents: 1 }];
    const before = w.fingerprint();
    expectError(
      await w.t.call(
        'purchasing.createDrafts',
        {
          groups: [
            { supplierId: alpha, lines },
            { supplierId: 999, lines },
          ],
        },
        manager,
      ),
      'NOT_FOUND',
    );
    expectError(
      await w.t.call(
        'purchasing.createDrafts',
        {
          groups: [
            { supplierId: alpha, lines },
            { supplierId: alpha, lines },
          ],
        },
        manager,
      ),
      'VALIDATION',
    );
    expectError(await w.t.call('purchasing.createDrafts', { groups: [] }, manager), 'VALIDATION');
    expect(w.fingerprint()).toEqual(before);
  });

  it('is for managers', async () => {
    expectError(await w.t.call('purchasing.suggestReorders', {}, clerk), 'FORBIDDEN');
    const lines = [{ productId: p.slowSeller, quantity: 1, unitCostCents: 1 }];
    expectError(
      await w.t.call('purchasing.createDrafts', { groups: [{ supplierId: alpha, lines }] }, clerk),
      'FORBIDDEN',
    );
    expectError(await w.t.call('purchasing.suggestReorders', { storeId: 999 }, manager), 'NOT_FOUND');
  });
});
