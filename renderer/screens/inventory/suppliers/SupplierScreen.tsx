import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import type { SupplierDetail } from '../../../../shared/contract';
import { useSupplier, useUpdateSupplier } from '../../../api/hooks/useCatalog';
import { DocumentHeader } from '../../../components/inventory/DocumentHeader';
import { countOf, formatDays } from '../../../components/inventory/units';
import { money } from '../../../components/inventory/money';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { useCan } from '../../../components/inventory/useCan';
import { formatCount } from '../../../lib/format';
import { fieldsFromSupplier, SupplierForm } from './SupplierForm';
import { TitledPanel } from '../../../components/TitledPanel';

export function SupplierScreen() {
  const supplierId = Number(useParams().supplierId);
  const supplier = useSupplier(supplierId);
  if (supplier.isPending) return <TableSkeleton label="Loading supplier" />;
  if (supplier.isError) {
    return (
      <QueryError
        error={supplier.error}
        onRetry={() => void supplier.refetch()}
        titles={{ NOT_FOUND: 'This supplier does not exist' }}
      />
    );
  }
  return <SupplierView supplier={supplier.data} />;
}

/** A supplier's details (editable by managers) and what they sell the store. */
function SupplierView({ supplier }: { supplier: SupplierDetail }) {
  const can = useCan();
  const update = useUpdateSupplier();
  return (
    <Stack gap="md">
      <DocumentHeader
        title={supplier.name}
        subtitle={`${countOf(supplier.productCount, 'product')} · lead time ${formatDays(supplier.leadTimeDays)}`}
        backTo="/inventory/suppliers"
        backLabel="Suppliers"
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <TitledPanel title="Details" section>
          <SupplierForm
            key={JSON.stringify(fieldsFromSupplier(supplier))}
            initial={fieldsFromSupplier(supplier)}
            readOnly={!can('suppliers.update')}
            saving={update.isPending}
            error={update.error}
            submitLabel="Save supplier"
            onSubmit={(input) =>
              update.mutate(
                { ...input, id: supplier.id },
                {
                  onSuccess: (saved) =>
                    notifications.show({ color: 'green', title: 'Supplier saved', message: saved.name }),
                },
              )
            }
          />
        </TitledPanel>
        <TitledPanel title="Products" section>
          {supplier.products.length === 0 ? (
            <Text size="sm" c="dimmed">
              No products linked yet. Add this supplier on a product's page, under Suppliers.
            </Text>
          ) : (
            <Table verticalSpacing={4} styles={{ th: { whiteSpace: 'nowrap' } }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Product</Table.Th>
                  <Table.Th>Their code</Table.Th>
                  <Table.Th ta="end">Cost</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {supplier.products.map((product) => (
                  <Table.Tr key={product.productId}>
                    <Table.Td>
                      <Link to={`/inventory/products/${product.productId}`}>{product.name}</Link>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {product.sku}
                      </Text>
                    </Table.Td>
                    <Table.Td ff="monospace" fz="xs">
                      {product.supplierSku ?? '—'}
                    </Table.Td>
                    <Table.Td ta="end">{money(product.costCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {supplier.productCount > supplier.products.length && (
            <Text size="xs" c="dimmed" mt="xs">
              The first {formatCount(supplier.products.length)} of {formatCount(supplier.productCount)} by name.
            </Text>
          )}
        </TitledPanel>
      </SimpleGrid>
    </Stack>
  );
}
