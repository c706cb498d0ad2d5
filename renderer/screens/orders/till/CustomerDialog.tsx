import { Button, Group, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useCustomerMatches } from '../../../api/hooks/useOrders';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatPhone } from '../../../lib/phone';
import type { Cart } from './cart';
import { INSTANT } from './instant';

/** F3: finds a customer by name, email or phone; arrows and Enter attach one, "Walk-in" detaches. */
export function CustomerDialog({
  opened,
  onPick,
  onClose,
}: {
  opened: boolean;
  onPick: (customer: Cart['customer']) => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Attach a customer" centered transitionProps={INSTANT}>
      {opened && <CustomerSearch onPick={onPick} />}
    </Modal>
  );
}

function CustomerSearch({ onPick }: { onPick: (customer: Cart['customer']) => void }) {
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const [debounced] = useDebouncedValue(query, 150);
  const search = useCustomerMatches(debounced);
  const matches = (search.data?.items ?? []).filter((customer) => !customer.archived);
  const pick = (index: number) => {
    const customer = matches[index];
    if (customer) onPick({ id: customer.id, name: `${customer.firstName} ${customer.lastName}` });
  };
  return (
    <Stack gap="sm">
      <TextInput
        label="Name, email or phone"
        data-autofocus
        autoFocus
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setHighlight(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setHighlight((index) => Math.min(index + 1, matches.length - 1));
          else if (event.key === 'ArrowUp') setHighlight((index) => Math.max(index - 1, 0));
          else if (event.key === 'Enter') pick(highlight);
          else return;
          event.preventDefault();
        }}
      />
      <ErrorAlert error={search.error} />
      <Stack gap={2} role="listbox" aria-label="Matching customers">
        {matches.map((customer, index) => (
          <UnstyledButton
            key={customer.id}
            role="option"
            aria-selected={index === highlight}
            px="sm"
            py={4}
            bg={index === highlight ? 'var(--mantine-primary-color-light)' : undefined}
            onClick={() => pick(index)}
          >
            <Text size="sm">
              {customer.firstName} {customer.lastName}
            </Text>
            <Text size="xs" c="dimmed">
              {[customer.email, customer.phone && formatPhone(customer.phone)].filter(Boolean).join(' · ')}
            </Text>
          </UnstyledButton>
        ))}
        {debounced.trim() && search.isSuccess && matches.length === 0 && (
          <Text size="sm" c="dimmed">
            No customer matches; the sale can go ahead as a walk-in.
          </Text>
        )}
      </Stack>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onPick(null)}>
          Walk-in (no customer)
        </Button>
      </Group>
    </Stack>
  );
}
