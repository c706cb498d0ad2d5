import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ProductDetail } from '../../../../shared/contract';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { useCan } from '../../../components/inventory/useCan';
import { formatCount } from '../../../lib/format';
import { isLowStock } from '../low-stock/is-low-stock';
import { useCanActIn } from '../useCanActIn';
import { StoreReorderDialog } from './StoreReorderDialog';
import { TitledPanel } from '../../../components/TitledPanel';

/** Stock on hand in every store, with each store's reorder settings (its own, or the product's). */
export function StockByStorePanel({ product }: { product: ProductDetail }) {
  const staff = useCurrentStaff();
  const can = useCan();
  const canActIn = useCanActIn();
  const canEdit = can('products.setStoreReorder');
  const [editing, setEditing] = useState<number | null>(null);
  const editingStore = product.stock.find((row) => row.storeId === editing);

  return (
    <TitledPanel title="Stock by store" section>
      <Table verticalSpacing={6} fz="sm" highlightOnHover styles={{ th: { whiteSpace: 'nowrap' } }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Store</Table.Th>
            <Table.Th ta="end">On hand</Table.Th>
            <Table.Th ta="end">Reorder at</Table.Th>
            <Table.Th ta="end">Order</Table.Th>
            {canEdit && <Table.Th w={60} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {product.stock.map((row) => {
            const low = isLowStock(row.onHand, row.reorderPoint);
            return (
              <Table.Tr key={row.storeId}>
                <Table.Td>
                  <Text size="sm" fw={row.storeId === staff.storeId ? 600 : undefined}>
                    {row.storeName}
                  </Text>
                  {row.storeOverride && (
                    <Badge size="xs" variant="light">
                      Own settings
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="end" c={low ? 'orange' : undefined} fw={low ? 600 : undefined}>
                  {formatCount(row.onHand)}
                </Table.Td>
                <Table.Td ta="end">{formatCount(row.reorderPoint)}</Table.Td>
                <Table.Td ta="end">{formatCount(row.reorderQty)}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    {canActIn(row.storeId) && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={`Reorder settings for ${row.storeName}`}
                        onClick={() => setEditing(row.storeId)}
                      >
                        Edit
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {editingStore && <StoreReorderDialog product={product} store={editingStore} onClose={() => setEditing(null)} />}
    </TitledPanel>
  );
}
