import { Badge, Group, Table, Text } from '@mantine/core';
import type { RfmScores } from '../../../shared/contract/customers';
import { CustomerLink } from '../../components/customers/CustomerLink';
import { SegmentBadge } from '../../components/customers/SegmentBadge';
import { formatPhone } from '../../lib/phone';

interface Row {
  id: number;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  archived: boolean;
  rfm?: RfmScores | null;
}

/** Customers with their contact details; the name opens the profile. */
export function CustomerTable({ customers }: { customers: Row[] }) {
  const showSegment = customers.some((customer) => customer.rfm !== undefined);
  return (
    <Table striped highlightOnHover aria-label="Customers">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Email</Table.Th>
          <Table.Th>Phone</Table.Th>
          {showSegment && <Table.Th>Segment</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {customers.map((customer) => (
          <Table.Tr key={customer.id}>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <CustomerLink customer={customer} />
                {customer.archived && (
                  <Badge size="xs" color="gray">
                    Archived
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{customer.email ?? '—'}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{customer.phone === null ? '—' : formatPhone(customer.phone)}</Text>
            </Table.Td>
            {showSegment && (
              <Table.Td>
                <SegmentBadge rfm={customer.rfm ?? null} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
