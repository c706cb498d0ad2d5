import { Paper, useMantineTheme } from '@mantine/core';
import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import type { ChartSpec, ResultTable } from '../../../../shared/contract/query-lab';

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

const SHADES = ['blue', 'teal', 'orange', 'grape'] as const;

/** A result table as a chart: labels from one column, a series per value column. */
export function ResultChart({
  answer,
  chart,
}: {
  answer: Pick<ResultTable, 'columns' | 'rows'>;
  chart: ChartSpec | null;
}) {
  const theme = useMantineTheme();
  if (!chart || answer.rows.length === 0) return null;
  const index = (key: string) => answer.columns.findIndex((column) => column.key === key);
  const labelAt = index(chart.labelKey);
  const datasets = chart.valueKeys.map((key, series) => {
    const column = answer.columns[index(key)]!;
    const color = theme.colors[SHADES[series % SHADES.length]!]![5];
    return {
      label: column.kind === 'cents' ? `${column.label} ($)` : column.label,
      data: answer.rows.map((row) => {
        const value = Number(row[index(key)] ?? 0);
        return column.kind === 'cents' ? value / 100 : value;
      }),
      backgroundColor: color,
      borderColor: color,
    };
  });
  const data = { labels: answer.rows.map((row) => String(row[labelAt] ?? '')), datasets };
  const options = { maintainAspectRatio: false, plugins: { legend: { display: datasets.length > 1 } } };
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      h={320}
      role="img"
      aria-label={`Chart: ${datasets.map((set) => set.label).join(', ')}`}
    >
      {chart.type === 'line' ? <Line data={data} options={options} /> : <Bar data={data} options={options} />}
    </Paper>
  );
}
