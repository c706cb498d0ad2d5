import { Badge } from '@mantine/core';
import type { TransferSummary } from '../../../../shared/contract';

export function TransferStatus({ transfer }: { transfer: TransferSummary }) {
  if (transfer.status === 'in_transit') {
    return (
      <Badge color="blue" variant="light">
        In transit
      </Badge>
    );
  }
  const short = transfer.unitsReceived !== null && transfer.unitsReceived !== transfer.unitsSent;
  return (
    <Badge color={short ? 'orange' : 'green'} variant="light">
      {short ? 'Received with differences' : 'Received'}
    </Badge>
  );
}

export function transferTitle(id: number): string {
  return `Transfer #${id}`;
}
