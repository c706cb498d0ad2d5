/**
 * What counts as a purchase, in one place: every order of the customer that was not cancelled
 * (pending phone and online orders included), worth its total less what returns gave back.
 */
export const IS_PURCHASE = `o."status" <> 'cancelled'`;

/** Refunds of order `o`, through returns (to the card or as store credit). */
export const REFUNDED_CENTS = `IFNULL((SELECT SUM(r."refund_cents") FROM "order_returns" r WHERE r."order_id" = o."id"), 0)`;
