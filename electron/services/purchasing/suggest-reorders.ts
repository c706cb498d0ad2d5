import type Database from 'better-sqlite3';
import type { ChannelOutput, ReorderSuggestionGroup } from '../../../shared/contract';
import { requireStore } from '../stock/stores';
import { cheapestSuppliers, type SupplierOffer } from './cheapest-suppliers';
import { onOrderByProduct } from './on-order';
import { reorderCandidates } from './reorder-candidates';
import { suggestedQuantity } from './reorder-quantity';
import { dailyVelocity, salesInWindow } from './sales-velocity';

/** Products no supplier offers are planned with the schema's default supplier lead time. */
const UNASSIGNED_LEAD_TIME_DAYS = 7;

type SuggestionLine = ReorderSuggestionGroup['lines'][number];

/**
 * What to order for a store now. A product needs ordering when what it has and what is already
 * coming (stock on hand plus open purchase orders) is at or below its reorder point; it is
 * ordered from its cheapest supplier, in the quantity of suggestedQuantity. Groups are by
 * supplier name, the unassigned group last; lines by product name.
 */
export function suggestReorders(
  sql: Database.Database,
  storeId: number,
  now: Date,
): ChannelOutput<'purchasing.suggestReorders'> {
  const store = requireStore(sql, storeId);
  const onOrder = onOrderByProduct(sql, storeId);
  const needing = reorderCandidates(sql, storeId).filter(
    (candidate) => candidate.onHand + (onOrder.get(candidate.productId) ?? 0) <= candidate.reorderPoint,
  );
  const productIds = needing.map((candidate) => candidate.productId);
  const sold = salesInWindow(sql, storeId, now, productIds);
  const offers = cheapestSuppliers(sql, productIds);

  const groups = new Map<number | null, { offer: SupplierOffer | null; lines: SuggestionLine[] }>();
  for (const candidate of needing) {
    const offer = offers.get(candidate.productId) ?? null;
    const sales = sold.get(candidate.productId) ?? 0;
    const outstanding = onOrder.get(candidate.productId) ?? 0;
    const quantity = suggestedQuantity({
      sold: sales,
      leadTimeDays: offer?.leadTimeDays ?? UNASSIGNED_LEAD_TIME_DAYS,
      onHand: candidate.onHand,
      onOrder: outstanding,
      reorderQty: candidate.reorderQty,
    });
    if (quantity === 0) continue;
    const key = offer?.supplierId ?? null;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { offer, lines: [] }));
    group.lines.push({
      productId: candidate.productId,
      sku: candidate.sku,
      name: candidate.name,
      supplierSku: offer?.supplierSku ?? null,
      onHand: candidate.onHand,
      onOrder: outstanding,
      reorderPoint: candidate.reorderPoint,
      reorderQty: candidate.reorderQty,
      dailyVelocity: dailyVelocity(sales),
      suggestedQuantity: quantity,
      unitCostCents: offer?.costCents ?? candidate.costCents,
    });
  }

  return { store, groups: [...groups.values()].map(toGroup).sort(bySupplierName) };
}

function toGroup({ offer, lines }: { offer: SupplierOffer | null; lines: SuggestionLine[] }): ReorderSuggestionGroup {
  lines.sort((a, b) => a.name.localeCompare(b.name) || a.productId - b.productId);
  return {
    supplier: offer && { id: offer.supplierId, name: offer.supplierName, leadTimeDays: offer.leadTimeDays },
    lines,
    totalCents: lines.reduce((total, line) => total + line.suggestedQuantity * line.unitCostCents, 0),
  };
}

function bySupplierName(a: ReorderSuggestionGroup, b: ReorderSuggestionGroup): number {
  if (a.supplier === null) return 1;
  if (b.supplier === null) return -1;
  return a.supplier.name.localeCompare(b.supplier.name) || a.supplier.id - b.supplier.id;
}
