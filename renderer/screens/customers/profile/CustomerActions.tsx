import { Button, Group, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { isAnonymized, type CustomerProfile } from '../../../../shared/contract/customers';
import { useArchiveCustomer, useExportCustomer, useRestoreCustomer } from '../../../api/hooks/useCustomers';
import { fullName } from '../../../components/customers/customer-names';
import { ConfirmDialog } from '../../../components/inventory/ConfirmDialog';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { useCan } from '../../../components/inventory/useCan';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { AnonymizeDialog } from './AnonymizeDialog';
import { downloadJson } from './download-json';
import { EditCustomerDialog } from './EditCustomerDialog';
import { MergeDialog } from './MergeDialog';

/** What the person's role lets them do with this customer; actions they may not use are not shown. */
export function CustomerActions({ customer }: { customer: CustomerProfile }) {
  const can = useCan();
  const [editing, edit] = useDisclosure(false);
  const [archiving, archiveDialog] = useDisclosure(false);
  const [merging, mergeDialog] = useDisclosure(false);
  const [anonymizing, anonymizeDialog] = useDisclosure(false);
  const archive = useArchiveCustomer();
  const restore = useRestoreCustomer();
  const exportData = useExportCustomer();
  const canEdit = can('customers.update') && !customer.archived;
  const canAnonymize = can('customers.anonymize') && !isAnonymized(customer);
  useShortcut('e', edit.open, { enabled: canEdit });

  const more = [can('customers.merge') && !customer.archived, can('customers.exportData'), canAnonymize].some(Boolean);

  function runExport() {
    exportData.mutate(customer.id, {
      onSuccess: (data) => downloadJson(`customer-${customer.id}-${data.exportedAt.slice(0, 10)}.json`, data),
      onError: (error) => notifications.show({ color: 'red', title: 'Export failed', message: error.message }),
    });
  }

  return (
    <Group gap="sm">
      {canEdit && (
        <Button onClick={edit.open} rightSection={<Shortcut keys="E" />}>
          Edit
        </Button>
      )}
      {can('customers.archive') && !customer.archived && (
        <Button variant="default" onClick={archiveDialog.open}>
          Archive
        </Button>
      )}
      {can('customers.restore') && customer.archived && !isAnonymized(customer) && (
        <Button variant="default" onClick={archiveDialog.open}>
          Restore
        </Button>
      )}
      {more && (
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" loading={exportData.isPending}>
              More
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {can('customers.merge') && !customer.archived && (
              <Menu.Item onClick={mergeDialog.open}>Merge a duplicate into this customer…</Menu.Item>
            )}
            {can('customers.exportData') && <Menu.Item onClick={runExport}>Export data (JSON)</Menu.Item>}
            {canAnonymize && (
              <Menu.Item color="red" onClick={anonymizeDialog.open}>
                Anonymize…
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      )}
      <EditCustomerDialog customer={customer} opened={editing} onClose={edit.close} />
      <MergeDialog customer={customer} opened={merging} onClose={mergeDialog.close} />
      <AnonymizeDialog customer={customer} opened={anonymizing} onClose={anonymizeDialog.close} />
      <ConfirmDialog
        opened={archiving}
        title={customer.archived ? `Restore ${fullName(customer)}?` : `Archive ${fullName(customer)}?`}
        confirmLabel={customer.archived ? 'Restore' : 'Archive'}
        danger={!customer.archived}
        loading={archive.isPending || restore.isPending}
        error={customer.archived ? restore.error : archive.error}
        onClose={() => {
          archive.reset();
          restore.reset();
          archiveDialog.close();
        }}
        onConfirm={() =>
          (customer.archived ? restore : archive).mutate({ id: customer.id }, { onSuccess: archiveDialog.close })
        }
      >
        {customer.archived
          ? 'The customer shows up in searches again and can be attached to sales.'
          : 'The customer leaves searches and lists; their orders and history stay. You can restore them later.'}
      </ConfirmDialog>
    </Group>
  );
}
