import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { CustomerProfile } from '../../../../shared/contract/customers';
import { formatCount } from '../../../lib/format';

export function FavouriteProducts({ products }: { products: CustomerProfile['favouriteProducts'] }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        Favourite products
      </Title>
      {products.length === 0 ? (
        <Text size="sm" c="dimmed">
          The five products bought most often show here.
        </Text>
      ) : (
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
      )}
    </Paper>
  );
}
