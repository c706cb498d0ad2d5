import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { AnalyticsIcon } from '../../components/icons';
import { PlaceholderScreen } from '../../components/PlaceholderScreen';

export function AnalyticsScreen() {
  const staff = useCurrentStaff();
  return (
    <>
      {staff.role !== 'clerk' && (
        <Group justify="flex-end" mb="sm">
          <Button component={Link} to="/analytics/lab" variant="light">
            Open the query lab
          </Button>
        </Group>
      )}
      <PlaceholderScreen
        title="Analytics"
        icon={<AnalyticsIcon size={28} />}
        description="Sales and stock charts by day, month, category and store open here."
      />
    </>
  );
}
