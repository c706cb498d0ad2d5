import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo, useRef, type ReactNode } from 'react';
import { useDashboard, type DashboardInput } from '../../../api/hooks/useAnalytics';
import { QueryError } from '../../../components/inventory/QueryError';
import { DashboardCharts } from './DashboardCharts';
import classes from './Dashboard.module.css';
import { FilterChips } from './FilterChips';
import { FiltersBar } from './FiltersBar';
import { KpiTiles } from './KpiTiles';
import { rangeLabel } from './labels';
import { NoSalesNotice } from './NoSalesNotice';
import { useDashboardView } from './useDashboardView';
import { usePicks } from './usePicks';
import { usePrint } from './usePrint';
import { rangeOf, type DashboardView, type ViewEditorProps } from './view';

function inputOf(view: DashboardView): DashboardInput {
  return {
    filter: {
      ...rangeOf(view),
      ...(view.storeIds.length > 0 ? { storeIds: view.storeIds } : {}),
      ...(view.categoryId === null ? {} : { categoryId: view.categoryId }),
      ...(view.brandId === null ? {} : { brandId: view.brandId }),
    },
    grain: view.grain,
    limit: 10,
  };
}

/** The manager's dashboard: filters in the address, headline figures, and every chart of one answer. */
export function AnalyticsDashboard({ actions }: { actions?: ReactNode }) {
  const { zones, shown } = useDashboardView();
  if (zones.isError) return <QueryError error={zones.error} onRetry={() => void zones.refetch()} />;
  if (shown === null) return <Loader aria-label="Loading the stores' days" />;
  return <DashboardOfView {...shown} actions={actions} />;
}

function DashboardOfView({ view, onChange: change, actions }: ViewEditorProps & { actions?: ReactNode }) {
  const input = useMemo(() => inputOf(view), [view]);
  const dashboard = useDashboard(input);
  const picks = usePicks(change);
  const print = usePrint();
  const data = dashboard.data;
  const range = rangeOf(view);
  const noSales = data !== undefined && data.series.length === 0 && data.totals.units === 0;
  const chartsRef = useRef<HTMLDivElement>(null);
  // The filters take some thirty Tab presses; a keyboard reaches the first chart's table in two.
  // With nothing to draw every switch is disabled; the charts and their empty texts take the focus instead.
  const skipToCharts = () => {
    const charts = chartsRef.current;
    (charts?.querySelector<HTMLInputElement>('[role="switch"]:enabled') ?? charts)?.focus();
  };

  return (
    <Stack gap="md" aria-busy={dashboard.isFetching}>
      <Button variant="default" size="xs" className={classes.skipLink} onClick={skipToCharts}>
        Skip to the charts
      </Button>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Analytics</Title>
          <Text size="sm" c="dimmed">
            {rangeLabel(range.fromDay, range.toDay)} · days on each store&apos;s own clock
            {dashboard.isFetching && data && <Loader size="xs" ml="xs" aria-label="Updating" />}
          </Text>
        </div>
        <Group gap="sm" className={classes.noPrint}>
          <Button variant="default" onClick={print}>
            Print
          </Button>
          {actions}
        </Group>
      </Group>
      <div className={classes.noPrint}>
        <FiltersBar view={view} onChange={change} />
      </div>
      <FilterChips view={view} onChange={change} />
      {dashboard.isError ? (
        <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <>
          {noSales && <NoSalesNotice view={view} onChange={change} />}
          <KpiTiles dashboard={data} />
          <div ref={chartsRef} tabIndex={-1}>
            <DashboardCharts dashboard={data} picks={picks} />
          </div>
        </>
      )}
    </Stack>
  );
}
