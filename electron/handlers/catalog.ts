import type { Handler } from '../host/context';
import { listCategories } from '../services/catalog/list-categories';
import { listProducts } from '../services/catalog/list-products';

export const productsList: Handler<'products.list'> = (input, ctx) =>
  listProducts(ctx.dataSource, ctx.actor.storeId, input);

export const categoriesList: Handler<'categories.list'> = (_input, ctx) => listCategories(ctx.manager);
