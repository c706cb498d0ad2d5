import { Select, TextInput } from '@mantine/core';
import type { AttributeDefinition, AttributeSchema } from '../../../shared/attributes';
import { MAX_ATTRIBUTE_FILTERS } from '../../../shared/contract';
import type { AttributeFilterValues } from '../../api/hooks/useCatalog';
import { DecimalInput } from '../../components/LocaleNumberInput';

/**
 * Filters for the chosen category's attributes (indexed ones first: those stay fast on a big
 * catalog). Each filter is an exact value; an empty box does not filter.
 */
export function AttributeFilters({
  schema,
  values,
  onChange,
}: {
  schema: AttributeSchema;
  values: AttributeFilterValues;
  onChange: (values: AttributeFilterValues) => void;
}) {
  const shown = [...schema]
    .sort((a, b) => Number(b.indexed ?? false) - Number(a.indexed ?? false))
    .slice(0, MAX_ATTRIBUTE_FILTERS);

  function set(key: string, value: string | number | boolean | null) {
    const next = { ...values };
    if (value === null || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  }

  return shown.map((definition) => (
    <AttributeFilter
      key={definition.key}
      definition={definition}
      value={values[definition.key]}
      onChange={(value) => set(definition.key, value)}
    />
  ));
}

function AttributeFilter({
  definition,
  value,
  onChange,
}: {
  definition: AttributeDefinition;
  value: string | number | boolean | undefined;
  onChange: (value: string | number | boolean | null) => void;
}) {
  const common = { 'aria-label': `Filter by ${definition.label}`, w: 170 };
  switch (definition.type) {
    case 'choice':
      return (
        <Select
          {...common}
          placeholder={`Any ${definition.label.toLowerCase()}`}
          data={definition.choices ?? []}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          clearable
        />
      );
    case 'boolean':
      return (
        <Select
          {...common}
          placeholder={`${definition.label}: any`}
          data={[
            { value: 'yes', label: `${definition.label}: yes` },
            { value: 'no', label: `${definition.label}: no` },
          ]}
          value={value === true ? 'yes' : value === false ? 'no' : null}
          onChange={(choice) => onChange(choice === null ? null : choice === 'yes')}
          clearable
        />
      );
    case 'number':
      return (
        <DecimalInput
          {...common}
          placeholder={definition.label}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(next === '' ? null : next)}
        />
      );
    case 'text':
      return (
        <TextInput
          {...common}
          placeholder={definition.label}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}
