import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** No orders: say how they come to be, or that the filters hide them. */
export function OrdersEmpty({ filtered }: { filtered: boolean }) {
  return (
    <Stack align="center" gap="xs" py="xl">
      <Title order={3} size="h4">
        {filtered ? 'No orders match these filters' : 'No orders yet'}
      </Title>
      <Text c="dimmed" ta="center" maw={480}>
        {filtered
          ? 'Widen the date range or clear a filter; orders are listed newest first.'
          : 'Every sale rung up at the till, and every phone or online order saved as pending, is listed here. Start one with New sale (or press N).'}
      </Text>
      {!filtered && (
        <Button component={Link} to="/orders/new">
          New sale
        </Button>
      )}
    </Stack>
  );
}
