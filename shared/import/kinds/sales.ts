import type { KindSpec } from '../fields';

const MAX_CENTS = 1_000_000_000_00;
const MAX_QUANTITY = 1_000_000;

/**
 * Sales history: one row per order line, grouped into orders by the order reference (the source
 * system's order number, kept as orders.external_ref). The lines of one order come one after the
 * other in the file. Order-level fields (date, customer, store, staff, status, payment) are read
 * from the order's first line; a later line that disagrees refuses the order.
 */
export const salesKind: KindSpec = {
  kind: 'sales',
  label: 'Sales history',
  naturalKeys: ['orderRef'],
  fields: [
    {
      key: 'orderRef',
      label: 'Order reference',
      type: 'text',
      required: true,
      maxLength: 100,
      aliases: [
        'orderid',
        'orderref',
        'ordernumber',
        'orderno',
        'order',
        'invoice',
        'invoiceno',
        'receipt',
        'transactionid',
      ],
      description:
        'The source system’s order number. An order already in the database is refused (insert) or passed over (skip, upsert): imported history is never rewritten.',
    },
    {
      key: 'placedAt',
      label: 'Date and time',
      type: 'datetime',
      required: false,
      aliases: ['placedat', 'datetime', 'orderdatetime', 'timestamp', 'createdat', 'soldat'],
      description:
        'When the order was placed. A time without a zone (Z, +02:00) is read as UTC; give the date alone to place it on the store’s day.',
    },
    {
      key: 'orderDate',
      label: 'Date',
      type: 'date',
      required: false,
      aliases: ['orderdate', 'date', 'saledate', 'day'],
      description:
        'The store’s day the order was placed, when the file has no time: the order is placed at noon on the store’s clock. Map this or the date and time.',
    },
    {
      key: 'product',
      label: 'Product (SKU or barcode)',
      type: 'text',
      required: true,
      maxLength: 64,
      aliases: ['sku', 'product', 'productid', 'productcode', 'itemcode', 'item', 'barcode', 'ean', 'upc'],
    },
    {
      key: 'quantity',
      label: 'Quantity',
      type: 'integer',
      required: true,
      max: MAX_QUANTITY,
      aliases: ['quantity', 'qty', 'units', 'count'],
      description: 'Units sold, more than zero. Returns are not imported as negative quantities.',
    },
    {
      key: 'unitPrice',
      label: 'Unit price',
      type: 'money',
      required: false,
      min: 0,
      max: MAX_CENTS,
      aliases: ['unitprice', 'price', 'sellingprice', 'saleprice'],
      description: 'Before tax. When not mapped, the product’s current price.',
    },
    {
      key: 'discount',
      label: 'Line discount (amount)',
      type: 'money',
      required: false,
      min: 0,
      max: MAX_CENTS,
      aliases: ['discountamount', 'linediscount', 'discountvalue'],
    },
    {
      key: 'discountPercent',
      label: 'Line discount (percent)',
      type: 'percent',
      required: false,
      min: 0,
      max: 10_000,
      aliases: ['discount', 'discountpercent', 'discountrate', 'discountpct'],
      description: 'A percentage of the line (15%, 0.15). Revenue then stays exact; the cents charged are rounded.',
    },
    {
      key: 'taxRate',
      label: 'Tax rate',
      type: 'percent',
      required: false,
      min: 0,
      max: 10_000,
      aliases: ['taxrate', 'vatrate', 'tax', 'vat'],
      description: 'When not mapped, the product’s tax rate.',
    },
    {
      key: 'customer',
      label: 'Customer (reference or email)',
      type: 'text',
      required: false,
      maxLength: 254,
      aliases: ['customer', 'customerid', 'customerref', 'customeremail', 'email'],
      description: 'Matched by the customer’s reference, then by email. Empty: a sale without a customer.',
    },
    {
      key: 'store',
      label: 'Store code',
      type: 'text',
      required: false,
      maxLength: 12,
      aliases: ['store', 'storecode', 'shop', 'branch', 'location'],
      description: 'When not mapped, the importing store. Only an admin imports into other stores.',
    },
    {
      key: 'staff',
      label: 'Staff (username)',
      type: 'text',
      required: false,
      maxLength: 100,
      aliases: ['staff', 'cashier', 'clerk', 'employee', 'username', 'salesperson'],
      description: 'When not mapped, the person importing.',
    },
    {
      key: 'status',
      label: 'Status',
      type: 'text',
      required: false,
      maxLength: 20,
      aliases: ['status', 'orderstatus', 'state'],
      description: 'paid (the default), fulfilled or delivered: each is a sale. pending: not yet paid.',
    },
    {
      key: 'paymentMethod',
      label: 'Payment method',
      type: 'text',
      required: false,
      maxLength: 20,
      aliases: ['paymentmethod', 'payment', 'paidby', 'tender', 'method'],
      description: 'cash, card, voucher or other: one payment of the order’s total. Empty: no payment rows.',
    },
  ],
};
