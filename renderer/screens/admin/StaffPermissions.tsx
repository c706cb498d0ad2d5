import { Badge, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { PERMISSION_MATRIX } from '../../../shared/permissions';
import { ROLES } from '../../../shared/roles';
import { ROLE_LABELS } from '../../lib/role-labels';

/**
 * The permission matrix, read-only: what each role may call, straight from the contract the host
 * enforces. Store-scoped operations reach only the stores a person works in (admins: every store).
 */
export function StaffPermissions() {
  const [filter, setFilter] = useState('');
  const words = filter.trim().toLowerCase();
  const rows = PERMISSION_MATRIX.filter((row) => words === '' || row.channel.toLowerCase().includes(words));
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        Every operation Backroom answers, and the roles that may use it. “Own stores” marks operations that reach only
        the stores a person works in; admins reach every store.
      </Text>
      <TextInput
        label="Find an operation"
        placeholder="orders, staff.update, …"
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        mb="sm"
        maw={320}
      />
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label="Permissions" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Operation</Table.Th>
              {ROLES.map((role) => (
                <Table.Th key={role}>{ROLE_LABELS[role]}</Table.Th>
              ))}
              <Table.Th>Kind</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.channel} data-testid="permission-row">
                <Table.Td ff="monospace">{row.channel}</Table.Td>
                {ROLES.map((role) => (
                  <Table.Td
                    key={role}
                    aria-label={`${ROLE_LABELS[role]}: ${row.allowed[role] ? 'allowed' : 'not allowed'}`}
                  >
                    {row.allowed[role] ? '✓' : '—'}
                  </Table.Td>
                ))}
                <Table.Td>
                  {row.access === 'public' && <Badge variant="light">No login</Badge>}
                  {row.writes && <Badge variant="outline">Changes data</Badge>}
                  {row.storeScoped && (
                    <Badge color="grape" variant="light">
                      Own stores
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
