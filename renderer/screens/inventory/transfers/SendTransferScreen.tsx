import { ActionIcon, Button, Group, Paper, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { countOf } from '../../../components/inventory/units';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { useChainStores, useSendTransfer } from '../../../api/hooks/useStock';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DocumentHeader } from '../../../components/inventory/DocumentHeader';
import { ProductPicker } from '../../../components/inventory/ProductPicker';
import { restoredQuantity } from '../../../components/inventory/scanned-quantity';
import { ACCEPTS_SCAN_ATTRIBUTE } from '../../../components/inventory/useBarcodeScanner';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { StickyActions } from '../../../components/inventory/StickyActions';
import { useScanToAdd } from '../../../components/inventory/useScanToAdd';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { WholeNumberInput } from '../../../components/LocaleNumberInput';
import { formatCount } from '../../../lib/format';
import { isNumber } from '../../../lib/number-entry';
import { transferTitle } from './TransferStatus';
import { useTransferLines } from './useTransferLines';

const TRANSFER_QUANTITY_ATTRIBUTE = 'data-transfer-quantity';

/** Sends stock from this store to another: it leaves here now and arrives when that store receives it. */
export function SendTransferScreen() {
  const navigate = useNavigate();
  const staff = useCurrentStaff();
  const stores = useChainStores();
  const transfer = useTransferLines();
  const send = useSendTransfer();
  const [toStoreId, setToStoreId] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const pickerRef = useRef<HTMLInputElement>(null);
  const destinations = (stores.data ?? []).filter((store) => store.id !== staff.storeId);
  const badLine = transfer.lines.find((line) => !isNumber(line.quantity) || line.quantity < 1);

  useScanToAdd((product) => void transfer.addProduct(product.id), {
    onInterrupted: (box) => {
      const restored = restoredQuantity(box, TRANSFER_QUANTITY_ATTRIBUTE);
      if (restored) transfer.setQuantity(restored.productId, restored.quantity);
    },
  });

  function submit() {
    setTried(true);
    if (toStoreId === null || transfer.lines.length === 0 || badLine) return;
    send.mutate(
      {
        toStoreId,
        note,
        lines: transfer.lines.map((line) => ({ productId: line.productId, quantity: Number(line.quantity) })),
      },
      {
        onSuccess: (sent) => {
          notifications.show({
            color: 'green',
            title: 'Transfer sent',
            message: `${transferTitle(sent.id)}: ${countOf(sent.unitsSent, 'unit')} to ${sent.toStore.name}.`,
          });
          void navigate(`/inventory/transfers/${sent.id}`, { replace: true });
        },
      },
    );
  }
  useShortcut('alt+s', submit, { inFields: true, enabled: !send.isPending });

  return (
    <Stack gap="md">
      <DocumentHeader title="Send stock to a store" backTo="/inventory/transfers" backLabel="Transfers" />
      <Paper withBorder p="md" radius="md">
        <Group align="flex-start" grow>
          <Select<number>
            label="To store"
            withAsterisk
            placeholder={stores.isPending ? 'Loading stores…' : 'Choose a store'}
            data={destinations.map((store) => ({ value: store.id, label: store.name }))}
            value={toStoreId}
            onChange={setToStoreId}
            error={tried && toStoreId === null ? 'Choose where the stock goes' : undefined}
            nothingFoundMessage="This is the only store"
            autoFocus
          />
          <Textarea
            label="Note"
            placeholder="Why, or what to look out for (optional)"
            autosize
            minRows={1}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
        </Group>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          {transfer.lines.length === 0 ? (
            <Text size="sm" c={tried ? 'red' : 'dimmed'}>
              No products yet. Scan them anywhere on this page, or find them below.
            </Text>
          ) : (
            <Table verticalSpacing={4} aria-label="Transfer lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>SKU</Table.Th>
                  <Table.Th>Product</Table.Th>
                  <Table.Th ta="end">Here now</Table.Th>
                  <Table.Th w={130} ta="end">
                    Send
                  </Table.Th>
                  <Table.Th w={44} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {transfer.lines.map((line) => {
                  const tooMany = line.quantity !== '' && line.quantity > line.onHand;
                  return (
                    <Table.Tr key={line.productId}>
                      <Table.Td ff="monospace" fz="xs">
                        {line.sku}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{line.name}</Text>
                        {tooMany && (
                          <Text size="xs" c="orange">
                            More than is here
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="end">{formatCount(line.onHand)}</Table.Td>
                      <Table.Td>
                        <WholeNumberInput
                          size="xs"
                          aria-label={`Send: ${line.name}`}
                          {...{ [TRANSFER_QUANTITY_ATTRIBUTE]: line.productId, [ACCEPTS_SCAN_ATTRIBUTE]: 'quantity' }}
                          min={1}
                          allowNegative={false}
                          value={line.quantity}
                          error={tooMany || (tried && (!isNumber(line.quantity) || line.quantity < 1))}
                          onChange={(value) => transfer.setQuantity(line.productId, value)}
                          onKeyDown={(event) => {
                            if (event.key !== 'Enter') return;
                            event.preventDefault();
                            pickerRef.current?.focus();
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Remove ${line.name}`}
                          onClick={() => transfer.remove(line.productId)}
                        >
                          ×
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          <ProductPicker inputRef={pickerRef} onPick={(product) => void transfer.addProduct(product.id)} />
        </Stack>
      </Paper>
      <ErrorAlert error={send.error} titles={{ INSUFFICIENT_STOCK: 'Not that many here to send' }} />
      <StickyActions>
        <Button onClick={submit} loading={send.isPending}>
          <Group gap={8} wrap="nowrap">
            Send transfer <Shortcut keys="Alt+S" />
          </Group>
        </Button>
      </StickyActions>
    </Stack>
  );
}
