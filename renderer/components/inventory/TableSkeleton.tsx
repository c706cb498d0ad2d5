import { Skeleton, Stack } from '@mantine/core';

/** Rows of the height real rows will have, so the page does not jump when the data arrives. */
export function TableSkeleton({ rows = 8, label }: { rows?: number; label: string }) {
  return (
    <Stack gap={10} py="xs" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={28} radius="sm" />
      ))}
    </Stack>
  );
}
