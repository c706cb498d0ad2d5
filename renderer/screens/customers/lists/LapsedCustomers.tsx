import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { MAX_LAPSED_DAYS } from '../../../../shared/contract/customers';
import { useLapsedCustomers } from '../../../api/hooks/useCustomers';
import { CustomerLink } from '../../../components/customers/CustomerLink';
import { customerContact } from '../../../components/customers/customer-names';
import { ExportButton } from '../../../components/ExportButton';
import { LoadMoreSentinel } from '../../../components/customers/LoadMoreSentinel';
import { nextPage } from '../../../components/inventory/next-page';
import { countOf } from '../../../components/inventory/units';
import { QueryError } from '../../../components/inventory/QueryError';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { WholeNumberInput } from '../../../components/LocaleNumberInput';
import { useStoreDate } from '../../orders/useStoreTime';
import { readLapsedDays } from './lapsed-days';

const DEFAULT_DAYS = 90;

/**
 * Bought before, not lately: the ones to win back before they are lost. The list follows the last
 * number of days it can use; a number it cannot is named under the box until it is corrected.
 */
export function LapsedCustomers() {
  const [typed, setTyped] = useState<number | ''>(DEFAULT_DAYS);
  const [usableDays, setUsableDays] = useState(DEFAULT_DAYS);
  const [days] = useDebouncedValue(usableDays, 300);
  const read = readLapsedDays(typed);
  const list = useLapsedCustomers(days);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const storeDate = useStoreDate();

  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <WholeNumberInput
          label="No purchase for (days)"
          value={typed}
          onChange={(value) => {
            setTyped(value);
            const next = readLapsedDays(value);
            if ('days' in next) setUsableDays(next.days);
          }}
          error={'problem' in read ? read.problem : undefined}
          min={1}
          max={MAX_LAPSED_DAYS}
          clampBehavior="none"
          w={200}
        />
        <Text size="sm" c="dimmed" pb={6}>
          Customers who bought before but not in the last {countOf(days, 'day')}, most recently lapsed first.
        </Text>
        <ExportButton list="lapsedCustomers" filters={{ days }} />
      </Group>
      {list.isError && !list.data ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <TableSkeleton rows={8} label="Loading customers" />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm" py="xl" ta="center">
          Everyone who has bought before has bought again in the last {countOf(days, 'day')}.
        </Text>
      ) : (
        <>
          <Table striped highlightOnHover aria-label="Lapsed customers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Contact</Table.Th>
                <Table.Th>Last purchase</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((customer) => (
                <Table.Tr key={customer.id}>
                  <Table.Td>
                    <CustomerLink customer={customer} />
                  </Table.Td>
                  <Table.Td>{customerContact(customer)}</Table.Td>
                  <Table.Td>
                    <Anchor href={`#/orders/${customer.lastOrderId}`}>
                      {storeDate(customer.lastPurchaseStoreId, customer.lastPurchaseAt)}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <LoadMoreSentinel {...nextPage(list)} />
        </>
      )}
    </Stack>
  );
}
