import { Badge, Skeleton, Table, Text } from '@mantine/core';
import { useStaff } from '../../api/hooks/useStaff';
import { ROLE_LABELS } from '../../lib/role-labels';

export function StaffTable() {
  const staff = useStaff();
  if (staff.isPending) return <Skeleton height={120} aria-label="Loading staff" />;
  if (staff.isError) return <Text c="dimmed">The staff list could not be loaded.</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped highlightOnHover aria-label="Staff">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Username</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Store</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.data.map((member) => (
            <Table.Tr key={member.id} data-testid="staff-row">
              <Table.Td>{member.displayName}</Table.Td>
              <Table.Td ff="monospace">{member.username}</Table.Td>
              <Table.Td>
                <Badge variant="light">{ROLE_LABELS[member.role]}</Badge>
              </Table.Td>
              <Table.Td>{member.storeName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
