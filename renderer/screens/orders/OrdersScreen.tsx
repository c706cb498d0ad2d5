import { OrdersIcon } from '../../components/icons';
import { PlaceholderScreen } from '../../components/PlaceholderScreen';

export function OrdersScreen() {
  return (
    <PlaceholderScreen
      title="Orders"
      icon={<OrdersIcon size={28} />}
      description="Order entry, order history and fulfilment open here."
    />
  );
}
