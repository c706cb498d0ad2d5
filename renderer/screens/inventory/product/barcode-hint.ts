import { barcodeKind, barcodeProblem } from '../../../../shared/barcode';

/** What the barcode box says under itself while a person types: the kind of code, and whether its check digit fits. */
export function barcodeHint(code: string): { description: string | null; problem: string | null } {
  const trimmed = code.trim();
  if (!trimmed) return { description: 'Optional. Scan the product or type the digits under its bars.', problem: null };
  const kind = barcodeKind(trimmed);
  if (kind === 'plain') return { description: 'An in-house code (not an EAN or UPC number).', problem: null };
  const problem = barcodeProblem(trimmed);
  return { description: problem ? null : `${kind}, check digit correct.`, problem };
}
