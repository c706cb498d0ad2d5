import { MAX_ORDER_TOTAL_CENTS } from '../../../shared/contract/orders';
import { AppError } from '../../../shared/errors';
import { priceCart, type Discount, type PricedCart } from '../../../shared/pricing';
import type { StockedProduct } from '../stock/products';

export interface CartLine {
  productId: number;
  quantity: number;
  discount?: Discount | undefined;
}

/**
 * Prices a cart at the catalog's current prices and tax rates, whatever the till showed.
 * Archived products are no longer sold; carts above MAX_ORDER_TOTAL_CENTS are refused before
 * any sum could leave the range of exact integers.
 */
export function priceFromCatalog(
  products: ReadonlyMap<number, StockedProduct>,
  lines: readonly CartLine[],
  orderDiscount: Discount | undefined,
): PricedCart {
  let subtotal = 0;
  for (const line of lines) {
    const product = products.get(line.productId)!;
    if (product.archived) {
      throw new AppError('CONFLICT', `${product.name} is no longer sold.`, { productId: product.id });
    }
    subtotal += product.priceCents * line.quantity;
  }
  if (subtotal > MAX_ORDER_TOTAL_CENTS) {
    throw new AppError('VALIDATION', 'This order is larger than one order may be; split it.', {
      subtotalCents: subtotal,
    });
  }
  const priced = priceCart(
    lines.map((line) => {
      const product = products.get(line.productId)!;
      return {
        unitPriceCents: product.priceCents,
        quantity: line.quantity,
        taxRateBp: product.taxRateBp,
        discount: line.discount,
      };
    }),
    orderDiscount,
  );
  if (priced.totalCents > MAX_ORDER_TOTAL_CENTS) {
    throw new AppError('VALIDATION', 'This order is larger than one order may be; split it.', {
      totalCents: priced.totalCents,
    });
  }
  return priced;
}
