import { CloseButton, Group, Kbd, Loader, Select, Switch, TextInput } from '@mantine/core';
import type { RefObject } from 'react';
import { useCategories } from '../../api/hooks/useCatalog';
import { SearchIcon } from '../../components/icons';

export interface ProductFiltersProps {
  searchRef: RefObject<HTMLInputElement | null>;
  searchText: string;
  onSearchText: (text: string) => void;
  searching: boolean;
  categoryId: number | null;
  onCategoryId: (id: number | null) => void;
  includeArchived: boolean;
  onIncludeArchived: (include: boolean) => void;
}

export function ProductFilters(props: ProductFiltersProps) {
  const categories = useCategories();
  const categoryOptions = (categories.data ?? []).map((category) => ({ value: category.id, label: category.path }));

  return (
    <Group gap="sm" align="center" wrap="wrap">
      <TextInput
        ref={props.searchRef}
        aria-label="Search products"
        placeholder="Search name, SKU, barcode, brand or category"
        autoFocus
        flex="1 1 20rem"
        leftSection={props.searching ? <Loader size={14} /> : <SearchIcon size={16} />}
        rightSection={
          props.searchText ? (
            <CloseButton size="sm" aria-label="Clear search" onClick={() => props.onSearchText('')} />
          ) : (
            <Kbd size="xs" title="Press / to search">
              /
            </Kbd>
          )
        }
        value={props.searchText}
        onChange={(event) => props.onSearchText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && props.searchText) {
            event.preventDefault();
            props.onSearchText('');
          }
        }}
      />
      <Select<number>
        aria-label="Category"
        placeholder="All categories"
        data={categoryOptions}
        value={props.categoryId}
        onChange={props.onCategoryId}
        searchable
        clearable
        nothingFoundMessage="No category with that name"
        w={260}
      />
      <Switch
        label="Show archived"
        checked={props.includeArchived}
        onChange={(event) => props.onIncludeArchived(event.currentTarget.checked)}
      />
    </Group>
  );
}
