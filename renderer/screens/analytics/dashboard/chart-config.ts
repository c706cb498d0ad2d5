import type { ChartData, ChartOptions, ChartType } from 'chart.js';
import { formatCount } from '../../../lib/format';
import { CURRENCY, money } from '../../../components/inventory/money';
import type { ChartSpec, ValueUnit } from './chart-spec';
import type { ChartTheme } from './useChartTheme';

const compactMoney = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: CURRENCY,
  notation: 'compact',
  maximumFractionDigits: 1,
});
const compactCount = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

function formatValue(value: number, unit: ValueUnit): string {
  return unit === 'cents' ? money(value) : formatCount(value);
}

function formatTick(value: number, unit: ValueUnit): string {
  return unit === 'cents' ? compactMoney.format(value / 100) : compactCount.format(value);
}

/** Long product names would squeeze the bars; the table and the tooltip keep them whole. */
const LONGEST_LABEL = 28;

function shortLabel(label: string | undefined): string {
  if (label === undefined) return '';
  return label.length > LONGEST_LABEL ? `${label.slice(0, LONGEST_LABEL - 1)}…` : label;
}

export interface ChartConfig {
  type: ChartType;
  data: ChartData;
  options: ChartOptions;
}

/** The Chart.js configuration of a spec in the app's colours; clicks go to the spec's pick. */
export function chartConfig(spec: ChartSpec, theme: ChartTheme): ChartConfig {
  const round = spec.kind === 'doughnut';
  const type: ChartType = spec.kind === 'hbar' ? 'bar' : spec.kind;
  const datasets = spec.series.map((series, index) => {
    const color = theme.palette[index % theme.palette.length]!;
    return {
      label: series.label,
      data: series.values,
      backgroundColor: round ? spec.labels.map((_, slice) => theme.palette[slice % theme.palette.length]!) : color,
      borderColor: round ? theme.surface : color,
      borderWidth: round ? 2 : spec.kind === 'line' ? 2 : 0,
      pointRadius: spec.kind === 'line' ? (series.values.length > 60 ? 0 : 3) : undefined,
      tension: 0.2,
      maxBarThickness: 48,
    };
  });
  const valueAxis = {
    beginAtZero: true,
    ticks: { color: theme.text, callback: (value: string | number) => formatTick(Number(value), spec.unit) },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  };
  const labelAxis = {
    ticks: {
      color: theme.text,
      autoSkip: true,
      callback: (value: string | number) => shortLabel(spec.labels[Number(value)]),
    },
    grid: { display: false },
    border: { color: theme.grid },
  };
  const horizontal = spec.kind === 'hbar';
  const options: ChartOptions = {
    responsive: true,
    maintainAspectRatio: false,
    // Drawn at once: a chart that is still moving would be saved or printed half-way.
    animation: false,
    color: theme.text,
    indexAxis: horizontal ? 'y' : 'x',
    // A click anywhere in a bar's band (or near a point) picks it, not only on the painted shape.
    interaction: round
      ? { mode: 'nearest', intersect: true }
      : { mode: 'index', axis: horizontal ? 'y' : 'x', intersect: false },
    onClick: (_event, elements) => {
      const element = elements[0];
      if (element && spec.pick && (spec.pick.allows?.(element.index) ?? true)) spec.pick.run(element.index);
    },
    onHover: (event, elements) => {
      const canvas = event.native?.target;
      if (canvas instanceof HTMLElement) canvas.style.cursor = spec.pick && elements.length > 0 ? 'pointer' : 'default';
    },
    plugins: {
      legend: {
        display: round || spec.series.length > 1,
        position: round ? 'right' : 'top',
        labels: { color: theme.text },
      },
      tooltip: {
        callbacks: {
          label: (item) => `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw), spec.unit)}`,
          footer: (items) => {
            const index = items[0]?.dataIndex;
            return spec.pick && index !== undefined && (spec.pick.allows?.(index) ?? true)
              ? spec.pick.describe(index)
              : '';
          },
        },
      },
    },
    ...(round ? {} : { scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis } }),
  };
  return { type, data: { labels: spec.labels, datasets } as ChartData, options };
}
