import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useBarcodeScanner, type ScanListener } from './useBarcodeScanner';

const ScanContext = createContext<{ push: (handler: { current: ScanListener }) => () => void } | null>(null);

/**
 * Listens for barcode scans below it. A scan goes to the screen that most recently asked for scans
 * (a purchase order adds a line, a count counts one), or else to `onScan` (open the product).
 */
export function ScanProvider({ onScan, children }: { onScan: (code: string) => void; children: ReactNode }) {
  const stack = useRef<{ current: ScanListener }[]>([]);
  useBarcodeScanner((code, interrupted) => {
    const handler = stack.current.at(-1);
    if (handler) handler.current(code, interrupted);
    else onScan(code);
  });
  const [value] = useState(() => ({
    push(handler: { current: ScanListener }) {
      stack.current.push(handler);
      return () => {
        stack.current = stack.current.filter((entry) => entry !== handler);
      };
    },
  }));
  return <ScanContext.Provider value={value}>{children}</ScanContext.Provider>;
}

/** While the calling screen is shown, scans go to `handler` instead of opening the product. */
export function useScanHandler(handler: ScanListener): void {
  const context = useContext(ScanContext);
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => context?.push(ref), [context]);
}
