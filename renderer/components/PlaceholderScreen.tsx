import { EmptyState, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A screen whose feature is not built yet: says plainly what is there now and what will open here. */
export function PlaceholderScreen({
  title,
  icon,
  description,
}: {
  title: string;
  icon: ReactNode;
  description: string;
}) {
  return (
    <>
      <Title order={2} mb="md">
        {title}
      </Title>
      <Paper withBorder p="xl" radius="md">
        <EmptyState
          icon={icon}
          withIndicatorBackground
          title={`No ${title.toLowerCase()} yet`}
          description={description}
        />
      </Paper>
    </>
  );
}
