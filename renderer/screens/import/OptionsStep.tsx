import { Checkbox, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import type { ImportStartInput } from '../../../shared/contract';
import { findField, type KindSpec } from '../../../shared/import/fields';
import { roleAllows } from '../../../shared/roles';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { useStores } from '../../api/hooks/useStock';

export interface ImportOptions {
  mode: 'insert' | 'upsert' | 'skip';
  naturalKey: string | null;
  atomic: boolean;
  dryRun: boolean;
  allowNew: NonNullable<ImportStartInput['allowNew']>;
  /** Another store than the importer's own (admins only); null is the importer's store. */
  storeId: number | null;
}

export const DEFAULT_OPTIONS: ImportOptions = {
  mode: 'insert',
  naturalKey: null,
  atomic: true,
  dryRun: false,
  allowNew: { categories: false, brands: false, suppliers: false },
  storeId: null,
};

/** Kinds whose records belong to a store: stock counts, sales, and customers' and interactions' home store. */
const STORE_KINDS: readonly string[] = ['stock', 'sales', 'customers', 'interactions'];

/** Step 4: what happens to records that exist already and to rows with problems, and whether to save at all. */
export function OptionsStep({
  spec,
  options,
  onOptions,
}: {
  spec: KindSpec;
  options: ImportOptions;
  onOptions: (options: ImportOptions) => void;
}) {
  const staff = useCurrentStaff();
  const isAdmin = roleAllows(staff.role, 'admin');
  const stores = useStores();
  const set = (change: Partial<ImportOptions>) => onOptions({ ...options, ...change });
  const keyLabels = spec.naturalKeys.map((key) => ({ value: key, label: findField(spec, key)?.label ?? key }));

  return (
    <Stack gap="lg" maw={720}>
      <Radio.Group
        label="When a record already exists"
        value={options.mode}
        onChange={(mode) => set({ mode: mode as ImportOptions['mode'] })}
      >
        <Stack gap={6} mt="xs">
          <Radio value="insert" label="Add new records only: a row for one that exists is a problem" />
          <Radio value="upsert" label="Update the existing record from the row, add the others" />
          <Radio value="skip" label="Leave existing records as they are, add the others" />
        </Stack>
      </Radio.Group>
      {options.mode !== 'insert' && keyLabels.length > 0 && (
        <NativeSelect
          label="Match existing records by"
          value={options.naturalKey ?? spec.naturalKeys[0]}
          onChange={(event) => set({ naturalKey: event.currentTarget.value })}
          data={keyLabels}
          maw={320}
        />
      )}
      <Radio.Group
        label="When some rows have problems"
        value={options.atomic ? 'atomic' : 'valid'}
        onChange={(value) => set({ atomic: value === 'atomic' })}
      >
        <Stack gap={6} mt="xs">
          <Radio value="atomic" label="Import nothing: all rows or none" />
          <Radio value="valid" label="Import the valid rows and reject the others" />
        </Stack>
      </Radio.Group>
      {spec.kind === 'products' && (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Names the store does not know yet
          </Text>
          <Checkbox
            label="Create categories that do not exist yet"
            checked={options.allowNew.categories}
            onChange={(event) => set({ allowNew: { ...options.allowNew, categories: event.currentTarget.checked } })}
          />
          <Checkbox
            label="Create brands that do not exist yet"
            checked={options.allowNew.brands}
            onChange={(event) => set({ allowNew: { ...options.allowNew, brands: event.currentTarget.checked } })}
          />
          <Checkbox
            label="Create suppliers that do not exist yet"
            checked={options.allowNew.suppliers}
            onChange={(event) => set({ allowNew: { ...options.allowNew, suppliers: event.currentTarget.checked } })}
          />
          <Text size="xs" c="dimmed">
            Otherwise a row naming an unknown one is a problem, so a typo does not become a new category.
          </Text>
        </Stack>
      )}
      {isAdmin && STORE_KINDS.includes(spec.kind) && (stores.data?.length ?? 0) > 1 && (
        <NativeSelect
          label="Store"
          description="The store these records belong to."
          value={String(options.storeId ?? staff.storeId)}
          onChange={(event) => set({ storeId: Number(event.currentTarget.value) })}
          data={(stores.data ?? []).map((store) => ({ value: String(store.id), label: store.name }))}
          maw={320}
        />
      )}
      <Checkbox
        label="Dry run: check the whole file and count what would change, but save nothing"
        checked={options.dryRun}
        onChange={(event) => set({ dryRun: event.currentTarget.checked })}
      />
    </Stack>
  );
}
