import type Database from 'better-sqlite3';
import type { Quote } from '../../../shared/contract/orders';
import { deepestDiscountBp, discountAboveThreshold } from '../../../shared/pricing';
import { priceFromCatalog } from './catalog-pricing';
import { requireCustomer, storeCreditBalance } from './customers';
import type { OrdersInput } from './inputs';
import { loadStockedProducts } from '../stock/products';
import { shortProducts, unitsByProduct } from './sale-products';
import { readApprovalThreshold } from './sales-settings';

/** A cart priced from the catalog for the caller's store, as placing it would price it. */
export function quoteOrder(sql: Database.Database, storeId: number, input: OrdersInput<'orders.quote'>): Quote {
  const products = loadStockedProducts(
    sql,
    storeId,
    input.lines.map((line) => line.productId),
  );
  const priced = priceFromCatalog(products, input.lines, input.orderDiscount);
  const approvalThresholdBp = readApprovalThreshold(sql);
  const customer = input.customerId === undefined ? null : requireCustomer(sql, input.customerId);

  return {
    lines: input.lines.map((line, index) => {
      const product = products.get(line.productId)!;
      const price = priced.lines[index]!;
      return {
        productId: product.id,
        sku: product.sku,
        name: product.name,
        quantity: line.quantity,
        unitPriceCents: product.priceCents,
        grossCents: price.grossCents,
        lineDiscountCents: price.lineDiscountCents,
        orderDiscountCents: price.orderDiscountCents,
        discountCents: price.discountCents,
        taxRateBp: price.taxRateBp,
        taxCents: price.taxCents,
        totalCents: price.totalCents,
        onHand: product.onHand,
      };
    }),
    subtotalCents: priced.subtotalCents,
    discountCents: priced.discountCents,
    orderDiscountCents: priced.orderDiscountCents,
    taxCents: priced.taxCents,
    totalCents: priced.totalCents,
    taxBreakdown: priced.taxBreakdown,
    discountBp: deepestDiscountBp(priced.lines),
    approvalThresholdBp,
    needsApproval: priced.lines.some((line) => discountAboveThreshold(line, approvalThresholdBp)),
    stockWarnings: shortProducts(products, unitsByProduct(input.lines)).map(({ product, requested }) => ({
      productId: product.id,
      name: product.name,
      onHand: product.onHand,
      requested,
      allowBackorder: product.allowBackorder,
    })),
    customer: customer && { ...customer, storeCreditCents: storeCreditBalance(sql, customer.id) },
  };
}
