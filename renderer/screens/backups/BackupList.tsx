import { Badge, Button, Table, Text } from '@mantine/core';
import type { BackupSummary } from '../../../shared/contract';
import { formatBytes } from '../../../shared/format-bytes';
import { formatDateTime } from '../../lib/format';

const STATE_COLORS = { verified: 'teal', damaged: 'red', failed: 'orange', unverified: 'gray' } as const;
const STATE_LABELS = {
  verified: 'Verified',
  damaged: 'Damaged',
  failed: 'Check failed',
  unverified: 'Not verified',
} as const;

function stateOf(backup: BackupSummary): { color: string; label: string; title?: string } {
  if (backup.fullyChecked) return { color: 'green', label: 'Fully checked' };
  if (backup.awaitingFullCheck)
    return {
      color: 'teal',
      label: 'Verified, full check waiting',
      title: 'Its full integrity check starts when the one running now ends.',
    };
  return { color: STATE_COLORS[backup.state], label: STATE_LABELS[backup.state], title: backup.error ?? undefined };
}

/** The backups by name, newest first; only a verified one counts as good. */
export function BackupList({
  items,
  busy,
  onVerify,
  onRestore,
}: {
  items: BackupSummary[];
  busy: boolean;
  onVerify(name: string): void;
  onRestore(name: string): void;
}) {
  if (items.length === 0)
    return (
      <Text c="dimmed" ta="center" py="lg">
        No backups in this folder yet. Back up now, or wait for the schedule.
      </Text>
    );
  return (
    <Table striped aria-label="Backups">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Backup</Table.Th>
          <Table.Th>Taken</Table.Th>
          <Table.Th>Size</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((backup) => (
          <Table.Tr key={backup.name}>
            <Table.Td>{backup.name}</Table.Td>
            <Table.Td>{formatDateTime(backup.createdAt)}</Table.Td>
            <Table.Td>{formatBytes(backup.bytes)}</Table.Td>
            <Table.Td>
              <Badge color={stateOf(backup).color} title={stateOf(backup).title}>
                {stateOf(backup).label}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="default"
                disabled={busy}
                onClick={() => onVerify(backup.name)}
                aria-label={`Verify ${backup.name}`}
              >
                Verify
              </Button>{' '}
              <Button
                size="xs"
                variant="default"
                color="red"
                disabled={busy || backup.state === 'damaged'}
                onClick={() => onRestore(backup.name)}
                aria-label={`Restore ${backup.name}`}
              >
                Restore
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
