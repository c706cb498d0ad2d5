import { Box, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { Chart as ChartJS } from 'chart.js';
import { useId, useMemo, useRef, useState } from 'react';
import { Chart } from 'react-chartjs-2';
import { downloadCsv, downloadUrl } from '../../../lib/download';
import { backdrop } from './backdrop';
import { chartConfig } from './chart-config';
import './chart-setup';
import { nothingToDraw, type ChartSpec } from './chart-spec';
import classes from './Dashboard.module.css';
import { ChartTable } from './ChartTable';
import { useChartTheme } from './useChartTheme';

/**
 * One chart of the dashboard in its card: the chart or, on request, its table; its image and its
 * figures to download. Every chart of the dashboard is drawn by this one component.
 */
export function ChartCard({ spec }: { spec: ChartSpec }) {
  const titleId = useId();
  const chartRef = useRef<ChartJS | null>(null);
  const [asTable, setAsTable] = useState(false);
  const theme = useChartTheme();
  const config = useMemo(() => chartConfig(spec, theme), [spec, theme]);
  const plugins = useMemo(() => [backdrop(theme.surface)], [theme.surface]);
  const empty = nothingToDraw(spec);

  const savePng = () => {
    const chart = chartRef.current;
    if (chart) downloadUrl(chart.toBase64Image('image/png', 1), `${spec.id}.png`);
  };

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={titleId} className={classes.card}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {spec.title}
          </Title>
          <Group gap="xs" className={classes.noPrint}>
            <Switch
              size="xs"
              label="Show as table"
              checked={asTable}
              disabled={empty}
              onChange={(event) => setAsTable(event.currentTarget.checked)}
            />
            <Button
              size="compact-xs"
              variant="default"
              disabled={empty || asTable}
              onClick={savePng}
              aria-label="Download as PNG"
            >
              PNG
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              disabled={empty}
              onClick={() => downloadCsv(spec.table, `${spec.id}.csv`)}
              aria-label="Download as CSV"
            >
              CSV
            </Button>
          </Group>
        </Group>
        {spec.note && !empty && (
          <Text size="xs" c="dimmed" mt={-8}>
            {spec.note}
          </Text>
        )}
        {empty ? (
          <Text size="sm" c="dimmed" py="xl" ta="center">
            {spec.emptyText}
          </Text>
        ) : asTable ? (
          <ChartTable spec={spec} />
        ) : (
          <Box className={classes.chart} role="img" aria-label={`Chart: ${spec.title}`}>
            <Chart
              // The backdrop is set when a chart is made: a new scheme makes a new chart.
              key={theme.surface}
              ref={chartRef}
              type={config.type}
              data={config.data}
              options={config.options}
              plugins={plugins}
            />
          </Box>
        )}
      </Stack>
    </Paper>
  );
}
