import { Alert, Button, Group, Text } from '@mantine/core';

/**
 * Someone else saved the same record after this editor loaded it. Nothing was overwritten;
 * reloading shows their version (and drops the edits made here, which can then be made again).
 */
export function StaleNotice({ what, reloading, onReload }: { what: string; reloading: boolean; onReload: () => void }) {
  return (
    <Alert color="orange" title={`Someone else changed this ${what}`} role="alert">
      <Group justify="space-between" gap="sm">
        <Text size="sm">Your changes were not saved. Reload to see theirs, then make your changes again.</Text>
        <Button size="xs" onClick={onReload} loading={reloading}>
          Reload {what}
        </Button>
      </Group>
    </Alert>
  );
}
