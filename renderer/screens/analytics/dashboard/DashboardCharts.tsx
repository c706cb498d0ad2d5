import { SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { Dashboard } from '../../../../shared/contract/analytics';
import { ChartCard } from './ChartCard';
import type { Picks } from './picks';
import {
  byBrandSpec,
  byCategorySpec,
  byStoreSpec,
  stockByCategorySpec,
  topBrandsSpec,
  topCustomersSpec,
  topProductsSpec,
} from './ranking-specs';
import { byHourSpec, byWeekdaySpec, paymentMixSpec, revenueOverTimeSpec } from './time-specs';

const CARDS = 10;

/** Every chart of the dashboard: the time series across the page, the others two by two. */
export function DashboardCharts({ dashboard, picks }: { dashboard: Dashboard | undefined; picks: Picks }) {
  const specs = useMemo(
    () =>
      dashboard && {
        overTime: revenueOverTimeSpec(dashboard, picks),
        cards: [
          byStoreSpec(dashboard, picks),
          byCategorySpec(dashboard, picks),
          byBrandSpec(dashboard, picks),
          topProductsSpec(dashboard, picks),
          topBrandsSpec(dashboard, picks),
          topCustomersSpec(dashboard, picks),
          paymentMixSpec(dashboard),
          stockByCategorySpec(dashboard, picks),
          byHourSpec(dashboard),
          byWeekdaySpec(dashboard),
        ],
      },
    [dashboard, picks],
  );

  if (!specs) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading charts">
        <Skeleton height={340} radius="md" />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {Array.from({ length: CARDS }, (_, index) => (
            <Skeleton key={index} height={340} radius="md" />
          ))}
        </SimpleGrid>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <ChartCard spec={specs.overTime} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {specs.cards.map((spec) => (
          <ChartCard key={spec.id} spec={spec} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
