import { roleAllows } from '../../../shared/roles';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { ManagersOnlyScreen } from '../../components/ManagersOnlyScreen';
import { ImportWizard } from './ImportWizard';

/** Bringing records in from a CSV or Excel file: open to managers and admins, as the channels are. */
export function ImportScreen() {
  const staff = useCurrentStaff();
  if (!roleAllows(staff.role, 'manager')) {
    return <ManagersOnlyScreen title="Import" subject="Importing" />;
  }
  return <ImportWizard />;
}
