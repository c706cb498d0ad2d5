import { Button, Group, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { ScanProvider } from '../../../components/inventory/ScanProvider';
import { Shortcut } from '../../../components/inventory/Shortcut';
import { useShortcut } from '../../../components/inventory/useShortcut';
import { InventoryNav } from './InventoryNav';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useOpenScannedProduct } from './useOpenScannedProduct';
import classes from './InventoryLayout.module.css';

/** The frame of every inventory screen: its sections, the barcode scanner and the shortcut help. */
export function InventoryLayout() {
  const openScannedProduct = useOpenScannedProduct();
  const [helpOpened, help] = useDisclosure(false);
  useShortcut('shift+?', help.open);

  return (
    <ScanProvider onScan={openScannedProduct}>
      <div className={classes.layout}>
        <Group justify="space-between" align="center" wrap="nowrap">
          <Title order={2}>Inventory</Title>
          <Button variant="subtle" size="compact-sm" onClick={help.open} rightSection={<Shortcut keys="?" />}>
            Keyboard shortcuts
          </Button>
        </Group>
        <InventoryNav />
        <div className={classes.content}>
          <Outlet />
        </div>
      </div>
      <ShortcutsHelp opened={helpOpened} onClose={help.close} />
    </ScanProvider>
  );
}
