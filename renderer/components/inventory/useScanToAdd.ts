import { useFindProductByCode } from '../../api/hooks/useCatalog';
import type { PickedProduct } from './ProductPicker';
import { useScanHandler } from './ScanProvider';
import type { InterruptedBox } from './useBarcodeScanner';
import { showScanLookupFailed } from './scan-lookup-failed';

/**
 * While a document is open, a scan adds the scanned product to it instead of opening the product.
 * `onInterrupted` puts back a quantity box the scanner typed into.
 */
export function useScanToAdd(
  add: (product: PickedProduct) => void,
  { enabled = true, onInterrupted }: { enabled?: boolean; onInterrupted?: (box: InterruptedBox) => void } = {},
): void {
  const findByCode = useFindProductByCode();
  useScanHandler((code, interrupted) => {
    if (interrupted) onInterrupted?.(interrupted);
    if (!enabled) return;
    findByCode.mutate(code, {
      onSuccess: (product) => add({ id: product.id, name: product.name }),
      onError: (error) => showScanLookupFailed(code, error),
    });
  });
}
