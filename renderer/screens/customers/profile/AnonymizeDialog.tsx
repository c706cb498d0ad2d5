import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CustomerProfile } from '../../../../shared/contract/customers';
import { useAnonymizeCustomer } from '../../../api/hooks/useCustomers';
import { fullName } from '../../../components/customers/customer-names';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** Erasing a person is deliberate: the full name has to be typed before the button works. */
export function AnonymizeDialog({
  customer,
  opened,
  onClose,
}: {
  customer: CustomerProfile;
  opened: boolean;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState('');
  const anonymize = useAnonymizeCustomer();
  const name = fullName(customer);
  const matches = typed.trim() === name;

  function close() {
    setTyped('');
    anonymize.reset();
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title={`Anonymize ${name}`} centered>
      <Stack gap="md">
        <Text size="sm">
          The name becomes “Anonymized customer”; email, phone, notes and the messages about them are erased, marketing
          consent is withdrawn and the customer is archived. Orders and their totals stay for the books. This cannot be
          undone.
        </Text>
        <TextInput
          label={`Type “${name}” to confirm`}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          data-autofocus
        />
        <ErrorAlert error={anonymize.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={anonymize.isPending}>
            Go back
          </Button>
          <Button
            color="red"
            disabled={!matches}
            loading={anonymize.isPending}
            onClick={() => anonymize.mutate({ id: customer.id, confirmName: typed.trim() }, { onSuccess: close })}
          >
            Anonymize
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
