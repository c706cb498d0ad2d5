import { Button, Group, Modal, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import type { ProductDetail } from '../../../../shared/contract';
import { useSetStoreReorder } from '../../../api/hooks/useCatalog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { WholeNumberInput } from '../../../components/LocaleNumberInput';
import { isNumber } from '../../../lib/number-entry';

type StoreStock = ProductDetail['stock'][number];

/** One store's own reorder point and quantity, or back to the product's. */
export function StoreReorderDialog({
  product,
  store,
  onClose,
}: {
  product: ProductDetail;
  store: StoreStock;
  onClose: () => void;
}) {
  const [own, setOwn] = useState(store.storeOverride);
  const [point, setPoint] = useState<number | ''>(store.reorderPoint);
  const [quantity, setQuantity] = useState<number | ''>(store.reorderQty);
  const setStoreReorder = useSetStoreReorder();
  const complete = !own || (isNumber(point) && isNumber(quantity));

  return (
    <Modal opened onClose={onClose} title={`Reorder settings — ${store.storeName}`} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!complete) return;
          setStoreReorder.mutate(
            {
              productId: product.id,
              storeId: store.storeId,
              reorderPoint: own && isNumber(point) ? point : null,
              reorderQty: own && isNumber(quantity) ? quantity : null,
            },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack gap="md">
          <Switch
            label="This store has its own settings"
            checked={own}
            onChange={(event) => setOwn(event.currentTarget.checked)}
            data-autofocus
          />
          {own ? (
            <SimpleGrid cols={2} spacing="sm">
              <WholeNumberInput label="Reorder point" min={0} allowNegative={false} value={point} onChange={setPoint} />
              <WholeNumberInput
                label="Reorder quantity"
                min={0}
                allowNegative={false}
                value={quantity}
                onChange={setQuantity}
              />
            </SimpleGrid>
          ) : (
            <Text size="sm" c="dimmed">
              Uses the product's settings: reorder at {product.reorderPoint}, order {product.reorderQty}.
            </Text>
          )}
          <ErrorAlert error={setStoreReorder.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button type="submit" loading={setStoreReorder.isPending} disabled={!complete}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
