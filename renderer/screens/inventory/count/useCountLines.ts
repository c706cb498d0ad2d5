import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { productQuery } from '../../../api/hooks/useCatalog';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { countSheetQuery } from '../../../api/hooks/useStock';
import { countEntry } from './count-entry';
import { mergeLines } from './count-lines';
import { useCountDraft } from './useCountDraft';

/** The lines of the count in progress and the ways they are added: a whole category, one product, a scan. */
export function useCountLines() {
  const staff = useCurrentStaff();
  const queryClient = useQueryClient();
  const [lines, setLines] = useCountDraft();
  const [lastScanned, setLastScanned] = useState<number | null>(null);

  async function addCategory(categoryId: number | null): Promise<number> {
    const sheet = await queryClient.fetchQuery(countSheetQuery(categoryId));
    setLines((current) => mergeLines(current, sheet.items));
    return sheet.items.length;
  }

  /** Adds one product (or finds it on the count); `scanned` counts one unit of it as well. */
  async function addProduct(productId: number, scanned: boolean): Promise<void> {
    if (!lines.some((line) => line.productId === productId)) {
      const product = await queryClient.fetchQuery(productQuery(productId));
      const here = product.stock.find((row) => row.storeId === staff.storeId);
      const row = {
        productId,
        sku: product.sku,
        barcode: product.barcode,
        name: product.name,
        categoryName: product.categoryPath,
        onHand: here?.onHand ?? 0,
      };
      setLines((current) => mergeLines(current, [row]));
    }
    if (scanned) {
      setLines((current) =>
        current.map((line) =>
          line.productId === productId
            ? { ...line, counted: (line.counted === '' ? 0 : line.counted) + 1, typed: undefined }
            : line,
        ),
      );
    }
    setLastScanned(productId);
  }

  return {
    lines,
    lastScanned,
    addCategory,
    addProduct,
    setCounted: (productId: number, counted: number | '') =>
      setLines((current) =>
        current.map((line) => (line.productId === productId ? { ...line, counted, typed: undefined } : line)),
      ),
    /** What was typed in a line's box: a count, or text kept as typed that says what is wrong. */
    enter: (productId: number, text: string) =>
      setLines((current) =>
        current.map((line) =>
          line.productId === productId ? { ...line, typed: undefined, ...countEntry(text) } : line,
        ),
      ),
    remove: (productId: number) => setLines((current) => current.filter((line) => line.productId !== productId)),
    clear: () => setLines([]),
  };
}
