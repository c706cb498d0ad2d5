import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { roleAllows } from '../../../shared/roles';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { InventoryIcon, SearchIcon } from '../../components/icons';
import { useCan } from '../../components/inventory/useCan';

/** Why the list is empty, and the one thing that changes it. */
export function ProductsEmpty({
  search,
  filtered,
  onClearSearch,
  onClearFilters,
}: {
  search: string;
  /** A category or attribute filter is set (archived products are shown or not; neither hides the whole catalog). */
  filtered: boolean;
  onClearSearch: () => void;
  onClearFilters: () => void;
}) {
  const staff = useCurrentStaff();
  const can = useCan();
  if (search) {
    return (
      <EmptyState
        icon={<SearchIcon size={28} />}
        title={`No products match “${search}”`}
        description="Search looks at the start of each word in the name, SKU, barcode, brand and category. A scanned barcode opens its product directly."
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={onClearSearch}>
            Clear search
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (filtered) {
    return (
      <EmptyState icon={<InventoryIcon size={28} />} title="No products match these filters">
        <EmptyState.Actions>
          <Button variant="default" onClick={onClearFilters}>
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  const canLoadDemo = roleAllows(staff.role, 'admin');
  const canCreate = can('products.create');
  return (
    <EmptyState
      icon={<InventoryIcon size={28} />}
      withIndicatorBackground
      title="No products yet"
      description={
        canCreate
          ? `Add your first product with “New product” (or press N).${
              canLoadDemo ? ' To explore Backroom first, load the demo data from Admin.' : ''
            }`
          : 'A manager adds products here; an admin can load demo data from Admin.'
      }
    >
      <EmptyState.Actions>
        {canCreate && (
          <Button component={Link} to="/inventory/products/new">
            New product
          </Button>
        )}
        {canLoadDemo && (
          <Button component={Link} to="/admin" variant="default">
            Go to Admin
          </Button>
        )}
      </EmptyState.Actions>
    </EmptyState>
  );
}
