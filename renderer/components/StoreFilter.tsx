import { Select } from '@mantine/core';
import { useStores } from '../api/hooks/useStock';

/**
 * Which store a list shows: the person's own (null) unless they pick another they work in (an
 * admin: any). A person of one store has nothing to pick, so it shows nothing.
 */
export function StoreFilter({ value, onChange }: { value: number | null; onChange: (storeId: number | null) => void }) {
  const stores = useStores();
  if ((stores.data?.length ?? 0) <= 1) return null;
  return (
    <Select<number>
      aria-label="Store"
      placeholder="My store"
      data={(stores.data ?? []).map((store) => ({ value: store.id, label: store.name }))}
      value={value}
      onChange={onChange}
      clearable
      w={200}
    />
  );
}

/** The name of the store a list was narrowed to, for its empty state; null for the person's own. */
export function useStoreName(storeId: number | null): string | null {
  const stores = useStores();
  return stores.data?.find((store) => store.id === storeId)?.name ?? null;
}
