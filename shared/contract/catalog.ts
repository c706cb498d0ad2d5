import { z } from 'zod';
import { attributeKey, attributeSchema, attributeValue, attributeValues } from '../attributes';
import { barcodeProblem } from '../barcode';
import { channel } from './channel';
import { cents, cursor, empty, id, optionalText, pageLimit, text } from './common';

/** Products, categories, brands and suppliers: what a store sells and who sells it to the store. */

/** The orders of the product table's columns. */
export const PRODUCT_SORTS = ['name', 'sku', 'price', 'onHand', 'updated'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/** Every order the product list accepts: a column's, or best search match first. */
export const PRODUCT_LIST_SORTS = [...PRODUCT_SORTS, 'relevance'] as const;
export type ProductListSort = (typeof PRODUCT_LIST_SORTS)[number];

const quantity = z.number().int().min(0).max(1_000_000);
const version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const taxRateBp = z.number().int().min(0).max(10_000);

/** Any printable text without control characters: SKUs are typed, pasted and printed on labels. */
const sku = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^\p{Cc}]+$/u, 'Use printable characters only');

/** Printable ASCII without spaces (what scanners type); GTIN lengths must carry a valid check digit. */
const barcode = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\x21-\x7E]+$/, 'Use letters, digits and symbols without spaces')
  .superRefine((code, issues) => {
    const problem = barcodeProblem(code);
    if (problem) issues.addIssue({ code: 'custom', message: problem });
  });

/** An empty box clears the barcode. */
const optionalBarcode = z
  .string()
  .trim()
  .max(64)
  .transform((value) => (value === '' ? null : value))
  .pipe(barcode.nullable())
  .nullable()
  .optional();

const optionalEmail = z
  .string()
  .trim()
  .max(200)
  .transform((value) => (value === '' ? null : value))
  .pipe(z.email('Enter an email address like name@example.com').nullable())
  .nullable()
  .optional();

// Product list

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

export const MAX_ATTRIBUTE_FILTERS = 5;

/** The longest search the product list takes: search boxes feeding it stop there. */
export const MAX_PRODUCT_SEARCH_LENGTH = 200;

/** The longest code products.findByCode looks up: no SKU or barcode is longer. */
export const MAX_PRODUCT_CODE_LENGTH = 64;

