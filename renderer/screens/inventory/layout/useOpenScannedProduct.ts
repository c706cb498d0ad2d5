import { useNavigate } from 'react-router';
import { useFindProductByCode } from '../../../api/hooks/useCatalog';
import { showScanLookupFailed } from '../../../components/inventory/scan-lookup-failed';

/** What a scan does where nothing else claims it: open the product with that barcode or SKU. */
export function useOpenScannedProduct(): (code: string) => void {
  const navigate = useNavigate();
  const findByCode = useFindProductByCode();
  return (code) =>
    findByCode.mutate(code, {
      onSuccess: (product) => void navigate(`/inventory/products/${product.id}`),
      onError: (error) => showScanLookupFailed(code, error),
    });
}
