import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { ApprovalInput } from '../../shared/contract/approval';
import { isApprovalNeeded } from '../../shared/contract/approval';
import { isApiError } from '../api/ApiError';
import { ErrorAlert } from './ErrorAlert';

export type Approval = ApprovalInput;

/** A refusal a manager's approval would turn into a yes: the screen asks for one and tries again. */
export function needsManagerApproval(error: unknown): boolean {
  return isApiError(error, 'FORBIDDEN') && isApprovalNeeded(error.details);
}

/**
 * A manager types their own credentials at the screen where a clerk needs their approval (a deep
 * discount at the till, a large refund or count, an over-receipt); they travel with the write and
 * are checked there. Opens without animation, so typing starts at once.
 */
export function ApprovalDialog({
  opened,
  children,
  confirmLabel,
  loading,
  error,
  onApprove,
  onClose,
}: {
  opened: boolean;
  /** Why approval is needed, in a sentence. */
  children: ReactNode;
  confirmLabel: string;
  loading: boolean;
  /** A refused approval, shown in the dialog. */
  error: unknown;
  onApprove: (approval: Approval) => void;
  onClose: () => void;
}) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title="Manager approval" centered transitionProps={{ duration: 0 }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (username.trim() && password) onApprove({ username: username.trim(), password });
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{children} A manager approves it with their own username and password.</Text>
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
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
