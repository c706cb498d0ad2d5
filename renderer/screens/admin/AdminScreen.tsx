import { Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { canCall } from '../../../shared/permissions';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { ManagersOnlyScreen } from '../../components/ManagersOnlyScreen';
import { DemoDataLoader } from '../../components/DemoDataLoader';
import { formatCount } from '../../lib/format';
import { CreateStaffForm } from './CreateStaffForm';
import { DatabaseExport } from './DatabaseExport';
import { PhoneSettingsForm } from './PhoneSettingsForm';
import { RecommendationRulesPanel } from './RecommendationRulesPanel';
import { SalesSettingsForm } from './SalesSettingsForm';
import { StaffPermissions } from './StaffPermissions';
import { StaffSessionSettings } from './StaffSessionSettings';
import { StaffTable } from './StaffTable';
import { SettingsSection } from '../../components/SettingsSection';

export function AdminScreen() {
  const staff = useCurrentStaff();
  if (!canCall(staff.role, 'staff.list')) {
    return <ManagersOnlyScreen title="Admin" subject="Admin" />;
  }
  // Admin-only sections follow the permission matrix: the operations behind them are admin's.
  const isAdmin = canCall(staff.role, 'staff.create');
  return (
    <Stack gap="lg" maw={900}>
      <Title order={2}>Admin</Title>
      <Tabs defaultValue="overview">
        <Tabs.List>
          <Tabs.Tab value="overview">Staff and settings</Tabs.Tab>
          <Tabs.Tab value="permissions">Permissions</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="lg">
          <Overview isAdmin={isAdmin} />
        </Tabs.Panel>
        <Tabs.Panel value="permissions" pt="lg">
          <SettingsSection title="Permissions">
            <StaffPermissions />
          </SettingsSection>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Overview({ isAdmin }: { isAdmin: boolean }) {
  return (
    <Stack gap="lg">
      <SettingsSection title="Staff">
        <StaffTable />
      </SettingsSection>
      <SettingsSection title="Recommendations">
        <RecommendationRulesPanel />
      </SettingsSection>
      {isAdmin && (
        <SettingsSection title="Add a staff member">
          <CreateStaffForm />
        </SettingsSection>
      )}
      {isAdmin && (
        <SettingsSection title="Sessions">
          <StaffSessionSettings />
        </SettingsSection>
      )}
      {isAdmin && (
        <SettingsSection title="Sales settings">
          <SalesSettingsForm />
        </SettingsSection>
      )}
      {isAdmin && (
        <SettingsSection title="Customer phones">
          <PhoneSettingsForm />
        </SettingsSection>
      )}
      {isAdmin && (
        <SettingsSection title="Demo data">
          <Text c="dimmed" size="sm" mb="sm">
            Fills an empty store with sample products, categories, customers and orders to explore Backroom with.
          </Text>
          <DemoDataLoader
            onLoaded={(result) =>
              notifications.show({
                color: 'teal',
                title: 'Demo data loaded',
                message: `${formatCount(result.products)} products, ${formatCount(result.customers)} customers and ${formatCount(result.orders)} orders.`,
              })
            }
          />
        </SettingsSection>
      )}
      {isAdmin && (
        <SettingsSection title="Export database">
          <DatabaseExport />
        </SettingsSection>
      )}
    </Stack>
  );
}
