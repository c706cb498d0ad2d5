import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { roleAllows } from '../../../shared/roles';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { InventoryIcon, SearchIcon } from '../../components/icons';

/** Why the list is empty, and the one thing that changes it. */
export function ProductsEmpty({
  search,
  filtered,
  onClearSearch,
  onClearFilters,
}: {
  search: string;
  /** A category is chosen (archived products are shown or not; neither hides the whole catalog). */
  filtered: boolean;
  onClearSearch: () => void;
  onClearFilters: () => void;
}) {
  const staff = useCurrentStaff();
  if (search) {
    return (
      <EmptyState
        icon={<SearchIcon size={28} />}
        title={`No products match “${search}”`}
        description="Search looks at the start of each word in the name, SKU, barcode, brand and category."
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
      <EmptyState icon={<InventoryIcon size={28} />} title="No products in this category">
        <EmptyState.Actions>
          <Button variant="default" onClick={onClearFilters}>
            Show all categories
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  const canLoadDemo = roleAllows(staff.role, 'admin');
  return (
    <EmptyState
      icon={<InventoryIcon size={28} />}
      withIndicatorBackground
      title="No products yet"
      description={
        canLoadDemo
          ? 'Load the demo data from Admin to explore Backroom with sample products. Importing your own price list comes with a later version.'
          : 'An admin can load demo data from Admin. Importing a price list comes with a later version.'
      }
    >
      {canLoadDemo && (
        <EmptyState.Actions>
          <Button component={Link} to="/admin">
            Go to Admin
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
