import { CustomersIcon } from '../../components/icons';
import { PlaceholderScreen } from '../../components/PlaceholderScreen';

export function CustomersScreen() {
  return (
    <PlaceholderScreen
      title="Customers"
      icon={<CustomersIcon size={28} />}
      description="Customer records, contact details and purchase history open here."
    />
  );
}
