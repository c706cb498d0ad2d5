import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A bordered panel under a small heading, as on the customer, product and supplier pages. A panel
 * with nothing to show (`isEmpty`) says instead, dimmed, how its content comes to be (`emptyText`).
 * `section` makes it a region named by its title.
 */
export function TitledPanel({
  title,
  section = false,
  isEmpty = false,
  emptyText,
  children,
}: {
  title: string;
  section?: boolean;
  isEmpty?: boolean;
  emptyText?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component={section ? 'section' : 'div'}
      aria-label={section ? title : undefined}
    >
      <Title order={4} mb="sm">
        {title}
      </Title>
      {isEmpty ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}
