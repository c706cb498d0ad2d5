import { Button, Group, Stack, Tabs, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { Shortcut } from '../../components/inventory/Shortcut';
import { useCan } from '../../components/inventory/useCan';
import { useShortcut } from '../../components/inventory/useShortcut';
import { AllCustomers } from './AllCustomers';
import { LapsedCustomers } from './lists/LapsedCustomers';
import { NeverPurchased } from './lists/NeverPurchased';
import { TopCustomers } from './lists/TopCustomers';
import { RecomputeSegmentsButton } from './RecomputeSegmentsButton';

const VIEWS = ['all', 'top-spend', 'top-interactions', 'never-purchased', 'lapsed'] as const;
type View = (typeof VIEWS)[number];

function isView(value: string | null): value is View {
  return VIEWS.some((view) => view === value);
}

export function CustomerListScreen() {
  const navigate = useNavigate();
  const can = useCan();
  const canCreate = can('customers.create');
  const canSeeLists = can('customers.top');
  useShortcut('n', () => void navigate('/customers/new'), { enabled: canCreate });

  const [params, setParams] = useSearchParams();
  const requested = params.get('view');
  const view: View = canSeeLists && isView(requested) ? requested : 'all';

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Customers</Title>
        <Group gap="sm">
          {can('customers.recomputeSegments') && <RecomputeSegmentsButton />}
          {canCreate && (
            <Button onClick={() => void navigate('/customers/new')} rightSection={<Shortcut keys="N" />}>
              New customer
            </Button>
          )}
        </Group>
      </Group>
      {canSeeLists ? (
        <Tabs
          value={view}
          onChange={(next) => setParams(next && next !== 'all' ? { view: next } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="all">All customers</Tabs.Tab>
            <Tabs.Tab value="top-spend">Top by spend</Tabs.Tab>
            <Tabs.Tab value="top-interactions">Top by interactions</Tabs.Tab>
            <Tabs.Tab value="never-purchased">Never purchased</Tabs.Tab>
            <Tabs.Tab value="lapsed">Lapsed</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="all">
            <AllCustomers />
          </Tabs.Panel>
          <Tabs.Panel value="top-spend">
            <TopCustomers by="spend" />
          </Tabs.Panel>
          <Tabs.Panel value="top-interactions">
            <TopCustomers by="interactions" />
          </Tabs.Panel>
          <Tabs.Panel value="never-purchased">
            <NeverPurchased />
          </Tabs.Panel>
          <Tabs.Panel value="lapsed">
            <LapsedCustomers />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <AllCustomers />
      )}
    </Stack>
  );
}
