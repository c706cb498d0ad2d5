import type { InterruptedBox } from './useBarcodeScanner';

/**
 * A quantity box a scan was typed into, put back: which line it belongs to (the box carries the
 * product id in `attribute`) and the number it held before the scan, or null when it was empty.
 */
export function restoredQuantity(
  interrupted: InterruptedBox | null,
  attribute: string,
): { productId: number; quantity: number | '' } | null {
  const productId = Number(interrupted?.input.getAttribute(attribute));
  if (!interrupted || !Number.isInteger(productId) || productId <= 0) return null;
  const digits = interrupted.valueBefore.replace(/\D/g, '');
  return { productId, quantity: digits === '' ? '' : Number(digits) };
}
