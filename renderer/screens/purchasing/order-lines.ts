import {
  MAX_LINE_QUANTITY,
  MAX_UNIT_COST_CENTS,
  type ProductDetail,
  type PurchaseOrderDetail,
} from '../../../shared/contract';
import { money } from '../../components/inventory/money';
import { formatCount } from '../../lib/format';
import { isNumber, WHOLE_NUMBERS_ONLY } from '../../lib/number-entry';

/** A line as the editor holds it: quantity and cost as typed, so a half-typed value is not lost. */
export interface EditableLine {
  productId: number;
  sku: string;
  name: string;
  supplierSku: string | null;
  quantity: number | '';
  /** Cents; null empty, NaN not an amount. */
  unitCostCents: number | null;
  /** Whether the order's supplier lists this product (a line may still be ordered from them). */
  offered: boolean;
}

export function linesFromOrder(order: PurchaseOrderDetail): EditableLine[] {
  return order.lines.map((line) => ({
    productId: line.productId,
    sku: line.sku,
    name: line.name,
    supplierSku: line.supplierSku,
    quantity: line.quantityOrdered,
    unitCostCents: line.unitCostCents,
    offered: true,
  }));
}

/** A new line for a product: the supplier's own code and price when they sell it, else the product's cost. */
export function lineForProduct(product: ProductDetail, supplierId: number): EditableLine {
  const link = product.suppliers.find((candidate) => candidate.supplierId === supplierId);
  return {
    productId: product.id,
    sku: product.sku,
    name: product.name,
    supplierSku: link?.supplierSku ?? null,
    quantity: Math.max(product.reorderQty, 1),
    unitCostCents: link?.costCents ?? product.costCents,
    offered: link !== undefined,
  };
}

export function lineTotal(line: EditableLine): number {
  const cost = line.unitCostCents;
  return !isNumber(line.quantity) || cost === null || Number.isNaN(cost) ? 0 : line.quantity * cost;
}

/**
 * A quantity above what one line may carry (the host's limit for ordering and receiving alike),
 * said for what the person is doing ('Order', 'Receive'), or null.
 */
export function aboveLineLimit(quantity: number, action: 'Order' | 'Receive'): string | null {
  return quantity > MAX_LINE_QUANTITY ? `${action} at most ${formatCount(MAX_LINE_QUANTITY)}` : null;
}

/** What is wrong with one line's quantity, in a few words, or null. */
export function quantityProblem(line: EditableLine): string | null {
  if (Number.isNaN(line.quantity)) return WHOLE_NUMBERS_ONLY;
  if (line.quantity === '' || line.quantity < 1) return 'Order at least 1';
  return aboveLineLimit(line.quantity, 'Order');
}

/** What is wrong with one line's unit cost, in a few words, or null. */
function unitCostProblem(line: EditableLine): string | null {
  if (line.unitCostCents === null || Number.isNaN(line.unitCostCents)) return 'Enter the unit cost';
  if (line.unitCostCents > MAX_UNIT_COST_CENTS) return `At most ${money(MAX_UNIT_COST_CENTS)} a unit`;
  return null;
}

/**
 * What is wrong with one line, in a few words, or null: the host's own limits are said here,
 * at the line, so a slip of the finger never reaches it as a refusal in its terms.
 */
export function lineProblem(line: EditableLine): string | null {
  return quantityProblem(line) ?? unitCostProblem(line);
}

export function toLineInputs(lines: EditableLine[]) {
  return lines.map((line) => ({
    productId: line.productId,
    quantity: line.quantity === '' ? 0 : line.quantity,
    unitCostCents: line.unitCostCents ?? 0,
  }));
}
