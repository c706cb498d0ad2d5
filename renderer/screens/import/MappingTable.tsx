import { Badge, MultiSelect, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import type { FieldSpec } from '../../../shared/import/fields';
import type { FieldMapping } from '../../../shared/import/profile';
import {
  argumentTransformFor,
  simpleTransformsFor,
  transformArgument,
  TRANSFORM_LABELS,
  withArgumentTransform,
  withSimpleTransforms,
  type Mapping,
} from './mapping';

const NOT_IMPORTED = '';
const CONSTANT = 'constant';
const LOOKUP = 'lookup';
const COLUMN = 'column:';

const TYPE_LABELS: Record<FieldSpec['type'], string> = {
  text: 'text',
  integer: 'whole number',
  money: 'amount',
  percent: 'percentage',
  date: 'date',
  datetime: 'date and time',
  boolean: 'yes / no',
  email: 'email',
};

/**
 * One row per field of the kind: where its value comes from (a column of the file, a fixed value,
 * or a lookup a loaded profile brought), how its text is cleaned first, and the first row's value
 * of the chosen column so a wrong pick shows at once.
 */
export function MappingTable({
  fields,
  header,
  firstRow,
  mapping,
  onChange,
}: {
  fields: readonly FieldSpec[];
  header: readonly string[];
  firstRow: readonly string[] | undefined;
  mapping: Mapping;
  onChange: (key: string, mapping: FieldMapping) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-label="Column mapping" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%">Field</Table.Th>
            <Table.Th w="26%">Comes from</Table.Th>
            <Table.Th w="30%">Clean up first</Table.Th>
            <Table.Th>First row</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <MappingRow
              key={field.key}
              field={field}
              header={header}
              firstRow={firstRow}
              mapping={mapping[field.key] ?? {}}
              onChange={(next) => onChange(field.key, next)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MappingRow({
  field,
  header,
  firstRow,
  mapping,
  onChange,
}: {
  field: FieldSpec;
  header: readonly string[];
  firstRow: readonly string[] | undefined;
  mapping: FieldMapping;
  onChange: (mapping: FieldMapping) => void;
}) {
  const source = mapping.lookup
    ? LOOKUP
    : mapping.column !== undefined
      ? COLUMN + mapping.column
      : mapping.constant !== undefined
        ? CONSTANT
        : NOT_IMPORTED;
  const options = [
    { value: NOT_IMPORTED, label: field.required ? '— choose a column —' : '— not imported —' },
    ...header.map((name) => ({ value: COLUMN + name, label: name })),
    // A profile made for another file may name a column this one lacks: keep it visible, not silently gone.
    ...(mapping.column !== undefined && !header.includes(mapping.column)
      ? [{ value: COLUMN + mapping.column, label: `${mapping.column} (not in this file)` }]
      : []),
    { value: CONSTANT, label: 'The same value on every row…' },
    ...(mapping.lookup ? [{ value: LOOKUP, label: `Lookup: ${mapping.lookup.table} › ${mapping.lookup.column}` }] : []),
  ];

  function choose(value: string) {
    const transforms = mapping.transforms;
    if (value === NOT_IMPORTED) onChange({});
    else if (value === CONSTANT) onChange({ constant: '', transforms });
    else if (value === LOOKUP) onChange(mapping);
    else onChange({ column: value.slice(COLUMN.length), transforms });
  }

  const argumentName = argumentTransformFor(field.type);
  const columnIndex = mapping.column !== undefined ? header.indexOf(mapping.column) : -1;
  const sample = columnIndex >= 0 ? firstRow?.[columnIndex] : mapping.constant;

  return (
    <Table.Tr data-testid={`mapping-${field.key}`}>
      <Table.Td>
        <Text fw={500} size="sm">
          {field.label}
          {field.required && (
            <Text span c="red" aria-label="required">
              {' '}
              *
            </Text>
          )}{' '}
          <Badge size="xs" variant="light" color="gray">
            {TYPE_LABELS[field.type]}
          </Badge>
        </Text>
        {field.description && (
          <Text size="xs" c="dimmed">
            {field.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <NativeSelect
            aria-label={`Column for ${field.label}`}
            size="xs"
            value={source}
            onChange={(event) => choose(event.currentTarget.value)}
            data={options}
            error={field.required && source === NOT_IMPORTED}
          />
          {source === CONSTANT && (
            <TextInput
              aria-label={`Value for ${field.label}`}
              size="xs"
              placeholder="Value for every row"
              value={mapping.constant ?? ''}
              onChange={(event) => onChange({ ...mapping, constant: event.currentTarget.value })}
            />
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {source !== NOT_IMPORTED && (
          <Stack gap={4}>
            <MultiSelect
              aria-label={`Clean-up for ${field.label}`}
              size="xs"
              placeholder="As written"
              data={simpleTransformsFor(field.type).map((value) => ({
                value,
                label: TRANSFORM_LABELS[value] ?? value,
              }))}
              value={(mapping.transforms ?? []).filter((transform) => !transform.includes(':'))}
              onChange={(simple) =>
                onChange({ ...mapping, transforms: withSimpleTransforms(mapping.transforms, simple) })
              }
              clearable
            />
            {argumentName && (
              <TextInput
                aria-label={`${argumentName === 'prefix' ? 'Prefix' : 'Date pattern'} for ${field.label}`}
                size="xs"
                placeholder={argumentName === 'prefix' ? 'Prefix, e.g. NW-' : 'Date pattern, e.g. DD/MM/YYYY'}
                value={transformArgument(mapping.transforms, argumentName)}
                onChange={(event) =>
                  onChange({
                    ...mapping,
                    transforms: withArgumentTransform(mapping.transforms, argumentName, event.currentTarget.value),
                  })
                }
              />
            )}
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={sample ? undefined : 'dimmed'} lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
          {sample || '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
