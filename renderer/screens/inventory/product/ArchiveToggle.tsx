import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import type { ProductDetail } from '../../../../shared/contract';
import { useArchiveProduct, useRestoreProduct } from '../../../api/hooks/useCatalog';
import { ConfirmDialog } from '../../../components/inventory/ConfirmDialog';
import { isStaleVersion } from '../../../components/inventory/api-field-errors';

/** Archives a product (off the lists and the till, history kept) or brings it back, after asking. */
export function ArchiveToggle({ product, onStale }: { product: ProductDetail; onStale: () => void }) {
  const [opened, setOpened] = useState(false);
  const archive = useArchiveProduct();
  const restore = useRestoreProduct();
  const write = product.archived ? restore : archive;

  function close() {
    write.reset();
    setOpened(false);
  }

  return (
    <>
      <Button variant="default" color={product.archived ? undefined : 'red'} onClick={() => setOpened(true)}>
        {product.archived ? 'Restore…' : 'Archive…'}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={product.archived ? `Restore ${product.name}?` : `Archive ${product.name}?`}
        confirmLabel={product.archived ? 'Restore product' : 'Archive product'}
        danger={!product.archived}
        loading={write.isPending}
        error={write.error}
        onClose={close}
        onConfirm={() =>
          write.mutate(
            { id: product.id, version: product.version },
            {
              onSuccess: close,
              onError: (error) => {
                if (!isStaleVersion(error)) return;
                close();
                onStale();
              },
            },
          )
        }
      >
        <Text size="sm">
          {product.archived
            ? 'It returns to the product list and can be sold and ordered again.'
            : 'It leaves the product list and can no longer be sold or ordered. Its stock, sales and history stay, and you can restore it at any time.'}
        </Text>
      </ConfirmDialog>
    </>
  );
}
