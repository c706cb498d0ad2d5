import { Anchor, Badge, Skeleton, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Suggestion } from '../../../shared/contract/recommendations';
import { formatMoney } from '../../../shared/money';
import { reasonText } from './reason-text';
import { TitledPanel } from '../TitledPanel';

interface Props {
  title: string;
  /** What the empty panel says: how suggestions come to be, so the screen teaches. */
  empty: string;
  /** The recommendations query behind the panel: its items, or why there are none yet. */
  query: { data?: { items: Suggestion[] }; isLoading: boolean; error: Error | null };
  /** A button per row (the till's "Add"); without it each product links to its page. */
  action?: (suggestion: Suggestion) => React.ReactNode;
}

/** A list of suggested products, each with its reason, for the customer, product and till screens. */
export function SuggestionsPanel({ title, empty, query, action }: Props) {
  const { error, isLoading: loading } = query;
  const items = query.data?.items;
  return (
    <TitledPanel title={title}>
      {error ? (
        <Text size="sm" c="red">
          {error.message}
        </Text>
      ) : loading && !items ? (
        <Skeleton height={80} />
      ) : !items || items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table aria-label={title}>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.product.id}>
                <Table.Td>
                  {action ? (
                    <Text size="sm">{item.product.name}</Text>
                  ) : (
                    <Anchor component={Link} to={`/inventory/products/${item.product.id}`} size="sm">
                      {item.product.name}
                    </Anchor>
                  )}
                  <Text size="xs" c="dimmed">
                    {reasonText(item.reason)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {item.reason.kind === 'promoted' && (
                    <Badge size="xs" color="grape" mr="xs">
                      Promoted
                    </Badge>
                  )}
                  <Text size="sm" span>
                    {formatMoney(item.product.priceCents)}
                  </Text>
                </Table.Td>
                {action && <Table.Td ta="right">{action(item)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </TitledPanel>
  );
}
