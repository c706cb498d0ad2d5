import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CustomerProfile } from '../../../../shared/contract/customers';
import { formatCount } from '../../../lib/format';
import { TitledPanel } from '../../../components/TitledPanel';

export function FavouriteProducts({ products }: { products: CustomerProfile['favouriteProducts'] }) {
  return (
    <TitledPanel
      title="Favourite products"
      isEmpty={products.length === 0}
      emptyText="The five products bought most often show here."
    >
      <Table aria-label="Favourite products">
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product.productId}>
              <Table.Td>
                <Anchor component={Link} to={`/inventory/products/${product.productId}`} size="sm">
                  {product.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {product.sku}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatCount(product.quantity)} bought</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TitledPanel>
  );
}
