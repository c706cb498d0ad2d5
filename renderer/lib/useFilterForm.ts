import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type ChangeEvent } from 'react';

type TextKey<Form> = { [K in keyof Form]: Form[K] extends string ? K : never }[keyof Form];

/**
 * A list's filter bar: fields follow every keystroke, while the list is asked again (`onChange` with
 * `toFilters` of the form) only once typing settles for 300 ms. `clear` empties every field, also
 * those a link filled in through `initial`.
 */
export function useFilterForm<Form extends object, Filters>({
  empty,
  initial = () => empty,
  toFilters,
  onChange,
}: {
  empty: Form;
  initial?: () => Form;
  toFilters: (form: Form) => Filters;
  onChange: (filters: Filters) => void;
}) {
  const [form, setForm] = useState<Form>(initial);
  const [debounced] = useDebouncedValue(form, 300);
  useEffect(() => onChange(toFilters(debounced)), [debounced, onChange, toFilters]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));
  /** Value and change handler of a text input bound to a string field. */
  const text = (key: TextKey<Form>) => ({
    value: form[key] as string,
    onChange: (event: ChangeEvent<HTMLInputElement>) => set(key, event.currentTarget.value as Form[typeof key]),
  });
  return { form, set, text, clear: () => setForm(empty) };
}
