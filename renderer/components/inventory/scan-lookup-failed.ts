import { notifications } from '@mantine/notifications';
import { isApiError } from '../../api/ApiError';

/**
 * Says why a scanned code found no product: none has it, or the look-up itself failed. One
 * notification, replaced by the next scan's, so a burst of bad scans does not stack up.
 */
export function showScanLookupFailed(code: string, error: Error): void {
  const notFound = isApiError(error, 'NOT_FOUND');
  notifications.show({
    id: 'scan-result',
    color: notFound ? 'orange' : 'red',
    title: notFound ? 'No product with that code' : 'The scan could not be looked up',
    message: notFound ? `Nothing in the catalog has the barcode or SKU “${code}”.` : error.message,
  });
}
