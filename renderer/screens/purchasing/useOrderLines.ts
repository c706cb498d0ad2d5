import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { productQuery } from '../../api/hooks/useCatalog';
import { lineForProduct, type EditableLine } from './order-lines';

/**
 * The lines of a draft being edited. Adding a product already on the order adds one to its
 * quantity, so scanning the same item twice means two of it.
 */
export function useOrderLines(initial: EditableLine[], supplierId: number | null) {
  const queryClient = useQueryClient();
  const [lines, setLines] = useState(initial);
  const [dirty, setDirty] = useState(false);

  function change(next: (current: EditableLine[]) => EditableLine[]) {
    setLines(next);
    setDirty(true);
  }

  async function addProduct(productId: number): Promise<void> {
    if (supplierId === null) return;
    if (lines.some((line) => line.productId === productId)) {
      change((current) =>
        current.map((line) =>
          line.productId === productId ? { ...line, quantity: (line.quantity === '' ? 0 : line.quantity) + 1 } : line,
        ),
      );
      return;
    }
    const product = await queryClient.fetchQuery(productQuery(productId));
    const line = lineForProduct(product, supplierId);
    change((current) => (current.some((entry) => entry.productId === productId) ? current : [...current, line]));
  }

  return {
    lines,
    dirty,
    addProduct,
    update: (productId: number, patch: Partial<EditableLine>) =>
      change((current) => current.map((line) => (line.productId === productId ? { ...line, ...patch } : line))),
    remove: (productId: number) => change((current) => current.filter((line) => line.productId !== productId)),
    /** After a save the editor holds what is stored. */
    markSaved: () => setDirty(false),
  };
}
