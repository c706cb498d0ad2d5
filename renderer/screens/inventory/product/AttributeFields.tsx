import { Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import type { AttributeDefinition, AttributeSchema, AttributeValue } from '../../../../shared/attributes';
import { DecimalInput } from '../../../components/LocaleNumberInput';
import type { FieldErrors } from '../../../lib/validate';

/** The fields the product's category declares (inherited ones included), each in the input its type asks for. */
export function AttributeFields({
  schema,
  values,
  errors,
  readOnly,
  onChange,
}: {
  schema: AttributeSchema;
  values: Record<string, AttributeValue>;
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (values: Record<string, AttributeValue>) => void;
}) {
  function set(key: string, value: AttributeValue | null) {
    const next = { ...values };
    if (value === null || value === '') delete next[key];
    else next[key] = value;
    onChange(next);
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {schema.map((definition) => (
        <AttributeField
          key={definition.key}
          definition={definition}
          value={values[definition.key]}
          error={errors[`attributes.${definition.key}`]}
          readOnly={readOnly}
          onChange={(value) => set(definition.key, value)}
        />
      ))}
    </SimpleGrid>
  );
}

function AttributeField({
  definition,
  value,
  error,
  readOnly,
  onChange,
}: {
  definition: AttributeDefinition;
  value: AttributeValue | undefined;
  error: string | undefined;
  readOnly: boolean;
  onChange: (value: AttributeValue | null) => void;
}) {
  const common = {
    label: definition.label,
    withAsterisk: definition.required ?? false,
    error,
    readOnly,
    'aria-invalid': error ? true : undefined,
  };
  switch (definition.type) {
    case 'text':
      return (
        <TextInput
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'number':
      return (
        <DecimalInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(next === '' ? null : next)}
        />
      );
    case 'choice':
      return (
        <Select
          {...common}
          data={definition.choices ?? []}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
          clearable={!definition.required}
          placeholder="Choose"
        />
      );
    case 'boolean':
      return (
        <Switch
          label={definition.label}
          error={error}
          disabled={readOnly}
          mt="lg"
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      );
  }
}
