import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { roleAllows } from '../../../shared/roles';
import { useCurrentStaff } from '../../api/hooks/useSession';

export function DashboardScreen() {
  const staff = useCurrentStaff();
  return (
    <Stack gap="md" maw={720}>
      <Title order={2}>Dashboard</Title>
      <Paper withBorder p="xl" radius="md">
        <Stack gap="sm">
          <Title order={3}>Welcome, {staff.displayName}</Title>
          <Text c="dimmed">
            You are logged in to <strong>{staff.storeName}</strong>.
          </Text>
          <Group mt="sm">
            <Button component={Link} to="/inventory">
              Open inventory
            </Button>
            {roleAllows(staff.role, 'manager') && (
              <Button component={Link} to="/admin" variant="default">
                Go to Admin
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
