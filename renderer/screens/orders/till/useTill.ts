import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useReducer, useState } from 'react';
import { priceCart, type Discount, type PricedCart } from '../../../../shared/pricing';
import { isApiError } from '../../../api/ApiError';
import { usePlaceOrder, useQuote } from '../../../api/hooks/useOrders';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { cartReducer, emptyCart, quoteInputOf, type Cart, type CartAction, type CartLine } from './cart';
import type { Approval } from '../../../components/ApprovalDialog';
import { paidCents, type TillPayment } from './payments';
import { readTillStorage, tillStorageKey, type SaleChannel } from './parked-sales';
import { priceChangesOf } from './PriceConflict';
import { useKeptSales } from './useKeptSales';

export type { SaleChannel };

/**
 * The state of one sale at the till: the cart, its live and quoted prices, payments and placing.
 * One idempotency key per cart, so a double Complete (or a retry after a lost answer) places one order.
 * The sale on screen, and any parked aside, are kept in this browser and come back when the till
 * reopens; a kept cart's prices may be stale, and the quote (or orders.place's CONFLICT) corrects them.
 */
export function useTill() {
  const staff = useCurrentStaff();
  const storageKey = tillStorageKey(staff.storeId, staff.id);
  const [stored] = useState(() => readTillStorage(storageKey));
  const [cart, dispatchCart] = useReducer(cartReducer, stored.current?.cart ?? emptyCart, (kept) =>
    cartReducer(emptyCart, { type: 'load', cart: kept }),
  );
  const [payments, setPayments] = useState<TillPayment[]>([]);
  const [channel, setChannel] = useState<SaleChannel>(stored.current?.channel ?? 'till');
  const [idempotencyKey, setIdempotencyKey] = useState(() => stored.current?.idempotencyKey ?? crypto.randomUUID());
  const place = usePlaceOrder();

  const quoteInput = useMemo(() => quoteInputOf(cart), [cart]);
  const [debouncedInput] = useDebouncedValue(quoteInput, 250);
  const quote = useQuote(debouncedInput.lines.length > 0 ? debouncedInput : null);
  const quoted = quote.data;
  const fresh =
    quoted !== undefined &&
    !quote.isPlaceholderData &&
    !quote.isFetching &&
    JSON.stringify(debouncedInput) === JSON.stringify(quoteInput);

  // Lines added by a scanned code learn their price from the quote; later quotes keep prices current.
  useEffect(() => {
    if (!quoted) return;
    dispatchCart({
      type: 'prices',
      prices: quoted.lines.map(({ productId, sku, unitPriceCents, taxRateBp }) => ({
        productId,
        sku,
        unitPriceCents,
        taxRateBp,
      })),
    });
  }, [quoted]);

  const live = useMemo(() => livePrice(cart.lines, cart.orderDiscount), [cart.lines, cart.orderDiscount]);
  const kept = useKeptSales(storageKey, stored.parked, {
    cart,
    channel,
    idempotencyKey,
    totalCents: live.priced?.totalCents ?? null,
  });

  /** Any change to the cart voids the payments taken against its old total. */
  const dispatch = (action: CartAction) => {
    dispatchCart(action);
    if (action.type !== 'prices' && action.type !== 'select') setPayments([]);
    place.reset();
  };

  const totalCents = fresh ? quoted.totalCents : null;
  // The customer's balance as last priced: null for a walk-in, undefined until a quote names this customer.
  const storeCreditCents =
    cart.customer === null
      ? null
      : quoted?.customer?.id === cart.customer.id
        ? quoted.customer.storeCreditCents
        : undefined;
  const stillDue = totalCents === null ? null : totalCents - paidCents(payments);
  const priceConflict = isApiError(place.error, 'CONFLICT') ? priceChangesOf(place.error.details) : null;
  // After a price change nothing completes until the clerk has seen and accepted the new prices.
  const canComplete = fresh && cart.lines.length > 0 && stillDue === 0 && !place.isPending && !priceConflict;
  const canSavePending = fresh && cart.lines.length > 0 && payments.length === 0 && !place.isPending && !priceConflict;

  const submit = (savePending: boolean, approval?: Approval) => {
    if (!fresh || (savePending ? !canSavePending : !canComplete)) return null;
    const afterRefusal = (error: unknown) => {
      if (isApiError(error, 'CONFLICT') && priceChangesOf(error.details)) setPayments([]);
      // The key placed another order already (the message names it): what is on screen sells under a key of its own.
      if (isApiError(error, 'CONFLICT') && placedAnotherOrder(error.details)) setIdempotencyKey(crypto.randomUUID());
      throw error;
    };
    const unitPrices = new Map(quoted.lines.map((line) => [line.productId, line.unitPriceCents]));
    return place
      .mutateAsync({
        idempotencyKey,
        channel,
        ...quoteInput,
        lines: quoteInput.lines.map((line) => ({ ...line, expectedUnitPriceCents: unitPrices.get(line.productId) })),
        expectedTotalCents: quoted.totalCents,
        payments: savePending ? [] : payments,
        savePending,
        ...(approval ? { approval } : {}),
      })
      .catch(afterRefusal);
  };

  const acceptNewPrices = () => {
    setPayments([]);
    place.reset();
    void quote.refetch();
  };

  const startSale = (sale?: { cart: Cart; channel: SaleChannel; idempotencyKey: string }) => {
    dispatchCart(sale ? { type: 'load', cart: sale.cart } : { type: 'clear' });
    setPayments([]);
    setChannel(sale?.channel ?? 'till');
    setIdempotencyKey(sale?.idempotencyKey ?? crypto.randomUUID());
    place.reset();
  };

  /** After an order is placed: its kept copy goes, and a new sale starts. */
  const newSale = () => {
    kept.forgetCurrent();
    startSale();
  };

  /** Sets the sale on screen aside (payments taken against it are voided) and starts a new one. */
  const park = () => {
    if (cart.lines.length === 0) return;
    kept.park({ cart, channel, idempotencyKey, totalCents: live.priced?.totalCents ?? null });
    startSale();
  };

  /** Puts a parked sale back on screen; the sale that was there is parked in its place. */
  const resume = (id: string) => {
    const sale = kept.take(id);
    if (!sale) return;
    if (cart.lines.length > 0)
      kept.park({ cart, channel, idempotencyKey, totalCents: live.priced?.totalCents ?? null });
    startSale(sale);
  };

  return {
    /** Changes whenever another sale comes on screen, so what was typed for one sale never carries to the next. */
    saleKey: idempotencyKey,
    cart,
    dispatch,
    quote,
    fresh,
    live,
    payments,
    addPayment: (payment: TillPayment) => setPayments((current) => [...current, payment]),
    removePayment: (index: number) => setPayments((current) => current.filter((_, at) => at !== index)),
    clearPayments: () => setPayments([]),
    channel,
    setChannel,
    totalCents,
    storeCreditCents,
    stillDue,
    canComplete,
    canSavePending,
    submit,
    place,
    priceConflict,
    acceptNewPrices,
    newSale,
    parked: kept.parked,
    park,
    resume,
    discardParked: (id: string) => void kept.take(id),
  };
}

/** CONFLICT details {placedOrderId} from orders.place: the sale's key placed another order before. */
function placedAnotherOrder(details: unknown): boolean {
  return typeof details === 'object' && details !== null && 'placedOrderId' in details;
}

/** Prices the cart with the shared rules once every line's price is known; a too-large discount is said, not thrown. */
function livePrice(
  lines: readonly CartLine[],
  orderDiscount: Discount | undefined,
): { priced: PricedCart | null; error: string | null } {
  if (lines.some((line) => line.unitPriceCents === null || line.taxRateBp === null))
    return { priced: null, error: null };
  try {
    const priced = priceCart(
      lines.map((line) => ({
        unitPriceCents: line.unitPriceCents ?? 0,
        taxRateBp: line.taxRateBp ?? 0,
        quantity: line.quantity,
        discount: line.discount,
      })),
      orderDiscount,
    );
    return { priced, error: null };
  } catch (error) {
    return { priced: null, error: error instanceof Error ? error.message : 'The discount cannot be applied.' };
  }
}
