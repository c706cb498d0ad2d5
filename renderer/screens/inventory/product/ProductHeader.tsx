import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { productListPath } from '../useProductListParams';

/** The product's name and codes with the screen's actions; "Products" returns to the list as it was left. */
export function ProductHeader({
  title,
  subtitle,
  archived = false,
  actions,
}: {
  title: string;
  subtitle?: string;
  archived?: boolean;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={2}>
        <Button component={Link} to={productListPath()} variant="subtle" size="compact-sm" px={4} w="fit-content">
          ← Products
        </Button>
        <Group gap="xs">
          <Title order={3}>{title}</Title>
          {archived && (
            <Badge color="gray" variant="light">
              Archived
            </Badge>
          )}
        </Group>
        {subtitle && (
          <Text size="sm" c="dimmed" ff="monospace">
            {subtitle}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
