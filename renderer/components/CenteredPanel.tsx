import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ThemeToggle } from './ThemeToggle';
import classes from './CenteredPanel.module.css';

/** The frame of the screens shown before anyone is logged in: first run and login. */
export function CenteredPanel({
  title,
  subtitle,
  width = 420,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  width?: number;
  children: ReactNode;
}) {
  return (
    <Center className={classes.page}>
      <div className={classes.corner}>
        <ThemeToggle />
      </div>
      <Paper withBorder shadow="sm" radius="md" p="xl" w={width} maw="100%">
        <Stack gap="lg">
          <div>
            <Text size="sm" fw={600} c="dimmed" tt="uppercase">
              Backroom
            </Text>
            <Title order={2}>{title}</Title>
            {subtitle && (
              <Text c="dimmed" mt={4}>
                {subtitle}
              </Text>
            )}
          </div>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
