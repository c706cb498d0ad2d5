import { MAX_SALE_QUANTITY } from '../../../../shared/contract/orders';
import type { Discount } from '../../../../shared/pricing';

export interface CartLine {
  productId: number;
  name: string;
  sku: string;
  quantity: number;
  /** The price the till shows: from the search match, then from every quote. Null until known. */
  unitPriceCents: number | null;
  taxRateBp: number | null;
  discount?: Discount;
}

export interface Cart {
  lines: CartLine[];
  /** The line +/- and the line discount act on. */
  selected: number;
  orderDiscount?: Discount;
  customer: { id: number; name: string } | null;
}

export type CartAction =
  | { type: 'add'; line: Omit<CartLine, 'quantity'>; quantity: number }
  | { type: 'quantity'; delta: number }
  | { type: 'select'; delta: number }
  | { type: 'remove' }
  | { type: 'lineDiscount'; discount: Discount | undefined }
  | { type: 'orderDiscount'; discount: Discount | undefined }
  | { type: 'customer'; customer: Cart['customer'] }
  | { type: 'prices'; prices: { productId: number; sku: string; unitPriceCents: number; taxRateBp: number }[] }
  | { type: 'clear' }
  | { type: 'load'; cart: Cart };

export const emptyCart: Cart = { lines: [], selected: 0, customer: null };

/** Scanning a product already in the cart adds one more to its line rather than a second line. */
export function cartReducer(cart: Cart, action: CartAction): Cart {
  switch (action.type) {
    case 'add': {
      const index = cart.lines.findIndex((line) => line.productId === action.line.productId);
      if (index >= 0)
        return {
          ...updateLine(cart, index, (line) => ({ ...line, quantity: capped(line.quantity + action.quantity) })),
          selected: index,
        };
      return {
        ...cart,
        lines: [...cart.lines, { ...action.line, quantity: capped(action.quantity) }],
        selected: cart.lines.length,
      };
    }
    case 'quantity':
      return updateLine(cart, cart.selected, (line) => ({
        ...line,
        quantity: capped(line.quantity + action.delta),
      }));
    case 'select':
      return { ...cart, selected: clamp(cart.selected + action.delta, cart.lines.length) };
    case 'remove': {
      const lines = cart.lines.filter((_, index) => index !== cart.selected);
      return { ...cart, lines, selected: clamp(cart.selected, lines.length) };
    }
    case 'lineDiscount':
      return updateLine(cart, cart.selected, ({ discount: _previous, ...line }) =>
        action.discount ? { ...line, discount: action.discount } : line,
      );
    case 'orderDiscount': {
      const { orderDiscount: _previous, ...rest } = cart;
      return action.discount ? { ...rest, orderDiscount: action.discount } : rest;
    }
    case 'customer':
      return { ...cart, customer: action.customer };
    case 'prices': {
      const byId = new Map(action.prices.map((price) => [price.productId, price]));
      return {
        ...cart,
        lines: cart.lines.map((line) => {
          const price = byId.get(line.productId);
          return price
            ? { ...line, sku: price.sku, unitPriceCents: price.unitPriceCents, taxRateBp: price.taxRateBp }
            : line;
        }),
      };
    }
    case 'clear':
      return emptyCart;
    case 'load': {
      // A kept cart comes back from storage: its selection and customer are made whole again.
      const selected = Number.isInteger(action.cart.selected) ? action.cart.selected : 0;
      return {
        ...action.cart,
        selected: clamp(selected, action.cart.lines.length),
        customer: action.cart.customer ?? null,
      };
    }
  }
}

function updateLine(cart: Cart, index: number, change: (line: CartLine) => CartLine): Cart {
  if (!cart.lines[index]) return cart;
  return { ...cart, lines: cart.lines.map((line, at) => (at === index ? change(line) : line)) };
}

/** Between one and the most a single line may sell. */
function capped(quantity: number): number {
  return Math.max(1, Math.min(quantity, MAX_SALE_QUANTITY));
}

function clamp(index: number, length: number): number {
  return Math.max(0, Math.min(index, length - 1));
}

/** What orders.quote and orders.place take of the cart. */
export function quoteInputOf(cart: Cart) {
  return {
    lines: cart.lines.map((line) => ({
      productId: line.productId,
      quantity: line.quantity,
      ...(line.discount ? { discount: line.discount } : {}),
    })),
    ...(cart.orderDiscount ? { orderDiscount: cart.orderDiscount } : {}),
    ...(cart.customer ? { customerId: cart.customer.id } : {}),
  };
}
