import { notifications } from '@mantine/notifications';
import { invoke } from '../../../api/client';
import { isApiError } from '../../../api/ApiError';
import type { PurchaseOrderDetail } from '../../../../shared/contract';
import { lineForCode } from './match-line';

type Line = PurchaseOrderDetail['lines'][number];

/**
 * A code scanned or typed while receiving: the line it names gets one more unit. Codes the order's
 * lines do not carry are asked of the catalog, to say which product it is and that it is not on the order.
 */
export function useReceiveCode(lines: Line[], onLine: (line: Line) => void): (code: string) => void {
  return (code) => {
    const local = lineForCode(lines, code);
    if (local) {
      onLine(local);
      return;
    }
    invoke('products.findByCode', { code })
      .then((product) => {
        const line = lines.find((candidate) => candidate.productId === product.id);
        if (line) onLine(line);
        else notifyNotOnOrder(`${product.name} is not on this purchase order.`);
      })
      .catch((error: unknown) =>
        notifyNotOnOrder(
          isApiError(error, 'NOT_FOUND')
            ? `Nothing in the catalog has the barcode or SKU “${code}”.`
            : error instanceof Error
              ? error.message
              : 'The code could not be looked up.',
        ),
      );
  };
}

function notifyNotOnOrder(message: string): void {
  notifications.show({ id: 'scan-result', color: 'orange', title: 'Not on this order', message });
}
