import { Button, EmptyState, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCreateSupplier, useSuppliers } from '../../../api/hooks/useCatalog';
import { CustomersIcon, SearchIcon } from '../../../components/icons';
import { formatDays } from '../../../components/inventory/units';
import { QueryError } from '../../../components/inventory/QueryError';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { TableSkeleton } from '../../../components/inventory/TableSkeleton';
import { useCan } from '../../../components/inventory/useCan';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { formatCount } from '../../../lib/format';
import { formatPhone } from '../../../lib/phone';
import { useSlashToFocus } from '../../../lib/useSlashToFocus';
import { fieldsFromSupplier, SupplierForm } from './SupplierForm';

/** Who the store buys from: contacts, lead times, and how many products each supplies. */
export function SuppliersScreen() {
  const navigate = useNavigate();
  const can = useCan();
  const canCreate = can('suppliers.create');
  const suppliers = useSuppliers();
  const create = useCreateSupplier();
  const [opened, dialog] = useDisclosure(false);
  const [filter, setFilter] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchRef);
  useShortcut('n', dialog.open, { enabled: canCreate });
  const words = filter.trim().toLowerCase();
  const rows = (suppliers.data ?? []).filter(
    (supplier) => !words || `${supplier.name} ${supplier.contactName ?? ''}`.toLowerCase().includes(words),
  );

  function close() {
    create.reset();
    dialog.close();
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>Suppliers</Title>
        {canCreate && (
          <Button onClick={dialog.open} rightSection={<Shortcut keys="N" />}>
            New supplier
          </Button>
        )}
      </Group>
      <TextInput
        ref={searchRef}
        aria-label="Search suppliers"
        placeholder="Search by name or contact"
        leftSection={<SearchIcon size={16} />}
        rightSection={<Shortcut keys="/" />}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        maw={420}
      />
      {suppliers.isPending ? (
        <TableSkeleton label="Loading suppliers" />
      ) : suppliers.isError ? (
        <QueryError error={suppliers.error} onRetry={() => void suppliers.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<CustomersIcon size={28} />}
          withIndicatorBackground
          title={words ? `No supplier matches “${filter.trim()}”` : 'No suppliers yet'}
          description={
            words
              ? undefined
              : 'Add the wholesalers you buy from, with their lead time; then link products to them for reorder suggestions.'
          }
        />
      ) : (
        <Table highlightOnHover verticalSpacing={8} aria-label="Suppliers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Contact</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Phone</Table.Th>
              <Table.Th ta="end">Lead time</Table.Th>
              <Table.Th ta="end">Products</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((supplier) => (
              <Table.Tr key={supplier.id}>
                <Table.Td>
                  <Link to={`/inventory/suppliers/${supplier.id}`}>{supplier.name}</Link>
                </Table.Td>
                <Table.Td>{supplier.contactName ?? '—'}</Table.Td>
                <Table.Td>{supplier.email ? <a href={`mailto:${supplier.email}`}>{supplier.email}</a> : '—'}</Table.Td>
                <Table.Td>{supplier.phone === null ? '—' : formatPhone(supplier.phone)}</Table.Td>
                <Table.Td ta="end">{formatDays(supplier.leadTimeDays)}</Table.Td>
                <Table.Td ta="end">{formatCount(supplier.productCount)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={opened} onClose={close} title="New supplier" size="lg" centered>
        <SupplierForm
          initial={fieldsFromSupplier(null)}
          saving={create.isPending}
          error={create.error}
          submitLabel="Add supplier"
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: (supplier) => {
                notifications.show({ color: 'green', title: 'Supplier added', message: supplier.name });
                close();
                void navigate(`/inventory/suppliers/${supplier.id}`);
              },
            })
          }
        />
      </Modal>
      {!canCreate && rows.length > 0 && (
        <Text size="xs" c="dimmed">
          Managers add and change suppliers.
        </Text>
      )}
    </Stack>
  );
}
