/**
 * The grocery catalog the demo data is built from: departments (top-level categories), their
 * shelves (leaf categories, sometimes grouped one level deeper) and the words product names are
 * made of, e.g. brand "Greenfield" + variant "Organic" + item "Whole Milk" + size "1 L".
 */
export interface ShelfSpec {
  name: string;
  items: readonly string[];
  variants: readonly string[];
  /** Smallest first; larger sizes cost proportionally more. */
  sizes: readonly string[];
  /** Shelf price range of the smallest size, in cents. */
  price: readonly [number, number];
  /** Units per case: reorder quantities are whole cases. */
  caseSize: number;
  /** Overrides the department's tax rate (basis points). */
  taxBp?: number;
  /** Sold loose by weight, so often without a barcode. */
  loose?: boolean;
}

export interface GroupSpec {
  name: string;
  shelves: readonly ShelfSpec[];
}

export interface DepartmentSpec {
  name: string;
  skuPrefix: string;
  /** Basic food is untaxed; everything else pays 8.25 %. */
  taxBp: number;
  leadTimeDays: readonly [number, number];
  /** How often shoppers reach for this department relative to the others: fresh food sells fastest. */
  appeal: number;
  brandSuffixes: readonly string[];
  supplierWord: string;
  children: readonly (ShelfSpec | GroupSpec)[];
}

export function isGroup(node: ShelfSpec | GroupSpec): node is GroupSpec {
  return 'shelves' in node;
}

/** Comma-separated words, kept on one line each so the catalog stays readable. */
export const list = (words: string): string[] => words.split(', ');

/** Tax rates in basis points: basic food is untaxed, everything else pays 8.25 %. */
export const TAXED = 825;
export const FOOD = 0;
