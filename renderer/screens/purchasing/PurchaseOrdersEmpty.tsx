import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { OrdersIcon } from '../../components/icons';

/** No purchase orders (here, in another store, or with these filters), and where new ones come from. */
export function PurchaseOrdersEmpty({
  filtered,
  otherStore,
  canCreate,
}: {
  filtered: boolean;
  /** The store picked, when it is not the person's own: its orders are made there, not here. */
  otherStore: string | null;
  canCreate: boolean;
}) {
  if (filtered || otherStore !== null) {
    const where = otherStore === null ? '' : ` in ${otherStore}`;
    const which = filtered ? ' with this status or supplier' : '';
    return <EmptyState icon={<OrdersIcon size={28} />} title={`No purchase orders${where}${which}`} />;
  }
  return (
    <EmptyState
      icon={<OrdersIcon size={28} />}
      withIndicatorBackground
      title="No purchase orders yet"
      description={
        canCreate
          ? 'The quickest start is Low stock → “Suggest reorders”: it drafts one order per supplier for what is running out. Or start one by hand.'
          : 'Managers create purchase orders; deliveries against sent orders are received here.'
      }
    >
      {canCreate && (
        <EmptyState.Actions>
          <Button component={Link} to="/inventory/low-stock">
            Go to Low stock
          </Button>
          <Button component={Link} to="/inventory/purchase-orders/new" variant="default">
            New purchase order
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
