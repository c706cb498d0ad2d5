import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './StickyActions.module.css';

/** The action row of a form or document: what it says on the left, its buttons on the right. */
export function StickyActions({ status, children }: { status?: ReactNode; children: ReactNode }) {
  return (
    <Group className={classes.bar} justify="space-between" wrap="nowrap" gap="md" role="group" aria-label="Actions">
      <div>{status}</div>
      <Group gap="sm" wrap="nowrap">
        {children}
      </Group>
    </Group>
  );
}
