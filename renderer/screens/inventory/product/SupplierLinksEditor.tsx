import { ActionIcon, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useSuppliers } from '../../../api/hooks/useCatalog';
import { money } from '../../../components/inventory/money';
import { MoneyInput } from '../../../components/inventory/MoneyInput';
import type { SupplierLink } from './product-form-values';

/** Who sells the product to the store, under which of their codes, at what cost. */
export function SupplierLinksEditor({
  links,
  error,
  readOnly,
  onChange,
}: {
  links: SupplierLink[];
  error: string | undefined;
  readOnly: boolean;
  onChange: (links: SupplierLink[]) => void;
}) {
  const suppliers = useSuppliers();
  const linked = new Set(links.map((link) => link.supplierId));
  const available = (suppliers.data ?? []).filter((supplier) => !linked.has(supplier.id));

  function update(index: number, change: Partial<SupplierLink>) {
    onChange(links.map((link, at) => (at === index ? { ...link, ...change } : link)));
  }

  return (
    <Stack gap="xs">
      {links.length === 0 ? (
        <Text size="sm" c="dimmed">
          No supplier yet. Reorder suggestions group products by supplier, so add the one you buy this from.
        </Text>
      ) : (
        <Table verticalSpacing={4} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Supplier</Table.Th>
              <Table.Th w="28%">Their code</Table.Th>
              <Table.Th w="24%" ta="end">
                Cost
              </Table.Th>
              {!readOnly && <Table.Th w={40} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {links.map((link, index) => (
              <Table.Tr key={link.supplierId}>
                <Table.Td>
                  <Text size="sm" truncate>
                    {link.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {readOnly ? (
                    <Text size="sm">{link.supplierSku || '—'}</Text>
                  ) : (
                    <TextInput
                      size="xs"
                      aria-label={`${link.name} code`}
                      value={link.supplierSku}
                      onChange={(event) => update(index, { supplierSku: event.currentTarget.value })}
                    />
                  )}
                </Table.Td>
                <Table.Td ta="end">
                  {readOnly ? (
                    <Text size="sm">{link.costCents === null ? '—' : money(link.costCents)}</Text>
                  ) : (
                    <MoneyInput
                      size="xs"
                      aria-label={`${link.name} cost`}
                      value={link.costCents}
                      onChange={(costCents) => update(index, { costCents })}
                    />
                  )}
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove ${link.name}`}
                      onClick={() => onChange(links.filter((_, at) => at !== index))}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      {!readOnly && (
        <Select<number>
          aria-label="Add a supplier"
          placeholder="Add a supplier…"
          data={available.map((supplier) => ({ value: supplier.id, label: supplier.name }))}
          value={null}
          searchable
          nothingFoundMessage="No other supplier with that name"
          onChange={(id) => {
            const supplier = available.find((candidate) => candidate.id === id);
            if (supplier)
              onChange([...links, { supplierId: supplier.id, name: supplier.name, supplierSku: '', costCents: null }]);
          }}
        />
      )}
    </Stack>
  );
}
