import { CloseButton, Group, Kbd, Loader, Select, Switch, TextInput } from '@mantine/core';
import type { RefObject } from 'react';
import type { AttributeSchema } from '../../../shared/attributes';
import { useCategories, type AttributeFilterValues } from '../../api/hooks/useCatalog';
import { SearchIcon } from '../../components/icons';
import { ACCEPTS_SCAN_ATTRIBUTE } from '../../components/inventory/useBarcodeScanner';
import { AttributeFilters } from './AttributeFilters';

export interface ProductFiltersProps {
  searchRef: RefObject<HTMLInputElement | null>;
  searchText: string;
  onSearchText: (text: string) => void;
  searching: boolean;
  categoryId: number | null;
  onCategoryId: (id: number | null) => void;
  attributeSchema: AttributeSchema;
  attributes: AttributeFilterValues;
  onAttributes: (values: AttributeFilterValues) => void;
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
        placeholder="Search name, SKU, barcode, brand or category — or scan"
        autoFocus
        flex="1 1 20rem"
        {...{ [ACCEPTS_SCAN_ATTRIBUTE]: 'whole' }}
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
      <AttributeFilters schema={props.attributeSchema} values={props.attributes} onChange={props.onAttributes} />
      <Switch
        label="Show archived"
        checked={props.includeArchived}
        onChange={(event) => props.onIncludeArchived(event.currentTarget.checked)}
      />
    </Group>
  );
}
