import type { Handler, HandlerRegistry } from '../host/context';
import { listCategories } from '../services/catalog/list-categories';
import { listProducts } from '../services/catalog/list-products';

const productsList: Handler<'products.list'> = (input, ctx) =>
  listProducts(ctx.dataSource, ctx.actor.storeId, input);

const categoriesList: Handler<'categories.list'> = (_input, ctx) => listCategories(ctx.manager);

export const catalogHandlers = {
  'products.list': productsList,
  'categories.list': categoriesList,
} satisfies Partial<HandlerRegistry>;
