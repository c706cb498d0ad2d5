import { ActionIcon, Button, Group, Modal, Select, Stack, TextInput, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useBrands, useCreateBrand } from '../../../api/hooks/useCatalog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan } from '../../../components/inventory/useCan';

/** The product's brand; a brand that does not exist yet can be added on the spot. */
export function BrandSelect({
  value,
  onChange,
  readOnly,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  readOnly: boolean;
}) {
  const brands = useBrands();
  const can = useCan();
  const [opened, dialog] = useDisclosure(false);
  const [name, setName] = useState('');
  const createBrand = useCreateBrand();

  function close() {
    setName('');
    createBrand.reset();
    dialog.close();
  }

  return (
    <>
      <Group gap={6} align="flex-end" wrap="nowrap">
        <Select<number>
          label="Brand"
          placeholder="No brand"
          data={(brands.data ?? []).map((brand) => ({ value: brand.id, label: brand.name }))}
          value={value}
          onChange={onChange}
          searchable
          clearable
          readOnly={readOnly}
          nothingFoundMessage="No brand with that name"
          flex={1}
        />
        {!readOnly && can('brands.create') && (
          <Tooltip label="Add a brand">
            <ActionIcon variant="default" size="input-sm" aria-label="Add a brand" onClick={dialog.open}>
              +
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Modal opened={opened} onClose={close} title="New brand" centered>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            createBrand.mutate(
              { name },
              {
                onSuccess: (brand) => {
                  onChange(brand.id);
                  close();
                },
              },
            );
          }}
        >
          <Stack gap="md">
            <TextInput
              label="Brand name"
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              data-autofocus
            />
            <ErrorAlert error={createBrand.error} titles={{ CONFLICT: 'That brand already exists' }} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Close
              </Button>
              <Button type="submit" loading={createBrand.isPending} disabled={!name.trim()}>
                Add brand
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
