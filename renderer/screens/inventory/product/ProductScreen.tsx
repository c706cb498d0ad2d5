import { Button, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { ProductDetail } from '../../../../shared/contract';
import { useProduct, useUpdateProduct } from '../../../api/hooks/useCatalog';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { apiFieldErrors, isStaleVersion } from '../../../components/inventory/api-field-errors';
import { QueryError } from '../../../components/inventory/QueryError';
import { StaleNotice } from '../../../components/inventory/StaleNotice';
import { useCan } from '../../../components/inventory/useCan';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RecordThread } from '../../../components/messages/RecordThread';
import { AdjustStockDialog } from './AdjustStockDialog';
import { ArchiveToggle } from './ArchiveToggle';
import { MovementHistoryPanel } from './MovementHistoryPanel';
import { PriceHistoryPanel } from './PriceHistoryPanel';
import { ProductForm } from './ProductForm';
import { ProductHeader } from './ProductHeader';
import { valuesFromProduct } from './product-form-values';
import { StockByStorePanel } from './StockByStorePanel';
import { BoughtTogetherPanel } from './BoughtTogetherPanel';
import classes from './ProductScreen.module.css';

export function ProductScreen() {
  const productId = Number(useParams().productId);
  const product = useProduct(productId);
  if (product.isPending) return <ProductSkeleton />;
  if (product.isError) {
    return (
      <QueryError
        error={product.error}
        onRetry={() => void product.refetch()}
        titles={{ NOT_FOUND: 'This product does not exist', VALIDATION: 'This product does not exist' }}
      />
    );
  }
  return <ProductView product={product.data} reloading={product.isFetching} onReload={() => void product.refetch()} />;
}

/** One product: its form (read-only for clerks), its stock everywhere, and what happened to it. */
function ProductView({
  product,
  reloading,
  onReload,
}: {
  product: ProductDetail;
  reloading: boolean;
  onReload: () => void;
}) {
  const staff = useCurrentStaff();
  const can = useCan();
  const update = useUpdateProduct();
  const [stale, setStale] = useState(false);
  const [adjustOpened, adjustDialog] = useDisclosure(false);
  const canEdit = can('products.update');
  const here = product.stock.find((row) => row.storeId === staff.storeId);

  function reload() {
    setStale(false);
    update.reset();
    onReload();
  }

  return (
    <Stack gap="md">
      <ProductHeader
        title={product.name}
        subtitle={[product.sku, product.barcode].filter(Boolean).join(' · ')}
        archived={product.archived}
        actions={
          <>
            {can('stock.adjust') && here && (
              <Button variant="default" onClick={adjustDialog.open}>
                Adjust stock…
              </Button>
            )}
            {can('products.archive') && <ArchiveToggle product={product} onStale={() => setStale(true)} />}
          </>
        }
      />
      {stale && <StaleNotice what="product" reloading={reloading} onReload={reload} />}
      {!canEdit && (
        <Text size="sm" c="dimmed">
          Managers change products; you can see everything here and scan or count its stock.
        </Text>
      )}
      <div className={classes.grid}>
        <ProductForm
          // A saved or reloaded version starts the form again from what is stored.
          key={product.version}
          initial={valuesFromProduct(product)}
          readOnly={!canEdit}
          saving={update.isPending}
          serverErrors={apiFieldErrors(update.error)}
          submitLabel="Save changes"
          footer={
            update.error && !stale && Object.keys(apiFieldErrors(update.error)).length === 0 ? (
              <ErrorAlert error={update.error} />
            ) : null
          }
          onSubmit={(input) =>
            update.mutate(
              { ...input, id: product.id, version: product.version },
              {
                onSuccess: (saved) =>
                  notifications.show({ color: 'green', title: 'Product saved', message: saved.name }),
                onError: (error) => setStale(isStaleVersion(error)),
              },
            )
          }
        />
        <Stack gap="md">
          <StockByStorePanel product={product} />
          <PriceHistoryPanel history={product.priceHistory} />
          <BoughtTogetherPanel productId={product.id} />
        </Stack>
      </div>
      <MovementHistoryPanel product={product} />
      <RecordThread record={{ kind: 'product', id: product.id }} what="product" />
      {here && (
        <AdjustStockDialog
          productId={product.id}
          productName={product.name}
          onHand={here.onHand}
          storeName={here.storeName}
          opened={adjustOpened}
          onClose={adjustDialog.close}
        />
      )}
    </Stack>
  );
}

function ProductSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading product">
      <Skeleton height={48} width="40%" />
      <div className={classes.grid}>
        <Skeleton height={420} radius="md" />
        <Skeleton height={260} radius="md" />
      </div>
    </Stack>
  );
}
