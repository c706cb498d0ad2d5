import { Group, MultiSelect, SegmentedControl, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import type { ChartSpec, SqlResult } from '../../../../shared/contract/query-lab';
import { ResultChart } from './ResultChart';

type ChartType = 'none' | ChartSpec['type'];

/**
 * An ad-hoc result drawn as a chart of the analyst's choosing: labels from one column, a series
 * for each numeric column picked. SQL says nothing of its columns' types, so a column whose
 * values are all numbers counts as numeric; the first other column gives the labels.
 */
export function SqlChart({ result }: { result: SqlResult }) {
  const isNumeric = (index: number) =>
    result.rows.some((row) => typeof row[index] === 'number') &&
    result.rows.every((row) => row[index] === null || typeof row[index] === 'number');
  const numeric = result.columns.filter((_, index) => isNumeric(index));
  const [type, setType] = useState<ChartType>('none');
  const [labelKey, setLabelKey] = useState<string | null>(
    (result.columns.find((column) => !numeric.includes(column)) ?? result.columns[0])?.key ?? null,
  );
  const [valueKeys, setValueKeys] = useState<string[]>(numeric.slice(0, 1).map((column) => column.key));
  if (numeric.length === 0 || result.rows.length === 0) return null;
  const chart = type !== 'none' && labelKey && valueKeys.length > 0 ? { type, labelKey, valueKeys } : null;
  const options = (columns: typeof result.columns) =>
    columns.map((column) => ({ value: column.key, label: column.label }));
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <SegmentedControl
          aria-label="Chart"
          value={type}
          onChange={(value) => setType(value as ChartType)}
          data={[
            { value: 'none', label: 'Table only' },
            { value: 'bar', label: 'Bar chart' },
            { value: 'line', label: 'Line chart' },
          ]}
        />
        {type !== 'none' && (
          <>
            <Select label="Labels" data={options(result.columns)} value={labelKey} onChange={setLabelKey} w={180} />
            <MultiSelect label="Values" data={options(numeric)} value={valueKeys} onChange={setValueKeys} miw={220} />
          </>
        )}
      </Group>
      <ResultChart answer={result} chart={chart} />
    </Stack>
  );
}
