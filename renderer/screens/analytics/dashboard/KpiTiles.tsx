import { Anchor, Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Dashboard } from '../../../../shared/contract/analytics';
import { formatCount } from '../../../lib/format';
import { changeOf, kpisOf, type Kpi } from './kpis';
import { rangeLabel } from './labels';

const TILES = 7;

function ChangeLine({ kpi, period }: { kpi: Kpi; period: string }) {
  const change = changeOf(kpi.current, kpi.previous);
  if (!change)
    return (
      <Text size="xs" c="dimmed">
        No comparison
      </Text>
    );
  if (change.direction === 'same')
    return (
      <Text size="xs" c="dimmed">
        Same as the previous period
      </Text>
    );
  const good = (change.direction === 'up') === kpi.upIsGood;
  const arrow = change.direction === 'up' ? '▲' : '▼';
  const words = change.percent === null ? `${change.direction}, none before` : `${change.direction} ${change.percent}`;
  return (
    <Text size="xs" c={good ? 'teal' : 'red'} title={`Previous period: ${period}`}>
      <span aria-hidden="true">{arrow} </span>
      {words}
      <Text span size="xs" c="dimmed">
        {' '}
        vs previous period
      </Text>
    </Text>
  );
}

function Tile({ label, value, children }: { label: string; value: ReactNode; children?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700} data-kpi-value>
        {value}
      </Text>
      {children}
    </Paper>
  );
}

/** The range's headline figures against the period of the same length just before, and the low-stock count. */
export function KpiTiles({ dashboard }: { dashboard: Dashboard | undefined }) {
  if (!dashboard) {
    return (
      <SimpleGrid cols={{ base: 2, sm: 4, lg: TILES }} aria-busy="true" aria-label="Loading figures">
        {Array.from({ length: TILES }, (_, index) => (
          <Skeleton key={index} height={92} radius="md" />
        ))}
      </SimpleGrid>
    );
  }
  const period = rangeLabel(dashboard.previous.fromDay, dashboard.previous.toDay);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: TILES }}>
      {kpisOf(dashboard.totals, dashboard.previousTotals).map((kpi) => (
        <Tile key={kpi.label} label={kpi.label} value={kpi.value}>
          <ChangeLine kpi={kpi} period={period} />
          {kpi.hint && (
            <Text size="xs" c="dimmed">
              {kpi.hint}
            </Text>
          )}
        </Tile>
      ))}
      <Tile label="Low stock" value={formatCount(dashboard.lowStockCount)}>
        <Anchor component={Link} to="/inventory/low-stock" size="xs">
          See the low-stock list
        </Anchor>
      </Tile>
    </SimpleGrid>
  );
}
