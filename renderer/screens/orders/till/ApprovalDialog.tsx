import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatPercentBp } from './discount-text';
import { INSTANT } from './instant';

export interface Approval {
  username: string;
  password: string;
}

/** A manager types their own credentials at the till; they travel with the order and are checked there. */
export function ApprovalDialog({
  opened,
  discountBp,
  thresholdBp,
  loading,
  error,
  onApprove,
  onClose,
}: {
  opened: boolean;
  discountBp: number;
  thresholdBp: number;
  loading: boolean;
  error: unknown;
  onApprove: (approval: Approval) => void;
  onClose: () => void;
}) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title="Manager approval" centered transitionProps={INSTANT}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (username.trim() && password) onApprove({ username: username.trim(), password });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            This sale has a discount of {formatPercentBp(discountBp)}, above the {formatPercentBp(thresholdBp)} a clerk
            may give. A manager approves it with their own username and password.
          </Text>
          <TextInput
            label="Manager username"
            data-autofocus
            autoFocus
            autoComplete="off"
            required
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
          />
          <PasswordInput
            label="Manager password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <ErrorAlert error={error} titles={{ FORBIDDEN: 'Not approved', UNAUTHENTICATED: 'Not approved' }} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={loading}>
              Go back
            </Button>
            <Button type="submit" loading={loading}>
              Approve and complete
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
