import { List, Text } from '@mantine/core';
import { isApiError } from '../../../api/ApiError';
import { ConfirmDialog } from '../../../components/inventory/ConfirmDialog';
import { formatCount } from '../../../lib/format';

export interface OverReceipt {
  name: string;
  outstanding: number;
  receiving: number;
}

/** The lines a refused delivery names as over-received (CONFLICT with details.lines), by product name. */
export function overReceiptsFrom(error: unknown, names: ReadonlyMap<number, string>): OverReceipt[] {
  if (!isApiError(error, 'CONFLICT') || typeof error.details !== 'object' || error.details === null) return [];
  const lines: unknown = (error.details as { lines?: unknown }).lines;
  if (!Array.isArray(lines)) return [];
  return lines.flatMap((line: { productId?: unknown; outstanding?: unknown; requested?: unknown }) =>
    typeof line.productId === 'number' && typeof line.outstanding === 'number' && typeof line.requested === 'number'
      ? [
          {
            name: names.get(line.productId) ?? `Product ${line.productId}`,
            outstanding: line.outstanding,
            receiving: line.requested,
          },
        ]
      : [],
  );
}

/** More arriving than was still to come: booked only when the person says the count is right. */
export function OverReceiptDialog({
  lines,
  loading,
  error,
  onConfirm,
  onClose,
}: {
  lines: OverReceipt[];
  loading: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <ConfirmDialog
      opened={lines.length > 0}
      title="More than was ordered?"
      confirmLabel="Yes, book the extra units"
      loading={loading}
      error={error}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Text size="sm">
        {lines.length === 1 ? 'This line receives' : 'These lines receive'} more than is still to come. Check the count;
        if it is right, the extra units go into stock too.
      </Text>
      <List size="sm" spacing={4}>
        {lines.map((line) => (
          <List.Item key={line.name}>
            {line.name}: receiving {formatCount(line.receiving)}, {formatCount(line.outstanding)} still to come
          </List.Item>
        ))}
      </List>
    </ConfirmDialog>
  );
}
