import { Anchor, Badge, Breadcrumbs, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useCustomer } from '../../../api/hooks/useCustomers';
import { fullName } from '../../../components/customers/customer-names';
import { SegmentBadge } from '../../../components/customers/SegmentBadge';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { RecordThread } from '../../../components/messages/RecordThread';
import { formatDate } from '../../../lib/format';
import { formatPhone } from '../../../lib/phone';
import { CustomerActions } from './CustomerActions';
import { CustomerSuggestions } from './CustomerSuggestions';
import { FavouriteCategoriesChart } from './FavouriteCategoriesChart';
import { FavouriteProducts } from './FavouriteProducts';
import { InteractionCounts } from './InteractionCounts';
import { KeyFigures } from './KeyFigures';
import { RecentOrders } from './RecentOrders';

export function CustomerProfileScreen() {
  const id = Number(useParams().id);
  const query = useCustomer(id);
  if (query.isError) {
    return (
      <QueryError error={query.error} onRetry={() => void query.refetch()} titles={{ NOT_FOUND: 'No such customer' }} />
    );
  }
  if (!query.data) return <TableSkeleton rows={10} label="Loading customer" />;
  const customer = query.data;

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/customers">
          Customers
        </Anchor>
        <Text size="sm">{fullName(customer)}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{fullName(customer)}</Title>
            <SegmentBadge rfm={customer.rfm} showScores />
            {customer.archived && (
              <Badge color="gray">Archived {customer.archivedAt ? formatDate(customer.archivedAt) : ''}</Badge>
            )}
          </Group>
          <Group gap="lg" aria-label="Contact">
            <Text size="sm">{customer.email ?? 'No email'}</Text>
            <Text size="sm">{customer.phone === null ? 'No phone' : formatPhone(customer.phone)}</Text>
            <Text size="sm" c={customer.marketingConsent ? 'green' : 'dimmed'}>
              {customer.marketingConsent ? 'Agrees to marketing' : 'No marketing consent'}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            Customer since {formatDate(customer.createdAt)}
            {customer.homeStoreName ? ` · home store ${customer.homeStoreName}` : ''}
          </Text>
        </Stack>
        <CustomerActions customer={customer} />
      </Group>
      {customer.notes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} aria-label="Notes">
          {customer.notes}
        </Text>
      )}
      <KeyFigures customer={customer} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <FavouriteCategoriesChart categories={customer.favouriteCategories} />
        <FavouriteProducts products={customer.favouriteProducts} />
      </SimpleGrid>
      <CustomerSuggestions customerId={customer.id} />
      <InteractionCounts counts={customer.interactionCounts} />
      <RecentOrders orders={customer.recentOrders} />
      <RecordThread record={{ kind: 'customer', id: customer.id }} what="customer" />
    </Stack>
  );
}
