import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { CustomerProfile } from '../../../../shared/contract/customers';
import { formatCount } from '../../../lib/format';
import { TitledPanel } from '../../../components/TitledPanel';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

/** Units bought in the customer's top categories: the bar lengths say more than the numbers. */
export function FavouriteCategoriesChart({ categories }: { categories: CustomerProfile['favouriteCategories'] }) {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const textColor = scheme === 'dark' ? theme.colors.dark[0] : theme.colors.gray[7];
  const gridColor = scheme === 'dark' ? theme.colors.dark[4] : theme.colors.gray[2];
  return (
    <TitledPanel
      title="Favourite categories"
      isEmpty={categories.length === 0}
      emptyText="Categories appear once the customer has bought something."
    >
      <div style={{ height: 60 + categories.length * 36 }}>
        <Bar
          aria-label={`Units bought by category: ${categories
            .map((category) => `${category.name} ${formatCount(category.quantity)}`)
            .join(', ')}`}
          role="img"
          data={{
            labels: categories.map((category) => category.name),
            datasets: [
              {
                label: 'Units bought',
                data: categories.map((category) => category.quantity),
                backgroundColor: theme.colors[theme.primaryColor]?.[5] ?? theme.colors.blue[5],
                borderRadius: 4,
                barThickness: 22,
              },
            ],
          }}
          options={{
            indexAxis: 'y',
            maintainAspectRatio: false,
            plugins: {
              tooltip: { callbacks: { label: (item) => `${formatCount(Number(item.raw))} units` } },
            },
            scales: {
              x: {
                beginAtZero: true,
                ticks: { color: textColor, precision: 0 },
                grid: { color: gridColor },
                title: { display: true, text: 'Units bought', color: textColor },
              },
              y: { ticks: { color: textColor }, grid: { display: false } },
            },
          }}
        />
      </div>
    </TitledPanel>
  );
}
