import { Badge, Button, Group, Skeleton, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { StaffProfile } from '../../../shared/contract';
import { canCall } from '../../../shared/permissions';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { useStaff } from '../../api/hooks/useStaff';
import { useStores } from '../../api/hooks/useStock';
import { ROLE_LABELS } from '../../lib/role-labels';
import { StaffEditor } from './StaffEditor';

export function StaffTable() {
  const me = useCurrentStaff();
  const staff = useStaff();
  const stores = useStores();
  const [editing, setEditing] = useState<StaffProfile | null>(null);
  const canEdit = canCall(me.role, 'staff.update');
  if (staff.isPending) return <Skeleton height={120} aria-label="Loading staff" />;
  if (staff.isError) return <Text c="dimmed">The staff list could not be loaded.</Text>;
  const storeName = (id: number) => stores.data?.find((store) => store.id === id)?.name ?? `Store ${id}`;
  // The open editor follows the list, so it shows each change as soon as it is saved.
  const current = editing && (staff.data.find((member) => member.id === editing.id) ?? editing);
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover aria-label="Staff">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Username</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Stores</Table.Th>
              <Table.Th>Status</Table.Th>
              {canEdit && <Table.Th aria-label="Actions" />}
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
                <Table.Td>
                  {member.storeName}
                  {member.storeIds.length > 1 && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      +{' '}
                      {member.storeIds
                        .filter((id) => id !== member.storeId)
                        .map(storeName)
                        .join(', ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {!member.isActive && <Badge color="gray">Disabled</Badge>}
                    {member.mustChangePassword && <Badge color="orange">Must change password</Badge>}
                    {member.hasPin && <Badge variant="outline">PIN</Badge>}
                  </Group>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(member)}
                      aria-label={`Edit ${member.displayName}`}
                    >
                      Edit
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {current && <StaffEditor member={current} isSelf={current.id === me.id} onClose={() => setEditing(null)} />}
    </>
  );
}
