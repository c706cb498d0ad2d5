import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type Ref } from 'react';
import { MAX_PRODUCT_CODE_LENGTH, MAX_PRODUCT_SEARCH_LENGTH } from '../../../shared/contract';
import { hasSearchWords } from '../../../shared/search-words';
import { isApiError } from '../../api/ApiError';
import { useFindProductByCode, useProductSearch } from '../../api/hooks/useCatalog';
import { SearchIcon } from '../icons';

export interface PickedProduct {
  id: number;
  name: string;
}

/** A code (typed or scanned) adds at once; a choice from the list was made by hand. */
export type PickedHow = 'code' | 'list';

const SEARCH_DEBOUNCE_MS = 150;

/**
 * Adds products to a document (purchase order, count, transfer). Enter looks the text up as a code,
 * which is what a scanner types; ↓ and Enter choose from the products whose names match instead.
 */
export function ProductPicker({
  onPick,
  inputRef,
  label = 'Add product',
  disabled = false,
}: {
  onPick: (product: PickedProduct, how: PickedHow) => void;
  inputRef?: Ref<HTMLInputElement>;
  label?: string;
  disabled?: boolean;
}) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [search] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const matches = useProductSearch(search);
  const findByCode = useFindProductByCode();
  // Symbols alone look for nothing (a code may still hold them: Enter looks that up), so no name matches.
  const options = hasSearchWords(text) ? (matches.data?.items ?? []) : [];

  function pick(product: PickedProduct, how: PickedHow) {
    setText('');
    setProblem(null);
    combobox.closeDropdown();
    onPick(product, how);
  }

  function lookUpCode() {
    const code = text.trim();
    if (!code) return;
    // Text longer than any code is no code: only a name can match it.
    if (code.length > MAX_PRODUCT_CODE_LENGTH) return noSuchCode(code, null);
    findByCode.mutate(code, {
      onSuccess: (found) => pick({ id: found.id, name: found.name }, 'code'),
      onError: (error) => noSuchCode(code, isApiError(error, 'NOT_FOUND') ? null : error.message),
    });
  }

  /** The one product whose name matches is what was meant; otherwise the person hears why nothing was added. */
  function noSuchCode(code: string, failure: string | null) {
    // Only matches of the text looked up count: a placeholder is an earlier search's.
    const only = search.trim() === code && !matches.isPlaceholderData && options.length === 1 && options[0];
    if (only) pick({ id: only.id, name: only.name }, 'list');
    else
      setProblem(
        failure ?? `No product has the code “${code}”.${hasSearchWords(code) ? ' Press ↓ to choose by name.' : ''}`,
      );
  }

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        const product = options.find((option) => String(option.id) === value);
        if (product) pick({ id: product.id, name: product.name }, 'list');
      }}
    >
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          label={label}
          placeholder="Scan a barcode, or type a code or name"
          description="Enter adds the product with that barcode or SKU; ↓ chooses from matching names."
          leftSection={findByCode.isPending || matches.isFetching ? <Loader size={14} /> : <SearchIcon size={16} />}
          value={text}
          maxLength={MAX_PRODUCT_SEARCH_LENGTH}
          disabled={disabled}
          error={problem}
          autoComplete="off"
          onChange={(event) => {
            setText(event.currentTarget.value);
            setProblem(null);
            combobox.openDropdown();
            combobox.resetSelectedOption();
          }}
          onFocus={() => text && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || combobox.getSelectedOptionIndex() !== -1) return;
            event.preventDefault();
            lookUpCode();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={options.length === 0}>
        <Combobox.Options>
          {options.map((product) => (
            <Combobox.Option key={product.id} value={String(product.id)}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm" truncate>
                  {product.name}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {product.sku}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
