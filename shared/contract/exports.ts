import { z } from 'zod';
import { auditListInput } from './audit';
import { productListInput } from './catalog';
import { channel } from './channel';
import { id } from './common';
import { customersChannels } from './customers';
import { ordersChannels, orderListInput } from './orders';
import { purchasingChannels } from './purchasing';
import { stockChannels } from './stock';

/**
 * Exports: any list or report to a CSV or XLSX file, with the filters the screen shows and no row
 * limit, and the whole database as a zip of CSV files. Each runs as an `export` job; its result
 * (exportResult) names the file, which is read through files.readChunk.
 */

/** Each exportable list, and the channel whose rows, filters, role and store scope it shares. */
export const EXPORT_LIST_CHANNELS = {
  products: 'products.list',
  customers: 'customers.list',
  orders: 'orders.list',
  lowStock: 'lowStock.list',
  stockMovements: 'stock.listMovements',
  purchaseOrders: 'purchaseOrders.list',
  topCustomers: 'customers.top',
  lapsedCustomers: 'customers.lapsed',
  endOfDay: 'orders.endOfDay',
  audit: 'audit.list',
} as const;
export type ExportList = keyof typeof EXPORT_LIST_CHANNELS;

export const LIST_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ListExportFormat = (typeof LIST_EXPORT_FORMATS)[number];

const pageless = { cursor: true, limit: true } as const;

/**
 * The filters of each list: its channel's own input without paging. The top customers' `limit` is
 * paging too: an export holds the whole ranking.
 */
export const exportListFilters = {
  products: productListInput.omit(pageless),
  customers: customersChannels['customers.list'].input.omit(pageless),
  orders: orderListInput.omit(pageless),
  lowStock: purchasingChannels['lowStock.list'].input.omit(pageless),
  stockMovements: stockChannels['stock.listMovements'].input.omit(pageless),
  purchaseOrders: purchasingChannels['purchaseOrders.list'].input.omit(pageless),
  topCustomers: customersChannels['customers.top'].input.omit({ limit: true }),
  lapsedCustomers: customersChannels['customers.lapsed'].input.omit(pageless),
  endOfDay: ordersChannels['orders.endOfDay'].input,
  audit: auditListInput.omit(pageless),
} satisfies Record<ExportList, z.ZodType>;

const listRequest = <L extends ExportList, F extends z.ZodObject>(list: L, filters: F) =>
  z.strictObject({
    list: z.literal(list),
    // Parsed like a typed-in value, so the list's own defaults (sort, direction...) apply.
    input: filters.prefault({} as z.input<F>),
    format: z.enum(LIST_EXPORT_FORMATS).default('csv'),
  });

export const exportListInput = z.discriminatedUnion('list', [
  listRequest('products', exportListFilters.products),
  listRequest('customers', exportListFilters.customers),
  listRequest('orders', exportListFilters.orders),
  listRequest('lowStock', exportListFilters.lowStock),
  listRequest('stockMovements', exportListFilters.stockMovements),
  listRequest('purchaseOrders', exportListFilters.purchaseOrders),
  listRequest('topCustomers', exportListFilters.topCustomers),
  listRequest('lapsedCustomers', exportListFilters.lapsedCustomers),
  listRequest('endOfDay', exportListFilters.endOfDay),
  listRequest('audit', exportListFilters.audit),
]);
export type ExportListInput = z.input<typeof exportListInput>;

/** What a finished export job reports in its result. */
export const exportResult = z.object({
  /** The file to download through files.readChunk. */
  fileId: z.string(),
  name: z.string(),
  format: z.enum([...LIST_EXPORT_FORMATS, 'zip']),
  /** Rows written: of the list, or of every table together. */
  rows: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
export type ExportResult = z.infer<typeof exportResult>;

export const exportsChannels = {
  /**
   * Starts writing a list, with the screen's filters, to a file of the caller's; answers the job.
   * Whoever may read the list may export it (FORBIDDEN otherwise), within the same store scope.
   * Audited, so who exported what is on record.
   */
  'exports.list': channel({
    input: exportListInput,
    output: z.object({ jobId: id }),
    access: 'clerk',
    writes: true,
  }),
  /**
   * Starts writing the whole database as a zip: one CSV per table, every row by primary key, and a
   * manifest.json (app, schema version, time, row counts, sha256 of each file). Password hashes
   * and login state are left out, and the manifest says so.
   */
  'exports.database': channel({
    input: z.strictObject({ format: z.literal('zip').default('zip') }),
    output: z.object({ jobId: id }),
    access: 'admin',
    writes: true,
  }),
};
