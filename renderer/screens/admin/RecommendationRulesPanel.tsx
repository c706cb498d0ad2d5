import { ActionIcon, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCategories } from '../../api/hooks/useCatalog';
import {
  useChangeRecommendationRules,
  useRebuildRecommendations,
  useRecommendationRules,
} from '../../api/hooks/useRecommendations';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProductPicker } from '../../components/inventory/ProductPicker';
import { formatDate } from '../../lib/format';

/**
 * What suggestions may never show (a product, or a category such as tobacco with everything
 * under it) and the promoted products that go first in every list; and the full rebuild.
 */
export function RecommendationRulesPanel() {
  const rules = useRecommendationRules();
  const change = useChangeRecommendationRules();
  const rebuild = useRebuildRecommendations();
  const categories = useCategories();
  const categoryOptions = (categories.data ?? []).map((category) => ({
    value: String(category.id),
    label: category.path,
  }));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Suggestions on customer profiles, product pages and the till follow these rules at once.
      </Text>
      <Group align="flex-end" grow>
        <ProductPicker
          label="Exclude a product"
          onPick={(product) => change.mutate({ kind: 'exclude', input: { productId: product.id } })}
        />
        <Select
          label="Exclude a category"
          placeholder="Tobacco, alcohol…"
          data={categoryOptions}
          searchable
          value={null}
          onChange={(value) => value && change.mutate({ kind: 'exclude', input: { categoryId: Number(value) } })}
        />
        <ProductPicker
          label="Promote a product"
          onPick={(product) => change.mutate({ kind: 'pin', input: { productId: product.id } })}
        />
      </Group>
      <ErrorAlert error={change.error ?? rules.error} titles={{ CONFLICT: 'Already excluded' }} />
      {rules.data && rules.data.exclusions.length + rules.data.pins.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing is excluded or promoted: suggestions come from what customers buy and look at.
        </Text>
      ) : (
        <Table aria-label="Recommendation rules">
          <Table.Tbody>
            {rules.data?.pins.map((pin) => (
              <Table.Tr key={`pin-${pin.product.id}`}>
                <Table.Td>Promoted</Table.Td>
                <Table.Td>
                  {pin.product.name}
                  {!pin.shown && (
                    <Text size="xs" c="orange">
                      Not shown: it is excluded (or its category is), or archived.
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(pin.createdAt)}</Table.Td>
                <Table.Td ta="right">
                  <ActionIcon
                    variant="subtle"
                    aria-label={`Stop promoting ${pin.product.name}`}
                    onClick={() => change.mutate({ kind: 'unpin', input: { productId: pin.product.id } })}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
            {rules.data?.exclusions.map((exclusion) => {
              const name = exclusion.product?.name ?? `${exclusion.category?.name ?? ''} (category)`;
              return (
                <Table.Tr key={`exclusion-${exclusion.id}`}>
                  <Table.Td>Excluded</Table.Td>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>{formatDate(exclusion.createdAt)}</Table.Td>
                  <Table.Td ta="right">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Allow ${name} again`}
                      onClick={() => change.mutate({ kind: 'removeExclusion', input: { id: exclusion.id } })}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button
          variant="default"
          loading={rebuild.isPending}
          onClick={() =>
            rebuild.mutate(undefined, {
              onSuccess: () =>
                notifications.show({ title: 'Rebuilding suggestions', message: 'Follow it on the Jobs screen.' }),
            })
          }
        >
          Rebuild from all sales
        </Button>
        <Text size="xs" c="dimmed">
          Sales, returns, cancellations and imported sales update suggestions as they happen; a rebuild recomputes them
          from every sale while the till goes on selling.
        </Text>
      </Group>
      <ErrorAlert error={rebuild.error} />
    </Stack>
  );
}
