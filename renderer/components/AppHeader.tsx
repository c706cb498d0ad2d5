import { Badge, Burger, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useLockScreen } from '../api/hooks/useAccount';
import { useCurrentStaff, useLogout } from '../api/hooks/useSession';
import { ROLE_LABELS } from '../lib/role-labels';
import { ThemeToggle } from './ThemeToggle';

export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const staff = useCurrentStaff();
  const logout = useLogout();
  const lock = useLockScreen();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
        <Text fw={700}>Backroom</Text>
        <Text c="dimmed" truncate data-testid="store-name">
          {staff.storeName}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Group gap={6} wrap="nowrap" visibleFrom="xs">
          <Text size="sm" fw={500} data-testid="staff-name">
            {staff.displayName}
          </Text>
          <Badge variant="light" size="sm">
            {ROLE_LABELS[staff.role]}
          </Badge>
        </Group>
        <ThemeToggle />
        <Button component={Link} to="/account" variant="subtle">
          My account
        </Button>
        <Button variant="default" onClick={() => lock.mutate()} title="Lock the screen (Ctrl+L)">
          Lock
        </Button>
        <Button variant="default" onClick={() => logout.mutate()} loading={logout.isPending}>
          Log out
        </Button>
      </Group>
    </Group>
  );
}
