import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { SEGMENT_LABELS, type CustomerSegmentName } from '../../../shared/contract/customers';
import { Shortcut } from '../../components/inventory/Shortcut';

/** Says why the list is empty and what to do about it. */
export function CustomersEmpty({
  search,
  segment,
  searchOnly,
  onClearSearch,
  onClearSegment,
}: {
  search: string;
  segment: CustomerSegmentName | null;
  searchOnly: boolean;
  onClearSearch: () => void;
  onClearSegment: () => void;
}) {
  if (searchOnly && !search) {
    return (
      <Stack gap="xs" py="xl" align="center">
        <Title order={4}>Find a customer</Title>
        <Text c="dimmed" size="sm" ta="center">
          Type the start of a first or last name, an email, or the digits of a phone number.
        </Text>
      </Stack>
    );
  }
  if (search || segment) {
    return (
      <Stack gap="xs" py="xl" align="center">
        <Title order={4}>No customer matches</Title>
        <Text c="dimmed" size="sm" ta="center">
          {search ? `Nobody’s name, email or phone begins with “${search}”` : 'Nobody'}
          {segment ? ` in the segment “${SEGMENT_LABELS[segment]}”` : ''}. Each word must begin a name or an email;
          phone numbers match from their first digits.
        </Text>
        <Group gap="sm">
          {search && (
            <Button variant="default" size="xs" onClick={onClearSearch}>
              Clear search
            </Button>
          )}
          {segment && (
            <Button variant="default" size="xs" onClick={onClearSegment}>
              Show every segment
            </Button>
          )}
          <Button size="xs" component={Link} to="/customers/new">
            New customer
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="xs" py="xl" align="center">
      <Title order={4}>No customers yet</Title>
      <Text c="dimmed" size="sm" ta="center">
        Sign up a customer at the till or here to keep their contact details, purchases and consent in one place.
      </Text>
      <Button component={Link} to="/customers/new" rightSection={<Shortcut keys="N" />}>
        New customer
      </Button>
    </Stack>
  );
}
