import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { CustomerSummary } from '../../../shared/contract/customers';
import { useCustomerSearch } from '../../api/hooks/useCustomers';
import { customerContact, fullName } from './customer-names';

/** Finds one customer by name, email or phone; `excludeId` keeps the customer being worked on out. */
export function CustomerPicker({
  label,
  excludeId,
  onPick,
}: {
  label: string;
  excludeId?: number;
  onPick: (customer: CustomerSummary) => void;
}) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text, 150);
  const search = useCustomerSearch(query);
  const combobox = useCombobox();
  const matches = (search.data?.items ?? []).filter((customer) => customer.id !== excludeId);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        const customer = matches.find((match) => String(match.id) === value);
        if (!customer) return;
        onPick(customer);
        setText(fullName(customer));
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <TextInput
          label={label}
          placeholder="Name, email or phone"
          value={text}
          rightSection={search.isFetching ? <Loader size="xs" /> : null}
          onChange={(event) => {
            setText(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={query.trim() === ''}>
        <Combobox.Options>
          {matches.map((customer) => (
            <Combobox.Option value={String(customer.id)} key={customer.id}>
              <Text size="sm">{fullName(customer)}</Text>
              <Text size="xs" c="dimmed">
                {customerContact(customer)}
              </Text>
            </Combobox.Option>
          ))}
          {search.isSuccess && matches.length === 0 && <Combobox.Empty>No customer matches</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
