import type { AuditNote, AuthedContext, Handler, HandlerRegistry } from '../host/context';
import { setProductArchived } from '../services/catalog/archive-product';
import { requireDeclaredAttributeKeys } from '../services/catalog/attribute-sql';
import { createBrand, listBrands, loadBrand, renameBrand } from '../services/catalog/brands';
import { bulkUpdateProducts } from '../services/catalog/bulk-update-products';
import { catalogWriter } from '../services/catalog/catalog-writer';
import { loadCategoryNode } from '../services/catalog/category-node';
import { createCategory } from '../services/catalog/create-category';
import { createProduct } from '../services/catalog/create-product';
import { findProductByCode } from '../services/catalog/find-product-by-code';
import { listCategories } from '../services/catalog/list-categories';
import { listProducts } from '../services/catalog/list-products';
import { mergeCategories } from '../services/catalog/merge-categories';
import { moveCategory } from '../services/catalog/move-category';
import { loadProductDetail } from '../services/catalog/product-detail';
import { renameCategory } from '../services/catalog/rename-category';
import { setCategoryAttributes } from '../services/catalog/set-category-attributes';
import { setStoreReorder } from '../services/catalog/store-reorder';
import { listSuppliers, loadSupplier, loadSupplierDetail } from '../services/catalog/suppliers';
import { updateProduct } from '../services/catalog/update-product';
import { createSupplier, updateSupplier } from '../services/catalog/write-supplier';

/**
 * Fills the audit note of the call. The row is named before the work starts, so a refused
 * write is audited against the product or category it tried to change.
 */
function auditTarget(ctx: AuthedContext, entity: string, entityId?: AuditNote['entityId']): AuditNote {
  Object.assign(ctx.audit, { entity, entityId });
  return ctx.audit;
}

// Products

const productsList: Handler<'products.list'> = (input, ctx) => {
  requireDeclaredAttributeKeys(ctx.sql, Object.keys(input.attributes ?? {}));
  return listProducts(ctx.dataSource, input.storeId ?? ctx.actor.storeId, input);
};

const productsGet: Handler<'products.get'> = (input, ctx) => loadProductDetail(ctx.sql, input.id);

const productsFindByCode: Handler<'products.findByCode'> = (input, ctx) => findProductByCode(ctx.sql, input.code);

const productsCreate: Handler<'products.create'> = (input, ctx) => {
  const note = auditTarget(ctx, 'products');
  note.details = { sku: input.sku, name: input.name, priceCents: input.priceCents, costCents: input.costCents };
  note.entityId = createProduct(catalogWriter(ctx), input);
  return loadProductDetail(ctx.sql, note.entityId);
};

const productsUpdate: Handler<'products.update'> = (input, ctx) => {
  const note = auditTarget(ctx, 'products', input.id);
  note.details = { version: input.version, changes: updateProduct(catalogWriter(ctx), input) };
  return loadProductDetail(ctx.sql, input.id);
};

const productsArchive: Handler<'products.archive'> = (input, ctx) => {
  const note = auditTarget(ctx, 'products', input.id);
  note.details = { archived: true, changed: setProductArchived(catalogWriter(ctx), input, true) };
  return loadProductDetail(ctx.sql, input.id);
};

const productsRestore: Handler<'products.restore'> = (input, ctx) => {
  const note = auditTarget(ctx, 'products', input.id);
  note.details = { archived: false, changed: setProductArchived(catalogWriter(ctx), input, false) };
  return loadProductDetail(ctx.sql, input.id);
};

const productsBulkUpdate: Handler<'products.bulkUpdate'> = (input, ctx) => {
  const note = auditTarget(ctx, 'products');
  note.details = { requested: input.ids.length, set: input.set, ids: input.ids };
  const updated = bulkUpdateProducts(catalogWriter(ctx), input);
  note.details.count = updated;
  return { updated };
};

const productsSetStoreReorder: Handler<'products.setStoreReorder'> = (input, ctx) => {
  const { productId, ...setting } = input;
  auditTarget(ctx, 'stock_levels', productId).details = setting;
  setStoreReorder(catalogWriter(ctx), ctx.actor, input);
  return loadProductDetail(ctx.sql, productId);
};

// Categories

const categoriesList: Handler<'categories.list'> = (_input, ctx) => listCategories(ctx.sql);

