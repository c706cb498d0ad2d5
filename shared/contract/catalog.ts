import { z } from 'zod';
import { channel } from './channel';
import { cursor, empty, id, pageLimit } from './common';

export const PRODUCT_SORTS = ['name', 'sku', 'price', 'onHand', 'updated'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const productRow = z.object({
  id,
  sku: z.string(),
  barcode: z.string().nullable(),
  name: z.string(),
  categoryId: id.nullable(),
  categoryName: z.string().nullable(),
  brandName: z.string().nullable(),
  priceCents: z.number().int(),
  taxRateBp: z.number().int(),
  /** Stock on hand in the caller's store. */
  onHand: z.number().int(),
  reorderPoint: z.number().int(),
  archived: z.boolean(),
  updatedAt: z.string(),
});
export type ProductRow = z.infer<typeof productRow>;

export const productListInput = z.strictObject({
  /** Words typed by a person; each word matches as a prefix of name, SKU, barcode, brand or category. */
  search: z.string().max(200).optional(),
  categoryId: id.optional(),
  sort: z.enum(PRODUCT_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  includeArchived: z.boolean().default(false),
  cursor: cursor.optional(),
  limit: pageLimit,
});
export type ProductListInput = z.input<typeof productListInput>;

export const categoryNode = z.object({
  id,
  parentId: id.nullable(),
  name: z.string(),
  /** "Dairy / Cheese": the names from the root down, for pickers and filters. */
  path: z.string(),
  productCount: z.number().int(),
});
export type CategoryNode = z.infer<typeof categoryNode>;

export const catalogChannels = {
  'products.list': channel({
    input: productListInput,
    output: z.object({ items: z.array(productRow), nextCursor: z.string().nullable() }),
    access: 'clerk',
    writes: false,
  }),
  'categories.list': channel({ input: empty, output: z.array(categoryNode), access: 'clerk', writes: false }),
};