export const productListInput = z.strictObject({
  /** Words typed by a person; each word matches as a prefix of name, SKU, barcode, brand or category. */
  search: z.string().max(MAX_PRODUCT_SEARCH_LENGTH).optional(),
  categoryId: id.optional(),
  brandId: id.optional(),
  /** Products this supplier supplies (a product_suppliers row). */
  supplierId: id.optional(),
  /** Whose stock the list shows and filters; the caller's store when left out. Any staff may view any store. */
  storeId: id.optional(),
  /** Only products at or below their effective reorder point (the store's, else the product's), when that is above 0. */
  lowStock: z.boolean().optional(),
  /** Exact attribute values, all of which must match: {"colour": "red", "organic": true}. */
  attributes: z
    .record(attributeKey, z.union([z.string().max(200), z.number().finite(), z.boolean()]))
    .refine(
      (filters) => Object.keys(filters).length <= MAX_ATTRIBUTE_FILTERS,
      `At most ${MAX_ATTRIBUTE_FILTERS} filters`,
    )
    .optional(),
  /**
   * 'relevance' is best match first (direction ignored). It falls back to 'name' without search
   * words, and while the words match more than 5,000 products (one or two letters typed).
   */
  sort: z.enum(PRODUCT_LIST_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  includeArchived: z.boolean().default(false),
  cursor: cursor.optional(),
  limit: pageLimit,
});
export type ProductListInput = z.input<typeof productListInput>;

// One product

const productSupplierInput = z.strictObject({
  supplierId: id,
  supplierSku: optionalText(64),
  costCents: cents,
});

const productFields = z.strictObject({
  sku,
  barcode: optionalBarcode,
  name: text(200),
  description: optionalText(4000),
  categoryId: id.nullable().optional(),
  brandId: id.nullable().optional(),
  priceCents: cents,
  costCents: cents,
  taxRateBp,
  reorderPoint: quantity,
  reorderQty: quantity,
  allowBackorder: z.boolean(),
  /** Checked against the category's attribute schema, inherited definitions included. */
  attributes: attributeValues,
  /** The whole list of suppliers: given, it replaces the current one; left out, it stays. */
  suppliers: z
    .array(productSupplierInput)
    .max(50)
    .refine(
      (links) => new Set(links.map((link) => link.supplierId)).size === links.length,
      'Each supplier appears once',
    )
    .optional(),
});

export const productCreateInput = productFields;
export type ProductCreateInput = z.input<typeof productCreateInput>;

/** Fields left out stay as they are; `version` is the one the editor loaded. */
export const productUpdateInput = productFields.partial().extend({ id, version });
export type ProductUpdateInput = z.input<typeof productUpdateInput>;

export const productDetail = z.object({
  id,
  sku: z.string(),
  barcode: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  categoryId: id.nullable(),
  /** "Dairy / Cheese". */
  categoryPath: z.string().nullable(),
  brandId: id.nullable(),
  brandName: z.string().nullable(),
  priceCents: z.number().int(),
  costCents: z.number().int(),
  taxRateBp: z.number().int(),
  reorderPoint: z.number().int(),
  reorderQty: z.number().int(),
  allowBackorder: z.boolean(),
  attributes: z.record(z.string(), attributeValue),
  /** What the product's category asks for, inherited definitions included: the form's extra fields. */
  attributeSchema,
  archived: z.boolean(),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  suppliers: z.array(
    z.object({ supplierId: id, name: z.string(), supplierSku: z.string().nullable(), costCents: z.number().int() }),
  ),
  /** Every store; reorder settings are the store's own when set (`storeOverride`), else the product's. */
  stock: z.array(
    z.object({
      storeId: id,
      storeName: z.string(),
      onHand: z.number().int(),
      reorderPoint: z.number().int(),
      reorderQty: z.number().int(),
      storeOverride: z.boolean(),
    }),
  ),
  /** Newest first, at most 100. */
  priceHistory: z.array(
    z.object({
      field: z.enum(['price', 'cost']),
      oldCents: z.number().int(),
      newCents: z.number().int(),
      staffName: z.string().nullable(),
      changedAt: z.string(),
    }),
  ),
});
export type ProductDetail = z.infer<typeof productDetail>;

const versionedProduct = z.strictObject({ id, version });

export const productBulkUpdateInput = z.strictObject({
  ids: z.array(id).min(1).max(1000),
  set: z
    .strictObject({
      priceCents: cents.optional(),
      categoryId: id.nullable().optional(),
      reorderPoint: quantity.optional(),
    })
    .refine((set) => Object.values(set).some((value) => value !== undefined), 'Choose something to change'),
});

// Categories, brands, suppliers

export const categoryNode = z.object({
  id,
  parentId: id.nullable(),
  name: z.string(),
  /** "Dairy / Cheese": the names from the root down, for pickers and filters. */
  path: z.string(),
  productCount: z.number().int(),
  /** The attributes this category declares itself (its products also get those of its ancestors). */
  attributes: attributeSchema,
});
export type CategoryNode = z.infer<typeof categoryNode>;

const categoryName = text(80);

export const brandRow = z.object({ id, name: z.string(), productCount: z.number().int() });
export type BrandRow = z.infer<typeof brandRow>;

const supplierFields = z.strictObject({
  name: text(120),
  contactName: optionalText(120),
  email: optionalEmail,
  phone: optionalText(40),
  leadTimeDays: z.number().int().min(0).max(365),
  notes: optionalText(2000),
});

export const supplierRow = z.object({
  id,
  name: z.string(),
  contactName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  leadTimeDays: z.number().int(),
  notes: z.string().nullable(),
  productCount: z.number().int(),
});
export type SupplierRow = z.infer<typeof supplierRow>;

export const supplierDetail = supplierRow.extend({
  /** What the supplier sells us, by name, at most 200 (productCount has the total). */
  products: z.array(
    z.object({
      productId: id,
      sku: z.string(),
      name: z.string(),
      supplierSku: z.string().nullable(),
      costCents: z.number().int(),
    }),
  ),
});
export type SupplierDetail = z.infer<typeof supplierDetail>;

const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  channel({ input, output, access: 'clerk', writes: false });
const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  channel({ input, output, access: 'manager', writes: true });

export const catalogChannels = {
  /**
   * `sort` is the order the items are in: a search matching too many products to rank comes in
   * name order though relevance was asked for, and the screen says so.
   */
  'products.list': read(
    productListInput,
    z.object({ items: z.array(productRow), nextCursor: z.string().nullable(), sort: z.enum(PRODUCT_LIST_SORTS) }),
  ),
  'products.get': read(z.strictObject({ id }), productDetail),
  /** What a scanner typed: an exact barcode (UPC-A and its EAN-13 form alike) or SKU in any case. */
  'products.findByCode': read(
    z.strictObject({ code: z.string().trim().min(1).max(MAX_PRODUCT_CODE_LENGTH) }),
    z.object({ id, name: z.string(), archived: z.boolean(), matchedBy: z.enum(['barcode', 'sku']) }),
  ),
  'products.create': write(productCreateInput, productDetail),
  /** A stale `version` is refused with CONFLICT and details {currentVersion}. */
  'products.update': write(productUpdateInput, productDetail),
  'products.archive': write(versionedProduct, productDetail),
  'products.restore': write(versionedProduct, productDetail),
  /** All or nothing; every product's version is raised. */
  'products.bulkUpdate': write(productBulkUpdateInput, z.object({ updated: z.number().int() })),
  /** Null clears the store's own value, so the product's applies again. */
  'products.setStoreReorder': channel({
    ...write(
      z.strictObject({
        productId: id,
        storeId: id,
        reorderPoint: quantity.nullable(),
        reorderQty: quantity.nullable(),
      }),
      productDetail,
    ),
    storeScoped: true,
  }),

  'categories.list': read(empty, z.array(categoryNode)),
  'categories.create': write(z.strictObject({ name: categoryName, parentId: id.nullable().optional() }), categoryNode),
  'categories.rename': write(z.strictObject({ id, name: categoryName }), categoryNode),
  'categories.move': write(z.strictObject({ id, parentId: id.nullable() }), categoryNode),
  /**
   * Moves the source's products and subcategories into the target (same-named subcategories
   * merge too) and deletes the source; the target adopts attribute definitions it lacks.
   */
  'categories.merge': write(
    z.strictObject({ sourceId: id, targetId: id }),
    z.object({ target: categoryNode, productsMoved: z.number().int(), categoriesMerged: z.number().int() }),
  ),
  /** Replaces the category's own attribute definitions; `indexed` ones get an index for list filters. */
  'categories.setAttributes': write(z.strictObject({ id, attributes: attributeSchema }), categoryNode),

  'brands.list': read(empty, z.array(brandRow)),
  'brands.create': write(z.strictObject({ name: text(120) }), brandRow),
  'brands.rename': write(z.strictObject({ id, name: text(120) }), brandRow),

  'suppliers.list': read(empty, z.array(supplierRow)),
  'suppliers.get': read(z.strictObject({ id }), supplierDetail),
  'suppliers.create': write(supplierFields, supplierRow),
  /** Fields left out stay as they are. */
  'suppliers.update': write(supplierFields.partial().extend({ id }), supplierRow),
};
