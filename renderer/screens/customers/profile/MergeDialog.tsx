import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CustomerProfile, CustomerSummary } from '../../../../shared/contract/customers';
import { formatMoney } from '../../../../shared/money';
import { useMergeCustomers } from '../../../api/hooks/useCustomers';
import { customerContact, detailsTakenOver, fullName } from '../../../components/customers/customer-names';
import { CustomerPicker } from '../../../components/customers/CustomerPicker';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatCount } from '../../../lib/format';

/**
 * Folds a duplicate into the customer on screen. The confirmation spells out what moves, so
 * nobody merges the wrong two people by accident.
 */
export function MergeDialog({
  customer,
  opened,
  onClose,
}: {
  customer: CustomerProfile;
  opened: boolean;
  onClose: () => void;
}) {
  const [duplicate, setDuplicate] = useState<CustomerSummary | null>(null);
  const merge = useMergeCustomers();
  const takenOver = duplicate ? detailsTakenOver(customer, duplicate) : [];

  function close() {
    setDuplicate(null);
    merge.reset();
    onClose();
  }

  function confirm() {
    if (!duplicate) return;
    merge.mutate(
      { sourceId: duplicate.id, targetId: customer.id },
      {
        onSuccess: ({ moved, filled }) => {
          notifications.show({
            color: 'green',
            title: `${fullName(duplicate)} merged into ${fullName(customer)}`,
            message: `Moved ${formatCount(moved.orders)} orders, ${formatCount(moved.interactions)} interactions and ${formatMoney(
              moved.storeCreditCents,
            )} store credit${filled.length > 0 ? `; took over the ${filled.join(' and ')}` : ''}.`,
          });
          close();
        },
      },
    );
  }

  return (
    <Modal opened={opened} onClose={close} title={`Merge a duplicate into ${fullName(customer)}`} size="lg" centered>
      <Stack gap="md">
        <CustomerPicker label="Duplicate to fold in" excludeId={customer.id} onPick={setDuplicate} />
        {duplicate && (
          <Alert color="orange" title="What the merge does">
            <Text size="sm" mb="xs">
              {fullName(duplicate)} ({customerContact(duplicate)}) is folded into {fullName(customer)} (
              {customerContact(customer)}):
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>their orders, interactions and store credit move to {fullName(customer)};</List.Item>
              <List.Item>their notes are appended to {fullName(customer)}’s notes;</List.Item>
              <List.Item>marketing consent is kept if either of them gave it;</List.Item>
              {takenOver.length > 0 && (
                <List.Item>
                  {fullName(customer)}’s missing {takenOver.join(' and ')} {takenOver.length > 1 ? 'are' : 'is'} taken
                  from {fullName(duplicate)};
                </List.Item>
              )}
              <List.Item>{fullName(duplicate)} is archived. This cannot be undone.</List.Item>
            </List>
          </Alert>
        )}
        <ErrorAlert error={merge.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={merge.isPending}>
            Go back
          </Button>
          <Button color="orange" disabled={!duplicate} loading={merge.isPending} onClick={confirm}>
            {duplicate ? `Merge ${fullName(duplicate)} into ${fullName(customer)}` : 'Merge'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