const categoriesCreate: Handler<'categories.create'> = (input, ctx) => {
  const note = auditTarget(ctx, 'categories');
  note.details = { name: input.name, parentId: input.parentId ?? null };
  note.entityId = createCategory(catalogWriter(ctx), input);
  return loadCategoryNode(ctx.sql, note.entityId);
};

const categoriesRename: Handler<'categories.rename'> = (input, ctx) => {
  const note = auditTarget(ctx, 'categories', input.id);
  note.details = { name: { from: renameCategory(catalogWriter(ctx), input), to: input.name } };
  return loadCategoryNode(ctx.sql, input.id);
};

const categoriesMove: Handler<'categories.move'> = (input, ctx) => {
  const note = auditTarget(ctx, 'categories', input.id);
  note.details = { parentId: { from: moveCategory(catalogWriter(ctx), input), to: input.parentId } };
  return loadCategoryNode(ctx.sql, input.id);
};

const categoriesMerge: Handler<'categories.merge'> = (input, ctx) => {
  const note = auditTarget(ctx, 'categories', input.targetId);
  const totals = mergeCategories(catalogWriter(ctx), input);
  note.details = { mergedFrom: input.sourceId, ...totals };
  return { target: loadCategoryNode(ctx.sql, input.targetId), ...totals };
};

const categoriesSetAttributes: Handler<'categories.setAttributes'> = (input, ctx) => {
  const note = auditTarget(ctx, 'categories', input.id);
  const indexes = setCategoryAttributes(catalogWriter(ctx), input);
  note.details = {
    attributeKeys: input.attributes.map((definition) => definition.key),
    indexesCreated: indexes.created,
    indexesDropped: indexes.dropped,
  };
  return loadCategoryNode(ctx.sql, input.id);
};

// Brands and suppliers

const brandsList: Handler<'brands.list'> = (_input, ctx) => listBrands(ctx.sql);

const brandsCreate: Handler<'brands.create'> = (input, ctx) => {
  const note = auditTarget(ctx, 'brands');
  note.details = { name: input.name };
  note.entityId = createBrand(catalogWriter(ctx), input.name);
  return loadBrand(ctx.sql, note.entityId);
};

const brandsRename: Handler<'brands.rename'> = (input, ctx) => {
  const note = auditTarget(ctx, 'brands', input.id);
  note.details = { name: { from: renameBrand(catalogWriter(ctx), input), to: input.name } };
  return loadBrand(ctx.sql, input.id);
};

const suppliersList: Handler<'suppliers.list'> = (_input, ctx) => listSuppliers(ctx.sql);

const suppliersGet: Handler<'suppliers.get'> = (input, ctx) => loadSupplierDetail(ctx.sql, input.id);

const suppliersCreate: Handler<'suppliers.create'> = (input, ctx) => {
  const note = auditTarget(ctx, 'suppliers');
  note.details = { name: input.name };
  note.entityId = createSupplier(catalogWriter(ctx), input);
  return loadSupplier(ctx.sql, note.entityId);
};

const suppliersUpdate: Handler<'suppliers.update'> = (input, ctx) => {
  const note = auditTarget(ctx, 'suppliers', input.id);
  note.details = { changed: updateSupplier(catalogWriter(ctx), input) };
  return loadSupplier(ctx.sql, input.id);
};

export const catalogHandlers = {
  'products.list': productsList,
  'products.get': productsGet,
  'products.findByCode': productsFindByCode,
  'products.create': productsCreate,
  'products.update': productsUpdate,
  'products.archive': productsArchive,
  'products.restore': productsRestore,
  'products.bulkUpdate': productsBulkUpdate,
  'products.setStoreReorder': productsSetStoreReorder,
  'categories.list': categoriesList,
  'categories.create': categoriesCreate,
  'categories.rename': categoriesRename,
  'categories.move': categoriesMove,
  'categories.merge': categoriesMerge,
  'categories.setAttributes': categoriesSetAttributes,
  'brands.list': brandsList,
  'brands.create': brandsCreate,
  'brands.rename': brandsRename,
  'suppliers.list': suppliersList,
  'suppliers.get': suppliersGet,
  'suppliers.create': suppliersCreate,
  'suppliers.update': suppliersUpdate,
} satisfies Partial<HandlerRegistry>;
