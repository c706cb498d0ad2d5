import type { ImportKind, KindSpec } from '../fields';
import { customersKind } from './customers';
import { interactionsKind } from './interactions';
import { productsKind } from './products';
import { salesKind } from './sales';
import { stockKind } from './stock';
import { suppliersKind } from './suppliers';

/** Every import kind's fields and natural keys, by kind. */
export const importKinds: Record<ImportKind, KindSpec> = {
  products: productsKind,
  customers: customersKind,
  suppliers: suppliersKind,
  stock: stockKind,
  sales: salesKind,
  interactions: interactionsKind,
};
