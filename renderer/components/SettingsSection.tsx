import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled panel of a settings page (Admin, My account), named for screen readers by its title. */
export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
