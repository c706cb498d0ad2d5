import { attributeIssues, type AttributeSchema, type AttributeValue } from '../../../../shared/attributes';
import { productCreateInput, type ProductCreateInput, type ProductDetail } from '../../../../shared/contract';
import { MONEY_EXAMPLE } from '../../../components/inventory/money';
import { validate, type FieldErrors } from '../../../lib/validate';

/** Cents: null for an empty box, NaN for text that is not an amount (MoneyInput says so itself). */
type Money = number | null;

export interface SupplierLink {
  supplierId: number;
  name: string;
  supplierSku: string;
  costCents: Money;
}

export interface ProductFormValues {
  name: string;
  sku: string;
  barcode: string;
  description: string;
  categoryId: number | null;
  brandId: number | null;
  priceCents: Money;
  costCents: Money;
  /** Percent as typed (7.25); the contract stores basis points. */
  taxRatePercent: number | '';
  reorderPoint: number | '';
  reorderQty: number | '';
  allowBackorder: boolean;
  attributes: Record<string, AttributeValue>;
  suppliers: SupplierLink[];
}

export const EMPTY_PRODUCT: ProductFormValues = {
  name: '',
  sku: '',
  barcode: '',
  description: '',
  categoryId: null,
  brandId: null,
  priceCents: null,
  costCents: null,
  taxRatePercent: 0,
  reorderPoint: 0,
  reorderQty: 0,
  allowBackorder: false,
  attributes: {},
  suppliers: [],
};

export function valuesFromProduct(product: ProductDetail): ProductFormValues {
  return {
    name: product.name,
    sku: product.sku,
    barcode: product.barcode ?? '',
    description: product.description ?? '',
    categoryId: product.categoryId,
    brandId: product.brandId,
    priceCents: product.priceCents,
    costCents: product.costCents,
    taxRatePercent: product.taxRateBp / 100,
    reorderPoint: product.reorderPoint,
    reorderQty: product.reorderQty,
    allowBackorder: product.allowBackorder,
    attributes: product.attributes,
    suppliers: product.suppliers.map((link) => ({
      supplierId: link.supplierId,
      name: link.name,
      supplierSku: link.supplierSku ?? '',
      costCents: link.costCents,
    })),
  };
}

const REQUIRED_NUMBER = 'Enter a number';
const NOT_AN_AMOUNT = `Enter an amount like ${MONEY_EXAMPLE}`;

/**
 * The form as the contract's input, checked by the contract's own schema plus the category's
 * attribute rules, with messages keyed by the field they belong to.
 */
export function checkProductForm(
  values: ProductFormValues,
  schema: AttributeSchema,
): { ok: true; input: ProductCreateInput } | { ok: false; errors: FieldErrors } {
  // Only the attributes the chosen category still declares travel; others belonged to an old category.
  const keys = new Set(schema.map((definition) => definition.key));
  const attributes = Object.fromEntries(Object.entries(values.attributes).filter(([key]) => keys.has(key)));
  const input: ProductCreateInput = {
    name: values.name,
    sku: values.sku,
    barcode: values.barcode.trim(),
    description: values.description,
    categoryId: values.categoryId,
    brandId: values.brandId,
    priceCents: values.priceCents ?? Number.NaN,
    costCents: values.costCents ?? Number.NaN,
    taxRateBp: values.taxRatePercent === '' ? Number.NaN : Math.round(values.taxRatePercent * 100),
    reorderPoint: values.reorderPoint === '' ? Number.NaN : values.reorderPoint,
    reorderQty: values.reorderQty === '' ? Number.NaN : values.reorderQty,
    allowBackorder: values.allowBackorder,
    attributes,
    suppliers: values.suppliers.map((link) => ({
      supplierId: link.supplierId,
      supplierSku: link.supplierSku,
      costCents: link.costCents ?? Number.NaN,
    })),
  };
  const result = validate(productCreateInput, input);
  const errors: FieldErrors = result.ok ? {} : { ...result.errors };
  for (const issue of attributeIssues(schema, attributes)) errors[issue.path] ??= issue.message;
  // Empty or unreadable numbers get one plain message instead of the schema's type wording.
  if (values.priceCents === null) errors.priceCents = 'Enter a price';
  else if (Number.isNaN(values.priceCents)) errors.priceCents = NOT_AN_AMOUNT;
  if (values.costCents === null) errors.costCents = 'Enter a cost';
  else if (Number.isNaN(values.costCents)) errors.costCents = NOT_AN_AMOUNT;
  if (values.taxRatePercent === '') errors.taxRateBp = REQUIRED_NUMBER;
  else if (errors.taxRateBp) errors.taxRateBp = 'Use a rate from 0 to 100 %';
  if (values.reorderPoint === '') errors.reorderPoint = REQUIRED_NUMBER;
  if (values.reorderQty === '') errors.reorderQty = REQUIRED_NUMBER;
  if (values.suppliers.some((link) => link.costCents === null || Number.isNaN(link.costCents))) {
    errors.suppliers = 'Give each supplier a cost';
  }
  return Object.keys(errors).length === 0 ? { ok: true, input } : { ok: false, errors };
}
