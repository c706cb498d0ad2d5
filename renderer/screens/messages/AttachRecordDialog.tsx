import { Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MessageRecordKind } from '../../../shared/contract/messages';
import { CustomerPicker } from '../../components/customers/CustomerPicker';
import { fullName } from '../../components/customers/customer-names';
import { ProductPicker } from '../../components/inventory/ProductPicker';

export interface Attachment {
  kind: MessageRecordKind;
  id: number;
  label: string;
}

type Pickable = 'product' | 'customer';

/**
 * Chooses a product or a customer to attach to the next message, found by name as elsewhere;
 * orders and purchase orders are attached from their own pages, where their thread is.
 */
export function AttachRecordDialog({
  opened,
  onClose,
  onAttach,
}: {
  opened: boolean;
  onClose: () => void;
  onAttach: (attachment: Attachment) => void;
}) {
  const [kind, setKind] = useState<Pickable>('product');
  function attach(attachment: Attachment) {
    onAttach(attachment);
    onClose();
  }
  return (
    <Modal opened={opened} onClose={onClose} title="Attach a record" centered>
      <Stack gap="md">
        <SegmentedControl
          aria-label="Kind of record"
          value={kind}
          onChange={(value) => setKind(value as Pickable)}
          data={[
            { value: 'product', label: 'Product' },
            { value: 'customer', label: 'Customer' },
          ]}
        />
        {kind === 'product' ? (
          <ProductPicker
            label="Product"
            onPick={(product) => attach({ kind: 'product', id: product.id, label: product.name })}
          />
        ) : (
          <CustomerPicker
            label="Customer"
            onPick={(customer) => attach({ kind: 'customer', id: customer.id, label: fullName(customer) })}
          />
        )}
        <Text size="xs" c="dimmed">
          Orders and purchase orders have a thread on their own page: write there to attach one.
        </Text>
      </Stack>
    </Modal>
  );
}
