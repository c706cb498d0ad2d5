import { Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useQueryClient } from '@tanstack/react-query';
import { useFindProductByCode, useProductSearch } from '../../../api/hooks/useCatalog';
import { productMatchesQuery } from '../../../api/hooks/useOrders';
import { money } from '../../../components/inventory/money';
import type { ProductRow } from '../../../../shared/contract';
import { hasSearchWords } from '../../../../shared/search-words';
import type { CartLine } from './cart';
import { splitQuantity } from './quantity-prefix';

/** Codes a scanner types: digits only (barcodes) or a single word with a digit (SKUs). */
const CODE_PATTERN = /^(?=.*\d)[\w-]+$/;
const MATCH_LIMIT = 6;

/**
 * The scan and search box. A scanner types a code and Enter: the product is looked up by code.
 * Words show matches; arrows move through them and Enter adds the highlighted one. With the box
 * empty, + and − change the selected line's quantity, Delete removes it, Alt+↑/↓ selects a line.
 */
export function TillSearch({
  inputRef,
  onAdd,
  onEmptyKey,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd: (line: Omit<CartLine, 'quantity'>, quantity: number) => void;
  onEmptyKey: (key: string) => boolean;
}) {
  const [text, setText] = useState('');
  const [highlight, setHighlight] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(text, 150);
  const words = splitQuantity(debounced).rest;
  const { quantity, rest: typed, problem } = splitQuantity(text);
  const search = useProductSearch(CODE_PATTERN.test(words) ? '' : words, MATCH_LIMIT);
  const queryClient = useQueryClient();
  // Matches count only once they answer what is typed now, so Enter never adds a stale match.
  const current = debounced === text && !search.isPlaceholderData && !search.isFetching;
  const looksLikeCode = CODE_PATTERN.test(typed);
  // A code is never searched for, and symbols alone look for nothing, so any matches held then are
  // an earlier search's: show none.
  const searchesNames = !looksLikeCode && hasSearchWords(typed);
  const matches = searchesNames && search.data ? search.data.items.filter((item) => !item.archived) : [];
  const findByCode = useFindProductByCode();

  /**
   * Enter clears the box at once, so a scan that follows straight after starts clean; the lookup
   * finishes on its own. Words not yet answered by the live matches are searched here and then.
   */
  const submit = async () => {
    if (!typed) return;
    // The box keeps a wrong quantity, so the clerk can correct it rather than type it all again.
    if (problem !== null) {
      setMessage(problem);
      return;
    }
    const entered = { typed, quantity, highlighted: current ? matches[highlight] : undefined };
    setText('');
    setHighlight(0);
    setMessage(null);
    try {
      if (searchesNames) {
        const match = entered.highlighted ?? (await firstMatch(entered.typed));
        if (match) {
          onAdd(lineOf(match), entered.quantity);
          return;
        }
      }
      const found = await findByCode.mutateAsync(entered.typed);
      if (found.archived) {
        setMessage(`${found.name} is archived and cannot be sold.`);
        return;
      }
      onAdd(
        { productId: found.id, name: found.name, sku: entered.typed, unitPriceCents: null, taxRateBp: null },
        entered.quantity,
      );
    } catch (error) {
      setMessage(
        isApiError(error, 'NOT_FOUND') ? `Nothing matches ${entered.typed}.` : 'The product could not be looked up.',
      );
    }
  };

  const firstMatch = async (words: string) => {
    const page = await queryClient.fetchQuery(productMatchesQuery(words, MATCH_LIMIT));
    return page.items.find((item) => !item.archived);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'ArrowDown' && matches.length > 0 && !event.altKey) {
      event.preventDefault();
      setHighlight((index) => Math.min(index + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp' && matches.length > 0 && !event.altKey) {
      event.preventDefault();
      setHighlight((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Escape') {
      setText('');
    } else if (text === '' && onEmptyKey(event.altKey ? `Alt+${event.key}` : event.key)) {
      event.preventDefault();
    }
  };

  return (
    <Stack gap={4} pos="relative">
      <TextInput
        ref={inputRef}
        label="Scan or search"
        placeholder="Scan a barcode, or type a product name"
        size="md"
        autoFocus
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setHighlight(0);
          setMessage(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          // A click on nothing focusable hands the focus back, so the next scan still lands here.
          if (event.relatedTarget !== null) return;
          const input = event.currentTarget;
          requestAnimationFrame(() => {
            if (document.activeElement === document.body && !document.querySelector('[role="dialog"]')) input.focus();
          });
        }}
        error={message}
        aria-controls="till-matches"
      />
      {matches.length > 0 && (
        <Paper
          withBorder
          shadow="md"
          id="till-matches"
          role="listbox"
          aria-label="Matching products"
          pos="absolute"
          top="100%"
          left={0}
          right={0}
          style={{ zIndex: 10 }}
        >
          {matches.map((match, index) => (
            <UnstyledButton
              key={match.id}
              role="option"
              aria-selected={index === highlight}
              tabIndex={-1}
              display="flex"
              w="100%"
              px="sm"
              py={6}
              bg={index === highlight ? 'var(--mantine-primary-color-light)' : undefined}
              style={{ justifyContent: 'space-between' }}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                if (problem !== null) {
                  setMessage(problem);
                  return;
                }
                onAdd(lineOf(match), quantity);
                setText('');
              }}
            >
              <Text size="sm">
                {match.name}{' '}
                <Text span size="xs" c="dimmed">
                  {match.sku} · {match.onHand} on hand
                </Text>
              </Text>
              <Text size="sm" ff="monospace">
                {money(match.priceCents)}
              </Text>
            </UnstyledButton>
          ))}
        </Paper>
      )}
    </Stack>
  );
}

function lineOf(match: ProductRow): Omit<CartLine, 'quantity'> {
  return {
    productId: match.id,
    name: match.name,
    sku: match.sku,
    unitPriceCents: match.priceCents,
    taxRateBp: match.taxRateBp,
  };
}
