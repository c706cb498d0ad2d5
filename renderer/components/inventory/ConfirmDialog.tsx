import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import { ErrorAlert } from '../ErrorAlert';

/**
 * Asks before something that is hard to undo. A dangerous step (`danger`) opens with the focus on
 * "Go back", so an Enter pressed out of habit changes nothing and confirming takes a deliberate
 * click or Tab; a harmless one has the focus on its confirming button. Esc always goes back.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  danger = false,
  loading = false,
  error,
  errorTitles,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  loading?: boolean;
  error?: unknown;
  errorTitles?: Partial<Record<ErrorCode, string>>;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="md">
        {children}
        <ErrorAlert error={error} titles={errorTitles} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading} data-autofocus={danger || undefined}>
            Go back
          </Button>
          <Button
            color={danger ? 'red' : undefined}
            onClick={onConfirm}
            loading={loading}
            data-autofocus={!danger || undefined}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
