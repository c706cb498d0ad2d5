import { Group, Modal, Stack, Table, Text } from '@mantine/core';
import { Shortcut } from '../../../components/inventory/Shortcut';

const SHORTCUTS: { keys: string; what: string }[] = [
  { keys: '/', what: 'Search the list on screen' },
  { keys: 'N', what: 'New product, purchase order, transfer, supplier or category (on its list)' },
  { keys: 'Alt+S', what: 'Save the form or document you are editing' },
  { keys: 'Enter', what: 'Counting: next line. In an “Add product” box: add the product with that code' },
  { keys: '↓', what: 'In an “Add product” box: choose from matching names' },
  { keys: 'Esc', what: 'Close a dialog, or clear the search' },
  { keys: 'Ctrl+P', what: 'Print a purchase order or count sheet (from its print view)' },
  { keys: '?', what: 'This list' },
];

export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg" centered>
      <Stack gap="sm">
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {SHORTCUTS.map((shortcut) => (
              <Table.Tr key={shortcut.keys}>
                <Table.Td w={110}>
                  <Shortcut keys={shortcut.keys} />
                </Table.Td>
                <Table.Td>{shortcut.what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            Barcode scanner:
          </Text>
          <Text size="sm" c="dimmed">
            scan anywhere on these screens to open the product; on a purchase order, delivery, count or transfer the
            scan adds or counts the product instead.
          </Text>
        </Group>
      </Stack>
    </Modal>
  );
}
