import { Alert, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import { presetPatch, type ViewEditorProps } from './view';

/** No trade at all for the filter: say so, and offer the ways out. */
export function NoSalesNotice({ view, onChange }: ViewEditorProps) {
  const staff = useCurrentStaff();
  const narrowed = view.storeIds.length > 0 || view.categoryId !== null || view.brandId !== null;
  return (
    <Alert color="blue" title="No sales in this range" role="status">
      <Text size="sm">
        Nothing was sold {narrowed ? 'in these stores, category and brand ' : ''}on these days. Widen the range
        {narrowed ? ' or remove a filter' : ''} to see more. A new store fills up as the till takes sales, or with an
        import of past orders{staff.role === 'admin' ? '; demo data can be loaded from Admin' : ''}.
      </Text>
      <Group gap="xs" mt="sm">
        {view.preset !== 'all-time' && (
          <Button size="xs" variant="light" onClick={() => onChange(presetPatch('all-time'))}>
            Show all time
          </Button>
        )}
        {narrowed && (
          <Button
            size="xs"
            variant="default"
            onClick={() => onChange({ storeIds: [], categoryId: null, brandId: null })}
          >
            Remove filters
          </Button>
        )}
        {staff.role === 'admin' && (
          <Button size="xs" variant="default" component={Link} to="/admin">
            Load demo data
          </Button>
        )}
        <Button size="xs" variant="default" component={Link} to="/import">
          Import past sales
        </Button>
      </Group>
    </Alert>
  );
}
