import { Button, EmptyState, Paper, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { AnalyticsIcon } from '../../components/icons';
import { AnalyticsDashboard } from './dashboard/AnalyticsDashboard';

/** Managers' sales and stock dashboard; the chain's figures are theirs to read, not the till's. */
export function AnalyticsScreen() {
  const staff = useCurrentStaff();
  if (staff.role === 'clerk') {
    return (
      <>
        <Title order={2} mb="md">
          Analytics
        </Title>
        <Paper withBorder p="xl" radius="md">
          <EmptyState
            icon={<AnalyticsIcon size={28} />}
            withIndicatorBackground
            title="Analytics are for managers"
            description="Sales, margin and stock charts of the stores are shown to managers. Ask a manager of your store for the figures you need."
          />
        </Paper>
      </>
    );
  }
  return (
    <AnalyticsDashboard
      actions={
        <Button component={Link} to="/analytics/lab" variant="light">
          Open the query lab
        </Button>
      }
    />
  );
}
