import { Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import type { ChannelOutput } from '../../../shared/contract';
import type { KindSpec } from '../../../shared/import/fields';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ClippedCell } from './ClippedCell';
import { isMapped, type Mapping } from './mapping';
import { ProblemsTable } from './ProblemsTable';
import { formatTypedValue } from './typed-value';

type Preview = ChannelOutput<'imports.preview'>;

/** Step 3: the first rows as they will be stored, rows with problems marked and their reasons listed. */
export function PreviewStep({
  spec,
  mapping,
  source,
  preview,
  loading,
  error,
}: {
  spec: KindSpec;
  mapping: Mapping;
  /** The file's header and first rows as read, to show a refused row's own text. */
  source: { header: readonly string[]; rows: readonly { rowNumber: number; cells: readonly string[] }[] };
  preview: Preview | undefined;
  loading: boolean;
  error: unknown;
}) {
  if (error) return <ErrorAlert error={error} />;
  if (!preview) return <Skeleton height={200} aria-label="Reading the first rows" />;
  const fields = spec.fields.filter((field) => isMapped(mapping[field.key]));
  const problems = preview.rows.flatMap((row) => row.problems);
  const withProblems = preview.rows.filter((row) => row.problems.length > 0).length;

  return (
    <Stack gap="md" aria-busy={loading}>
      <Text size="sm" role="status">
        {preview.rows.length === 0
          ? 'The file has no rows to import.'
          : withProblems === 0
            ? `The first ${preview.rows.length} rows read well. The whole file is checked when it is imported.`
            : `${withProblems} of the first ${preview.rows.length} rows have problems (marked below). The whole file is checked when it is imported.`}
      </Text>
      {preview.rows.length > 0 && (
        <Table.ScrollContainer minWidth={640} maxHeight={420}>
          <Table aria-label="Preview of the first rows" withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Row</Table.Th>
                {fields.map((field) => (
                  <Table.Th key={field.key}>{field.label}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.rows.map((row) => {
                const bad = row.problems.length > 0;
                const cells = source.rows.find((read) => read.rowNumber === row.rowNumber)?.cells ?? [];
                return (
                  <Table.Tr
                    key={row.rowNumber}
                    data-problem={bad || undefined}
                    bg={bad ? 'var(--mantine-color-red-light)' : undefined}
                  >
                    <Table.Td>
                      {row.rowNumber}
                      {bad && (
                        <Text span c="red" size="xs">
                          {' '}
                          problem
                        </Text>
                      )}
                    </Table.Td>
                    {fields.map((field) => {
                      const column = mapping[field.key]?.column;
                      if (!bad || field.key in row.values) {
                        return (
                          <ClippedCell key={field.key} value={formatTypedValue(row.values[field.key], field.type)} />
                        );
                      }
                      // A refused row has no typed values: its text as written, the faulty cells marked.
                      const faulty = row.problems.some((problem) => problem.column === column);
                      const text =
                        column !== undefined ? cells[source.header.indexOf(column)] : mapping[field.key]?.constant;
                      return (
                        <ClippedCell
                          key={field.key}
                          value={text ?? ''}
                          c={faulty ? 'red' : 'dimmed'}
                          fw={faulty ? 700 : undefined}
                          aria-invalid={faulty || undefined}
                        />
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {problems.length > 0 && (
        <>
          <Title order={4}>Problems in these rows</Title>
          <ProblemsTable problems={problems} label="Problems in the first rows" />
        </>
      )}
    </Stack>
  );
}
