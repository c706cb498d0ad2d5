import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useFindProductByCode } from '../../../api/hooks/useCatalog';

/** What a scan does where nothing else claims it: open the product with that barcode or SKU. */
export function useOpenScannedProduct(): (code: string) => void {
  const navigate = useNavigate();
  const findByCode = useFindProductByCode();
  return (code) =>
    findByCode.mutate(code, {
      onSuccess: (product) => void navigate(`/inventory/products/${product.id}`),
      onError: (error) =>
        notifications.show({
          id: 'scan-result',
          color: isApiError(error, 'NOT_FOUND') ? 'orange' : 'red',
          title: isApiError(error, 'NOT_FOUND') ? 'No product with that code' : 'The scan could not be looked up',
          message: isApiError(error, 'NOT_FOUND')
            ? `Nothing in the catalog has the barcode or SKU “${code}”.`
            : error.message,
        }),
    });
}
