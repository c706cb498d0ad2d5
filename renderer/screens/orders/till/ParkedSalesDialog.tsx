import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { money } from '../../../components/inventory/money';
import { INSTANT } from './instant';
import { itemCount, type KeptSale } from './parked-sales';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * F10: the sales parked at this till, newest first, each with when it was parked, how many items
 * and the total it had then. Tab reaches every Resume button; the first has the focus.
 */
export function ParkedSalesDialog({
  opened,
  parked,
  onResume,
  onDiscard,
  onClose,
}: {
  opened: boolean;
  parked: KeptSale[];
  onResume: (id: string) => void;
  onDiscard: (id: string) => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Parked sales" centered size="lg" transitionProps={INSTANT}>
      {parked.length === 0 ? (
        <Text size="sm" c="dimmed">
          No parked sales. Park the sale on screen with F7 to serve someone else first; it waits here.
        </Text>
      ) : (
        <Table aria-label="Parked sales" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Parked</Table.Th>
              <Table.Th>Sale</Table.Th>
              <Table.Th ta="right">Items</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parked.map((sale, index) => {
              const summary = describe(sale);
              return (
                <Table.Tr key={sale.id}>
                  <Table.Td>{timeFormat.format(new Date(sale.savedAt))}</Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm">{summary}</Text>
                      {sale.cart.customer && (
                        <Text size="xs" c="dimmed">
                          {sale.cart.customer.name}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td ta="right">{itemCount(sale.cart)}</Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {sale.totalCents === null ? '—' : money(sale.totalCents)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        data-autofocus={index === 0 ? true : undefined}
                        aria-label={`Resume ${summary}`}
                        onClick={() => onResume(sale.id)}
                      >
                        Resume
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Discard ${summary}`}
                        onClick={() => onDiscard(sale.id)}
                      >
                        Discard
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}

/** The first line's product and how many others, which is how a clerk remembers a sale. */
function describe(sale: KeptSale): string {
  const [first, ...rest] = sale.cart.lines;
  if (!first) return 'Empty sale';
  return rest.length === 0 ? first.name : `${first.name} and ${rest.length} more`;
}
