import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useFindProductByCode } from '../../../api/hooks/useCatalog';
import { restoredQuantity } from '../../../components/inventory/scanned-quantity';
import { useScanHandler } from '../../../components/inventory/ScanProvider';
import { COUNT_INPUT_ATTRIBUTE } from './CountEntryTable';

/** What the last code did: counted one of a product, matched nothing, or could not be looked up. */
export type ScanResult =
  | { kind: 'counted'; code: string; name: string }
  | { kind: 'unknown'; code: string }
  | { kind: 'failed'; code: string; message: string };

interface CountActions {
  addProduct: (productId: number, scanned: boolean) => Promise<void>;
  setCounted: (productId: number, counted: number | '') => void;
}

/**
 * Every code counts one unit of its product: from the scan box (a scanner's burst, or a code typed
 * by hand and Enter) and from a scanner used with the focus anywhere else on the screen. A scan
 * that landed in a line's quantity box puts that box back as it was, so the scan is counted once.
 */
export function useCountScan(count: CountActions, enabled: boolean) {
  const findByCode = useFindProductByCode();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ScanResult | null>(null);

  const scan = (typed: string) => {
    const code = typed.trim();
    setText('');
    if (code === '') return;
    findByCode.mutate(code, {
      onSuccess: (product) => {
        void count.addProduct(product.id, true);
        setResult({ kind: 'counted', code, name: product.name });
      },
      onError: (error) =>
        setResult(
          isApiError(error, 'NOT_FOUND') ? { kind: 'unknown', code } : { kind: 'failed', code, message: error.message },
        ),
    });
  };

  useScanHandler((code, interrupted) => {
    const restored = restoredQuantity(interrupted, COUNT_INPUT_ATTRIBUTE);
    if (restored) count.setCounted(restored.productId, restored.quantity);
    if (enabled) scan(code);
  });

  return { text, setText, scan, result, looking: findByCode.isPending };
}
