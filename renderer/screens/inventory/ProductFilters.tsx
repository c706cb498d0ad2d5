import { CloseButton, Group, Kbd, Loader, Select, Switch, TextInput } from '@mantine/core';
import type { RefObject } from 'react';
import type { AttributeSchema } from '../../../shared/attributes';
import { MAX_PRODUCT_SEARCH_LENGTH } from '../../../shared/contract';
import { useBrands, useCategories, useSuppliers, type AttributeFilterValues } from '../../api/hooks/useCatalog';
import { useCurrentStaff } from '../../api/hooks/useSession';
import { useStores } from '../../api/hooks/useStock';
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
  brandId: number | null;
  onBrandId: (id: number | null) => void;
  supplierId: number | null;
  onSupplierId: (id: number | null) => void;
  /** Null is the signed-in staff member's own store. */
  storeId: number | null;
  onStoreId: (id: number | null) => void;
  lowStock: boolean;
  onLowStock: (low: boolean) => void;
}

export function ProductFilters(props: ProductFiltersProps) {
  const categories = useCategories();
  const categoryOptions = (categories.data ?? []).map((category) => ({ value: category.id, label: category.path }));
  const brands = useBrands();
  const brandOptions = (brands.data ?? []).map((brand) => ({ value: brand.id, label: brand.name }));
  const suppliers = useSuppliers();
  const supplierOptions = (suppliers.data ?? []).map((supplier) => ({ value: supplier.id, label: supplier.name }));
  const staff = useCurrentStaff();
  const stores = useStores();
  const storeOptions = (stores.data ?? [{ id: staff.storeId, name: staff.storeName }]).map((store) => ({
    value: store.id,
    label: store.id === staff.storeId ? `${store.name} (your store)` : store.name,
  }));

  return (
    <Group gap="sm" align="center" wrap="wrap">
      <TextInput
        ref={props.searchRef}
        aria-label="Search products"
        placeholder="Search name, SKU, barcode, brand or category — or scan"
        flex="1 1 20rem"
        maxLength={MAX_PRODUCT_SEARCH_LENGTH}
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
          // The first Escape clears the search, the next leaves the box, so the page's letter
          // shortcuts ("N" for a new product) work again.
          if (event.key !== 'Escape') return;
          event.preventDefault();
          if (props.searchText) props.onSearchText('');
          else event.currentTarget.blur();
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
      <Select<number>
        aria-label="Brand"
        placeholder="All brands"
        data={brandOptions}
        value={props.brandId}
        onChange={props.onBrandId}
        searchable
        clearable
        nothingFoundMessage="No brand with that name"
        w={180}
      />
      <Select<number>
        aria-label="Supplier"
        placeholder="All suppliers"
        data={supplierOptions}
        value={props.supplierId}
        onChange={props.onSupplierId}
        searchable
        clearable
        nothingFoundMessage="No supplier with that name"
        w={200}
      />
      <Select<number>
        aria-label="Store"
        title="Whose stock the list shows"
        data={storeOptions}
        value={props.storeId ?? staff.storeId}
        onChange={(id) => props.onStoreId(id === null || id === staff.storeId ? null : id)}
        allowDeselect={false}
        w={200}
      />
      <Switch
        label="Low stock only"
        checked={props.lowStock}
        onChange={(event) => props.onLowStock(event.currentTarget.checked)}
      />
      <Switch
        label="Show archived"
        checked={props.includeArchived}
        onChange={(event) => props.onIncludeArchived(event.currentTarget.checked)}
      />
    </Group>
  );
}
