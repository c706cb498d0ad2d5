import { Text, Title } from '@mantine/core';
import { roleAllows } from '../../../shared/roles';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { ImportWizard } from './ImportWizard';

/** Bringing records in from a CSV or Excel file: open to managers and admins, as the channels are. */
export function ImportScreen() {
  const staff = useCurrentStaff();
  if (!roleAllows(staff.role, 'manager')) {
    return (
      <>
        <Title order={2} mb="md">
          Import
        </Title>
        <Text c="dimmed">Importing is open to managers and admins. Ask one of them to log in.</Text>
      </>
    );
  }
  return <ImportWizard />;
}
