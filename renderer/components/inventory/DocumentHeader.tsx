import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** Title row of a document screen (order, count, transfer): the way back, what this is, and its actions. */
export function DocumentHeader({
  title,
  badge,
  subtitle,
  actions,
  backTo,
  backLabel,
}: {
  title: string;
  badge?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  backTo: string;
  backLabel: string;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={2}>
        <Button component={Link} to={backTo} variant="subtle" size="compact-sm" px={4} w="fit-content">
          ← {backLabel}
        </Button>
        <Group gap="xs">
          <Title order={3}>{title}</Title>
          {badge}
        </Group>
        {subtitle && (
          <Text size="sm" c="dimmed" component="div">
            {subtitle}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
