import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { productQuery } from '../../../api/hooks/useCatalog';
import { useCurrentStaff } from '../../../api/hooks/useSession';

export interface TransferLine {
  productId: number;
  sku: string;
  name: string;
  /** In the sending store when the line was added: a transfer cannot send more than is there. */
  onHand: number;
  quantity: number | '';
}

/** The lines of a transfer being put together; the same product added again adds one more. */
export function useTransferLines() {
  const staff = useCurrentStaff();
  const queryClient = useQueryClient();
  const [lines, setLines] = useState<TransferLine[]>([]);

  async function addProduct(productId: number): Promise<void> {
    if (lines.some((line) => line.productId === productId)) {
      setLines((current) =>
        current.map((line) =>
          line.productId === productId ? { ...line, quantity: (line.quantity === '' ? 0 : line.quantity) + 1 } : line,
        ),
      );
      return;
    }
    const product = await queryClient.fetchQuery(productQuery(productId));
    const onHand = product.stock.find((row) => row.storeId === staff.storeId)?.onHand ?? 0;
    setLines((current) =>
      current.some((line) => line.productId === productId)
        ? current
        : [...current, { productId, sku: product.sku, name: product.name, onHand, quantity: 1 }],
    );
  }

  return {
    lines,
    addProduct,
    setQuantity: (productId: number, quantity: number | '') =>
      setLines((current) => current.map((line) => (line.productId === productId ? { ...line, quantity } : line))),
    remove: (productId: number) => setLines((current) => current.filter((line) => line.productId !== productId)),
  };
}
