import { equivalentBarcodes } from '../../../../shared/barcode';

interface CodedLine {
  productId: number;
  sku: string;
  barcode: string | null;
}

/**
 * The line a scanned or typed code names, found without asking the host: by barcode in any of
 * its spellings (UPC-A or its EAN-13 form), or by SKU in any case.
 */
export function lineForCode<L extends CodedLine>(lines: readonly L[], code: string): L | undefined {
  const trimmed = code.trim();
  const spellings = new Set(equivalentBarcodes(trimmed));
  return (
    lines.find((line) => line.barcode !== null && spellings.has(line.barcode)) ??
    lines.find((line) => line.sku.toLowerCase() === trimmed.toLowerCase())
  );
}
