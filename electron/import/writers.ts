import type { ImportKind } from '../../shared/import/fields';
import type { WriterFactory } from './writer';
import { customersWriter } from './write/customers';
import { interactionsWriter } from './write/interactions';
import { productsWriter } from './write/products';
import { salesWriter } from './write/sales';
import { stockWriter } from './write/stock';
import { suppliersWriter } from './write/suppliers';

/** Every import kind's writer, by kind. */
export const importWriters: Record<ImportKind, WriterFactory> = {
  products: productsWriter,
  customers: customersWriter,
  suppliers: suppliersWriter,
  stock: stockWriter,
  sales: salesWriter,
  interactions: interactionsWriter,
};
